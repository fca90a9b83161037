import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be reached, or the connection was lost. */
export class GraphUnavailableError extends Error {
  override readonly name = 'GraphUnavailableError';
}

/** A transaction exceeded its timeout and was terminated by Neo4j. */
export class GraphTimeoutError extends Error {
  override readonly name = 'GraphTimeoutError';
}

/** A write broke a constraint (e.g. a duplicate id). */
export class GraphConstraintError extends Error {
  override readonly name = 'GraphConstraintError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates a driver error, by its code, into the graph layer's own errors; anything else passes through. */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) return new GraphUnavailableError(error.message);
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new GraphTimeoutError(error.message);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new GraphConstraintError(error.message);
  return error;
}
