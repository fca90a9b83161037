import type { GraphClient } from '../../graphClient';
import { actorFilterParams, asOfParams, passesActorFilter, projectRunsAt, spinOffExistsAt, validAt } from './traversalCypher';
import type { FrontierStep, NetworkLinkKindValue, NetworkScope } from './traversalRecords';

/**
 * One breadth-first step: the neighbours of the frontier actors over the scope's link kinds, minus the actors
 * already visited, that pass the scope's actor filters. Each neighbour comes once, with one parent: the frontier
 * actor with the smallest id, and among its link kinds the first in NETWORK_LINK_KINDS order (the rank).
 * Neighbours are ordered by name then id and cut at `limit`, so a caller that asks for one more than it can take
 * learns that the level did not fit.
 *
 * Every link kind is a fixed UNION branch; a branch whose kind is not in `$linkKinds` is switched off by its
 * parameter predicate, so the text never varies with the input.
 */
const TEXT = `UNWIND $frontier AS fid
  MATCH (f:Actor {id: fid})
  CALL (f) {
    MATCH (f)-[r:COLLABORATES_WITH]-(n:Actor)
    WHERE 'COLLABORATION' IN $linkKinds AND ${validAt('r')}
    RETURN n, 0 AS rank, 'COLLABORATION' AS kind
    UNION
    MATCH (f)-[m1:MEMBER_OF]->(:Cluster)<-[m2:MEMBER_OF]-(n:Actor)
    WHERE 'SAME_CLUSTER' IN $linkKinds AND ${validAt('m1')} AND ${validAt('m2')}
    RETURN n, 1 AS rank, 'SAME_CLUSTER' AS kind
    UNION
    MATCH (f)-[q1:PARTICIPATES_IN]->(pr:Project)<-[q2:PARTICIPATES_IN]-(n:Actor)
    WHERE 'JOINT_PROJECT' IN $linkKinds AND ${projectRunsAt('pr')} AND ${validAt('q1')} AND ${validAt('q2')}
    RETURN n, 2 AS rank, 'JOINT_PROJECT' AS kind
    UNION
    MATCH (f)-[r:SUPPLIES]-(n:Actor)
    WHERE 'SUPPLY' IN $linkKinds AND ${validAt('r')}
    RETURN n, 3 AS rank, 'SUPPLY' AS kind
    UNION
    MATCH (f)-[r:SPUN_OFF_FROM]-(n:Actor)
    WHERE 'SPIN_OFF' IN $linkKinds AND ${spinOffExistsAt('r')}
    RETURN n, 4 AS rank, 'SPIN_OFF' AS kind
  }
  WITH f, n, rank, kind
  WHERE n <> f AND NOT n.id IN $visited AND ${passesActorFilter('n')}
  WITH n, f.id AS parentId, rank, kind ORDER BY parentId, rank
  WITH n, head(collect({ parentId: parentId, kind: kind })) AS via
  RETURN n.id AS id, via.parentId AS parentId, via.kind AS kind
  ORDER BY n.name, n.id
  LIMIT toInteger($limit)`;

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
    text: TEXT,
    params: {
      frontier: args.frontier,
      visited: args.visited,
      linkKinds: args.scope.linkKinds,
      ...actorFilterParams(args.scope),
      ...asOfParams(args.scope.asOf),
      limit: args.limit,
    },
  });
  return rows.map((row) => ({
    id: row['id'] as string,
    parentId: row['parentId'] as string,
    kind: row['kind'] as NetworkLinkKindValue,
  }));
}
