import type { GraphClient, QueryEvent } from '../graph';
import { createLoaders, type Loaders } from '../loaders';
import { ANONYMOUS, type Caller } from './caller';

/** Counts what one request costs the database. */
export interface RequestStats {
  /** Cypher statements run for this request (one round trip each). */
  roundTrips: number;
  /** The operation's estimated cost (server/limits/queryCost), once known; null before or when not estimated. */
  estimatedCost: number | null;
}

/** What every resolver receives: this request's loaders and graph client, its stats, and who sent it. */
export interface RequestContext {
  requestId: string;
  graph: GraphClient;
  loaders: Loaders;
  stats: RequestStats;
  /**
   * Who sent the request: anonymous, or an API key's id and role. Set by the access-control plugin
   * (server/auth) from the Authorization header when the request starts, before any resolver runs.
   */
  caller: Caller;
  /** The statements this request ran, recorded only when an operator asked to explain it (see explainPlugin). */
  queryLog: QueryEvent[] | null;
}

/**
 * Builds a fresh context per request: new loaders (no cache shared across users), a round-trip counter, and the
 * caller (anonymous until the access-control plugin has read the request's credential).
 */
export function createRequestContext(
  graph: GraphClient,
  requestId: string,
  caller: Caller = ANONYMOUS,
  options: { recordQueries?: boolean } = {},
): RequestContext {
  const stats: RequestStats = { roundTrips: 0, estimatedCost: null };
  const queryLog: QueryEvent[] | null = options.recordQueries ? [] : null;
  const requestGraph = graph.withObserver({
    onQuery: (event) => {
      stats.roundTrips += 1;
      queryLog?.push(event);
    },
  });
  return { requestId, graph: requestGraph, loaders: createLoaders(requestGraph), stats, caller, queryLog };
}
