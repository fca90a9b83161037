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

/**
 * Neo4j rolled this transaction back for a concurrent one: to break a deadlock, because a lock was not granted
 * in time, or because the other changed what this one had read. Running it again usually succeeds; the driver's own retry (one, see createDriver) was not enough.
 */
export class GraphLockConflictError extends Error {
  override readonly name = 'GraphLockConflictError';
}

/**
 * Neo4j answered but refused this client: wrong credentials, or no database of the configured name. Waiting
 * does not help; the configuration must change. The message says which variable to fix once openGraph knows.
 */
export class GraphAccessError extends Error {
  override readonly name = 'GraphAccessError';
  constructor(
    message: string,
    readonly reason: 'credentials' | 'database',
  ) {
    super(message);
  }
}

/**
 * Neo4j refused the memory a query needed. `shared`: the transactions running at the same time used up what they
 * share (`dbms.memory.transaction.total.max`, the heap or the off-heap pool), so the same question may pass once
 * the load falls (seen at 1M actors with 32 whole-cluster coverage analyses at once). `question`: this transaction
 * alone needed more than one may have (`db.memory.transaction.max`), so only a smaller question passes.
 */
export class GraphMemoryError extends Error {
  override readonly name = 'GraphMemoryError';
  constructor(
    message: string,
    readonly limit: 'shared' | 'question',
  ) {
    super(message);
  }
}

const SHARED_MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

const QUESTION_MEMORY_CODE = 'Neo.ClientError.General.TransactionOutOfMemoryError';

const CREDENTIAL_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

// Outdated: a concurrent transaction changed what this one read (seen with parallel import batches).
const LOCK_CODES = new Set(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockAcquisitionTimeout', 'Neo.TransientError.Transaction.Outdated']);

/** Translates a driver error, by its code, into the graph layer's own errors; anything else passes through. */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) return new GraphUnavailableError(error.message);
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new GraphTimeoutError(error.message);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new GraphConstraintError(error.message);
  if (LOCK_CODES.has(code)) return new GraphLockConflictError(error.message);
  if (CREDENTIAL_CODES.has(code)) return new GraphAccessError(error.message, 'credentials');
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new GraphAccessError(error.message, 'database');
  if (SHARED_MEMORY_CODES.has(code)) return new GraphMemoryError(error.message, 'shared');
  if (code === QUESTION_MEMORY_CODE) return new GraphMemoryError(error.message, 'question');
  return error;
}
