import type { GraphClient } from '../graphClient';
import { clusterProjection } from './projections';
import type { ClusterRecord, Page } from './records';

export interface ClusterFilterArgs {
  region: string | null;
  technology: string | null;
  nameContains: string | null;
}

export interface ClusterListArgs {
  filter: ClusterFilterArgs;
  first: number;
  after: { name: string; id: string } | null;
  /** Whether to count all matches (only when `totalCount` is selected); without it totalCount is 0. */
  withTotal: boolean;
}

/**
 * One page of clusters ordered by name then id, with the total count of matches when asked; one round trip. The
 * same statement says which given ids (region, technology) name no entity (`missing`).
 */
export async function findClusterPage(graph: GraphClient, args: ClusterListArgs): Promise<Page<ClusterRecord> & { missing: Array<'region' | 'technology'> }> {
  const where = `($region IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: $region}) })
    AND ($technology IS NULL OR EXISTS { (c)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..5]->(:Technology {id: $technology}) })
    AND ($nameContains IS NULL OR toLower(c.name) CONTAINS $nameContains
         OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`;
  const [row] = await graph.read({
    name: args.withTotal ? 'cluster_page' : 'cluster_page_page_only',
    // The count is a second pass over every cluster: it runs only when asked for.
    text: `${args.withTotal ? `CALL () { MATCH (c:Cluster) WHERE ${where} RETURN count(c) AS total }` : 'WITH 0 AS total'}
      CALL () {
        MATCH (c:Cluster) WHERE ${where}
          AND ($afterId IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
        WITH c ORDER BY c.name, c.id LIMIT toInteger($limit)
        WITH c, [(c)-[:LOCATED_IN]->(g:Region) | g][0] AS g
        RETURN collect(${clusterProjection('c', 'g')}) AS items
      }
      RETURN total, items,
        [missing_ IN [CASE WHEN $region IS NULL OR EXISTS { MATCH (:Region {id: $region}) } THEN null ELSE 'region' END,
          CASE WHEN $technology IS NULL OR EXISTS { MATCH (:Technology {id: $technology}) } THEN null ELSE 'technology' END]
          WHERE missing_ IS NOT NULL] AS missing`,
    params: {
      region: args.filter.region,
      technology: args.filter.technology,
      nameContains: args.filter.nameContains?.toLowerCase() ?? null,
      afterName: args.after?.name ?? null,
      afterId: args.after?.id ?? null,
      limit: args.first + 1,
    },
  });
  const items = (row?.['items'] ?? []) as unknown as ClusterRecord[];
  return {
    items: items.slice(0, args.first),
    hasNextPage: items.length > args.first,
    totalCount: (row?.['total'] as number) ?? 0,
    missing: (row?.['missing'] ?? []) as Array<'region' | 'technology'>,
  };
}
