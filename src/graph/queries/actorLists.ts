import type { GraphClient } from '../graphClient';
import { actorFilterParams, actorFilterPredicate, type ActorFilterArgs } from './actorFilter';
import { actorProjection } from './projections';
import type { ActorRecord, Page } from './records';

/** Sort keys of actor lists, from a fixed list; unknown values sort as -1 so keyset paging stays total. */
const SORT_KEYS = {
  NAME: 'a.name',
  FOUNDED: 'coalesce(a.foundedYear, -1)',
  EMPLOYEES: 'coalesce(a.employees, -1)',
} as const;

export type ActorSortField = keyof typeof SORT_KEYS;

/** Where a page starts: after the item with this sort value and id. */
export interface SortCursor {
  value: string | number;
  id: string;
}

export interface ActorListArgs {
  filter: ActorFilterArgs;
  sort: ActorSortField;
  descending: boolean;
  first: number;
  after: SortCursor | null;
}

/** Key of the unscoped list in the result map (scopes are region ids). */
export const ALL_REGIONS = '';

/**
 * One page of actors per scope (a region id, or ALL_REGIONS for no region), in one round trip: filtered,
 * ordered by the sort key then id (a total order, so keyset pages have no gaps or duplicates), with the total
 * count of matches.
 */
export async function findActorPages(graph: GraphClient, scopes: readonly string[], args: ActorListArgs): Promise<Map<string, Page<ActorRecord>>> {
  const key = SORT_KEYS[args.sort];
  const direction = args.descending ? 'DESC' : 'ASC';
  const beyond = args.descending ? '<' : '>';
  const where = actorFilterPredicate('scope');
  const rows = await graph.read({
    name: `actor_pages_${args.sort.toLowerCase()}_${direction.toLowerCase()}`,
    text: `UNWIND $scopes AS scopeKey
      WITH scopeKey, CASE scopeKey WHEN '' THEN null ELSE scopeKey END AS scope
      CALL (scope) {
        MATCH (a:Actor) WHERE ${where}
        RETURN count(a) AS total
      }
      CALL (scope) {
        MATCH (a:Actor) WHERE ${where}
        WITH a, ${key} AS sortValue
        WHERE $afterId IS NULL OR sortValue ${beyond} $afterValue OR (sortValue = $afterValue AND a.id > $afterId)
        WITH a ORDER BY sortValue ${direction}, a.id ASC LIMIT toInteger($limit)
        OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
        WITH a, head(collect(g)) AS g
        RETURN collect(${actorProjection('a', 'g')}) AS items
      }
      RETURN scopeKey, total, items`,
    params: {
      ...actorFilterParams(args.filter),
      scopes,
      afterValue: args.after?.value ?? null,
      afterId: args.after?.id ?? null,
      limit: args.first + 1,
    },
  });
  const pages = new Map<string, Page<ActorRecord>>();
  for (const row of rows) {
    const items = row['items'] as unknown as ActorRecord[];
    pages.set(row['scopeKey'] as string, { items: items.slice(0, args.first), hasNextPage: items.length > args.first, totalCount: row['total'] as number });
  }
  return pages;
}

/** The sort value of an actor under a sort field, as the query computes it (for cursors). */
export function actorSortValue(actor: ActorRecord, sort: ActorSortField): string | number {
  switch (sort) {
    case 'NAME':
      return actor.name;
    case 'FOUNDED':
      return actor.foundedYear ?? -1;
    case 'EMPLOYEES':
      return actor.employees ?? -1;
  }
}
