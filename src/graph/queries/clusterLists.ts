import type { GraphClient } from '../graphClient';
import { HIERARCHY_DEPTH, optionalPredicate } from './optionalPredicate';
import { clusterProjection } from './projections';
import type { ClusterRecord, Page } from './records';
import { statementSet, type StatementSet } from './statementSet';

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

export const CLUSTER_WHERE = `${optionalPredicate('byRegion', `EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${HIERARCHY_DEPTH}]->(:Region {id: $region}) }`)}
    AND ${optionalPredicate('byTechnology', `EXISTS { (c)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${HIERARCHY_DEPTH}]->(:Technology {id: $technology}) }`)}
    AND ${optionalPredicate(
      'byName',
      `(toLower(c.name) CONTAINS $nameContains OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`,
    )}`;

function clusterPageText(withTotal: boolean): string {
  // The count is a second pass over every cluster: it runs only when asked for.
  return `${withTotal ? `CALL () { MATCH (c:Cluster) WHERE ${CLUSTER_WHERE} RETURN count(c) AS total }` : 'WITH 0 AS total'}
      CALL () {
        MATCH (c:Cluster) WHERE ${CLUSTER_WHERE}
          AND (NOT $hasAfter OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
        WITH c ORDER BY c.name, c.id LIMIT toInteger($limit)
        WITH c, [(c)-[:LOCATED_IN]->(g:Region) | g][0] AS g
        RETURN collect(${clusterProjection('c', 'g')}) AS items
      }
      RETURN total, items,${MISSING_FILTER_IDS} AS missing`;
}

/** Which given filter ids name no entity (reads `$byRegion`, `$region`, `$byTechnology`, `$technology`). */
export const MISSING_FILTER_IDS = `
        [missing_ IN [CASE WHEN NOT $byRegion OR EXISTS { MATCH (:Region {id: $region}) } THEN null ELSE 'region' END,
          CASE WHEN NOT $byTechnology OR EXISTS { MATCH (:Technology {id: $technology}) } THEN null ELSE 'technology' END]
          WHERE missing_ IS NOT NULL]`;

export function clusterPageParams(args: ClusterListArgs): Record<string, unknown> {
  const { region, technology, nameContains } = args.filter;
  return {
    byRegion: region !== null,
    region: region ?? '',
    byTechnology: technology !== null,
    technology: technology ?? '',
    byName: nameContains !== null,
    nameContains: nameContains?.toLowerCase() ?? '',
    hasAfter: args.after !== null,
    afterName: args.after?.name ?? '',
    afterId: args.after?.id ?? '',
    limit: args.first + 1,
  };
}

/** Pages of clusters: with and without the total; every filter switched. */
export const CLUSTER_PAGE_STATEMENTS: readonly StatementSet[] = [
  statementSet(
    'cluster_page',
    [
      { variant: '', text: clusterPageText(true) },
      { variant: 'page_only', text: clusterPageText(false) },
    ],
    clusterPageParams({ filter: { region: null, technology: null, nameContains: null }, first: 1, after: null, withTotal: false }),
  ),
];
const [CLUSTER_PAGE] = CLUSTER_PAGE_STATEMENTS as [StatementSet];

/**
 * One page of clusters ordered by name then id, with the total count of matches when asked; one round trip. The
 * same statement says which given ids (region, technology) name no entity (`missing`).
 */
export async function findClusterPage(graph: GraphClient, args: ClusterListArgs): Promise<Page<ClusterRecord> & { missing: Array<'region' | 'technology'> }> {
  const [row] = await graph.read(CLUSTER_PAGE.statement(args.withTotal ? '' : 'page_only', clusterPageParams(args)));
  const items = (row?.['items'] ?? []) as unknown as ClusterRecord[];
  return {
    items: items.slice(0, args.first),
    hasNextPage: items.length > args.first,
    totalCount: (row?.['total'] as number) ?? 0,
    missing: (row?.['missing'] ?? []) as Array<'region' | 'technology'>,
  };
}
