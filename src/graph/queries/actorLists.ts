import type { GraphClient } from '../graphClient';
import { actorMatch, givenActorFilters, type ActorFilterArgs } from './actorFilter';
import { listActorProjection } from './projections';
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
  /** Whether to count all matches (only when `totalCount` is selected); without it totalCount is 0. */
  withTotal: boolean;
  /** Whether the actors' records carry their region (only when the selection asks for it). */
  withRegion: boolean;
}

/** Key of the unscoped list in the result map (scopes are region ids). */
export const ALL_REGIONS = '';

/**
 * Filters whose predicates an index answers (kind, size, founding year): with only these, counting in a pass of
 * its own is cheap (the count store or an index count, no property reads), cheaper than collecting every match
 * to count it (100,000 actors unfiltered: 61–75 ms in two passes vs 160–180 ms collected, on the kept full graph).
 */
const INDEX_SERVED: ReadonlySet<string> = new Set(['kinds', 'sizes', 'foundedFrom', 'foundedTo']);

/**
 * The statement body that binds `total` and `items` for the actors bound by `match`. Where the filter costs
 * reads per actor (a region walk, a cluster or technology check, a text match), it runs once: the matches are
 * collected as node references, counted, and cut to the page by a top-k sort, and only the page is projected.
 * Where only index-served filters are given, count and page are two cheap passes. Without a total, only the
 * page. The region is looked up by a pattern comprehension, not OPTIONAL MATCH + collect per row.
 */
function pageBody(match: string, args: ActorListArgs, onePass: boolean, scoped: boolean): string {
  const imports = scoped ? 'scope' : '';
  const carry = scoped ? 'scope, ' : '';
  const key = SORT_KEYS[args.sort];
  const direction = args.descending ? 'DESC' : 'ASC';
  const beyond = args.descending ? '<' : '>';
  const cursor = args.after === null ? '' : `WHERE sortValue ${beyond} $afterValue OR (sortValue = $afterValue AND a.id > $afterId)`;
  const actor = listActorProjection('a', 'a', { summary: false, withRegion: args.withRegion });
  const page = `WITH a, ${key} AS sortValue ${cursor}
        WITH a, sortValue ORDER BY sortValue ${direction}, a.id ASC LIMIT toInteger($limit)
        ${actor.lookup}
        RETURN collect(${actor.projection}) AS items`;
  if (!args.withTotal) {
    return `CALL (${imports}) {
        ${match}
        ${page}
      }
      WITH ${carry}0 AS total, items`;
  }
  if (!onePass) {
    return `CALL (${imports}) {
        ${match}
        RETURN count(a) AS total
      }
      CALL (${imports}) {
        ${match}
        ${page}
      }`;
  }
  return `CALL (${imports}) {
        ${match}
        RETURN collect(a) AS matched
      }
      CALL (matched) {
        UNWIND matched AS a
        ${page}
      }
      WITH ${carry}size(matched) AS total, items`;
}

/**
 * One page of actors per scope (a region id, or ALL_REGIONS for no region; the filter's own region is not
 * used), in one round trip per kind of scope: filtered, ordered by the sort key then id (a total order, so
 * keyset pages have no gaps or duplicates), with the total count of matches when asked.
 */
export async function findActorPages(graph: GraphClient, scopes: readonly string[], args: ActorListArgs): Promise<Map<string, Page<ActorRecord>>> {
  const filter: ActorFilterArgs = { ...args.filter, region: null };
  const regionIds = [...new Set(scopes.filter((scope) => scope !== ALL_REGIONS))];
  const name = `actor_pages_${args.sort.toLowerCase()}_${args.descending ? 'desc' : 'asc'}${args.withTotal ? '' : '_page_only'}${args.withRegion ? '' : '_without_region'}`;
  const common = { afterValue: args.after?.value ?? null, afterId: args.after?.id ?? null, limit: args.first + 1 };
  const reads: Array<Promise<Array<{ scope: string; total: unknown; items: unknown }>>> = [];
  if (scopes.includes(ALL_REGIONS)) {
    const match = actorMatch(filter);
    const onePass = givenActorFilters(filter).some((given) => !INDEX_SERVED.has(given));
    reads.push(
      graph
        .read({
          name: onePass ? `${name}_one_pass` : name,
          text: `${pageBody(match.text, args, onePass, false)}
      RETURN total, items`,
          params: { ...match.params, ...common },
        })
        .then((rows) => rows.map((row) => ({ scope: ALL_REGIONS, total: row['total'], items: row['items'] }))),
    );
  }
  if (regionIds.length > 0) {
    const match = actorMatch(filter, 'scope');
    reads.push(
      graph
        .read({
          name: `${name}_in_regions`,
          // A region's actors are found by walking down from it: few enough to collect, and the walk runs once.
          text: `UNWIND $scopes AS scope
      ${pageBody(match.text, args, true, true)}
      RETURN scope, total, items`,
          params: { ...match.params, ...common, scopes: regionIds },
        })
        .then((rows) => rows.map((row) => ({ scope: row['scope'] as string, total: row['total'], items: row['items'] }))),
    );
  }
  const pages = new Map<string, Page<ActorRecord>>();
  for (const row of (await Promise.all(reads)).flat()) {
    const items = row.items as ActorRecord[];
    pages.set(row.scope, { items: items.slice(0, args.first), hasNextPage: items.length > args.first, totalCount: row.total as number });
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
