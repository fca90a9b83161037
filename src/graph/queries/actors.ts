import type { GraphClient } from '../graphClient';
import { actorProjection } from './projections';
import type { ActorRecord } from './records';

/** Actors by id, in one round trip; the result has no entry for an unknown id. */
export async function findActorsByIds(graph: GraphClient, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
  const rows = await graph.read({
    name: 'actors_by_ids',
    text: `UNWIND $ids AS id
      MATCH (a:Actor {id: id})
      OPTIONAL MATCH (a)-[:LOCATED_IN]->(r:Region)
      WITH a, head(collect(r)) AS r
      RETURN ${actorProjection('a', 'r')} AS actor`,
    params: { ids },
  });
  return new Map(rows.map((row) => {
    const actor = row['actor'] as unknown as ActorRecord;
    return [actor.id, actor];
  }));
}
