import type { GraphClient } from '../graph';
import { createLoaders, type Loaders } from '../loaders';

/** Counts what one request costs the database. */
export interface RequestStats {
  /** Cypher statements run for this request (one round trip each). */
  roundTrips: number;
}

/** What every resolver receives: this request's loaders and graph client, and its stats. */
export interface RequestContext {
  requestId: string;
  graph: GraphClient;
  loaders: Loaders;
  stats: RequestStats;
}

/** Builds a fresh context per request: new loaders (no cache shared across users) and a round-trip counter. */
export function createRequestContext(graph: GraphClient, requestId: string): RequestContext {
  const stats: RequestStats = { roundTrips: 0 };
  const requestGraph = graph.withObserver({ onQuery: () => void (stats.roundTrips += 1) });
  return { requestId, graph: requestGraph, loaders: createLoaders(requestGraph), stats };
}
