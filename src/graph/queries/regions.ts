import type { GraphClient } from '../graphClient';
import { regionProjectionWithParent } from './projections';
import type { RegionRecord } from './records';

/** Regions by id, each with its parent's id, in one round trip. */
export async function findRegionsByIds(graph: GraphClient, ids: readonly string[]): Promise<Map<string, RegionRecord>> {
  const rows = await graph.read({
    name: 'regions_by_ids',
    text: `UNWIND $ids AS id
      MATCH (g:Region {id: id})
      OPTIONAL MATCH (g)-[:PART_OF]->(p:Region)
      WITH g, head(collect(p)) AS p
      RETURN ${regionProjectionWithParent('g', 'p.id')} AS region`,
    params: { ids },
  });
  return new Map(rows.map((row) => {
    const region = row['region'] as unknown as RegionRecord;
    return [region.id, region];
  }));
}
