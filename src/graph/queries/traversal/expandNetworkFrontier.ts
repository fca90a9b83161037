import type { GraphClient } from '../../graphClient';
import { kindOfRank } from '../../../model/linkKinds';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { actorFilter, networkParams, neighboursOf, SAMPLE_NETWORK_PARAMS } from './networkCypher';
import type { FrontierStep, NetworkScope } from './traversalRecords';

/**
 * One breadth-first step: the neighbours of the frontier actors over the scope's link kinds, minus the actors
 * already visited, that pass the scope's actor filters. Each neighbour comes once, with one parent: the frontier
 * actor with the smallest id, and among its link kinds the first in registry order (the rank). Neighbours are
 * ordered by name then id and cut at `limit`, so a caller that asks for one more than it can take learns that the
 * level did not fit. The ids of `$references` are looked up in the same statement (see references.ts).
 */
const FRONTIER = statementSet('traversal_network_frontier', [
  {
    variant: '',
    text: `CALL () {
    UNWIND $frontier AS fid
    MATCH (f:Actor {id: fid})
    CALL (f) {
      ${neighboursOf()}
    }
    WITH f, n, rank
    WHERE n <> f AND NOT n.id IN $visited AND ${actorFilter('n')}
    WITH n, f.id AS parentId, rank ORDER BY parentId, rank
    WITH n, head(collect([parentId, rank])) AS via
    WITH n.id AS id, via[0] AS parentId, via[1] AS rank
    ORDER BY n.name, n.id
    LIMIT toInteger($limit)
    RETURN collect([id, parentId, rank]) AS steps
  }
  ${REFERENCES_CALL}
  RETURN steps, references`,
  },
], { frontier: [''], visited: [''], limit: 1, ...SAMPLE_NETWORK_PARAMS, ...SAMPLE_REFERENCES });

/** Every text this module runs (for plan warming and the snapshot test). */
export const FRONTIER_STATEMENTS = [FRONTIER];

export interface FrontierArgs {
  frontier: readonly string[];
  visited: readonly string[];
  scope: NetworkScope;
  limit: number;
  /** Ids to check in the same round trip (the first step of a search checks the question's ids). */
  references?: ReadonlyArray<Reference | null>;
}

export async function expandNetworkFrontier(graph: GraphClient, args: FrontierArgs): Promise<FrontierStep[]> {
  const references = args.references ?? [];
  if (references.length === 0 && (args.frontier.length === 0 || args.limit <= 0)) return [];
  const [row] = await graph.read(
    FRONTIER.statement('', {
      frontier: args.limit <= 0 ? [] : args.frontier,
      visited: args.visited,
      ...networkParams(args.scope),
      limit: Math.max(args.limit, 0),
      ...referenceParams(references),
    }),
  );
  checkReferences(references, row?.['references']);
  return ((row?.['steps'] ?? []) as unknown as Array<[string, string, number]>).map(([id, parentId, rank]) => ({ id, parentId, kind: kindOfRank(rank) }));
}
