import type { GraphClient } from '../../graphClient';
import { actorFilter, kindOfRank, neighboursOf, networkTextSpec, specKey, textCache, type NetworkTextSpec } from './networkCypher';
import { actorFilterParams, asOfParams } from './traversalCypher';
import type { FrontierStep, NetworkScope } from './traversalRecords';

/**
 * One breadth-first step: the neighbours of the frontier actors over the scope's link kinds, minus the actors
 * already visited, that pass the scope's actor filters. Each neighbour comes once, with one parent: the frontier
 * actor with the smallest id, and among its link kinds the first in NETWORK_LINK_KINDS order (the rank).
 * Neighbours are ordered by name then id and cut at `limit`, so a caller that asks for one more than it can take
 * learns that the level did not fit. One fixed text per set of link kinds (networkCypher.ts).
 */
const textFor = textCache(
  specKey,
  (spec: NetworkTextSpec) => `UNWIND $frontier AS fid
  MATCH (f:Actor {id: fid})
  CALL (f) {
    ${neighboursOf(spec)}
  }
  WITH f, n, rank
  WHERE n <> f AND NOT n.id IN $visited AND ${actorFilter(spec, 'n')}
  WITH n, f.id AS parentId, rank ORDER BY parentId, rank
  WITH n, head(collect([parentId, rank])) AS via
  RETURN n.id AS id, via[0] AS parentId, via[1] AS rank
  ORDER BY n.name, n.id
  LIMIT toInteger($limit)`,
);

export interface FrontierArgs {
  frontier: readonly string[];
  visited: readonly string[];
  scope: NetworkScope;
  limit: number;
}

export async function expandNetworkFrontier(graph: GraphClient, args: FrontierArgs): Promise<FrontierStep[]> {
  if (args.frontier.length === 0 || args.limit <= 0) return [];
  const rows = await graph.read({
    name: 'traversal_network_frontier',
    text: textFor(networkTextSpec(args.scope)),
    params: {
      frontier: args.frontier,
      visited: args.visited,
      ...actorFilterParams(args.scope),
      ...asOfParams(args.scope.asOf),
      limit: args.limit,
    },
  });
  return rows.map((row) => ({
    id: row['id'] as string,
    parentId: row['parentId'] as string,
    kind: kindOfRank(row['rank'] as number),
  }));
}
