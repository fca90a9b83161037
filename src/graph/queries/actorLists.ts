import type { GraphClient } from '../graphClient';
import { actorMatch, givenActorFilters, missingIdFilters, type ActorFilterArgs, type IdFilterName } from './actorFilter';
import { citedParam, type LinkConditions } from './linkConditions';
import { listActorProjection } from './projections';
import type { ActorRecord, Page } from './records';

/**
 * Sort keys of actor lists, from a fixed list; unknown values sort as -1 so keyset paging stays total. DEGREE is
 * the number of collaborations (COLLABORATES_WITH, one per pair, so the number of partners), counting only cited
 * ones of cited partners with `$citedOnly`; it is read per matched actor (a degree count, no property reads
 * unless `$citedOnly`).
 */
const SORT_KEYS = {
  NAME: 'a.name',
  FOUNDED: 'coalesce(a.foundedYear, -1)',
  EMPLOYEES: 'coalesce(a.employees, -1)',
  DEGREE: `COUNT { (a)-[degreeLink_:COLLABORATES_WITH]-(degreePartner_:Actor) WHERE ${citedParam('degreeLink_')} AND ${citedParam('degreePartner_')} }`,
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
  /** Which id filter the scopes are values of (default region): Region.actors, Technology.actors, … */
  scopeBy?: IdFilterName;
  /** Conditions on the links the filters follow, and whether sample actors are left out. */
  links: LinkConditions;
}

/** A page of actors, with the id filters whose id names no entity (then the page is empty). */
export interface ActorPage extends Page<ActorRecord> {
  /** Names of given id filters (region, cluster, technology, stage) whose entity does not exist. */
  missing: IdFilterName[];
  /** The sort value of each item, by id (DEGREE is computed by the statement, not stored on the record). */
  sortValues: Map<string, string | number>;
}

/** Key of the unscoped list in the result map (scopes are ids of the `scopeBy` filter). */
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
        ${actor.lookup}${actor.lookup === '' ? '' : ', sortValue'}
        RETURN collect({ record: ${actor.projection}, sortValue: sortValue }) AS items`;
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

/** The label of the entity each `scopeBy` filter names, for the scope's existence check. */
const SCOPE_LABELS: Readonly<Record<IdFilterName, string>> = { region: 'Region', cluster: 'Cluster', technology: 'Technology', stage: 'ValueChainStage' };

/**
 * One page of actors per scope (an id of the `scopeBy` filter, region by default, or ALL_REGIONS for none; the
 * filter's own value of that kind is not used), in one round trip per kind of scope: filtered, ordered by the
 * sort key then id (a total order, so keyset pages have no gaps or duplicates), with the total count of
 * matches when asked. Each page says which given ids name no entity (`missing`): the same statement checks.
 */
export async function findActorPages(graph: GraphClient, scopes: readonly string[], args: ActorListArgs): Promise<Map<string, ActorPage>> {
  const scopeBy = args.scopeBy ?? 'region';
  const filter: ActorFilterArgs = { ...args.filter, [scopeBy]: null };
  const scopeIds = [...new Set(scopes.filter((scope) => scope !== ALL_REGIONS))];
  const name = `actor_pages_${args.sort.toLowerCase()}_${args.descending ? 'desc' : 'asc'}${args.withTotal ? '' : '_page_only'}${args.withRegion ? '' : '_without_region'}`;
  const common = { afterValue: args.after?.value ?? null, afterId: args.after?.id ?? null, limit: args.first + 1 };
  const reads: Array<Promise<Array<{ scope: string; total: unknown; items: unknown; missing: unknown }>>> = [];
  if (scopes.includes(ALL_REGIONS)) {
    const match = actorMatch(filter, null, args.links);
    const onePass = givenActorFilters(filter).some((given) => !INDEX_SERVED.has(given));
    reads.push(
      graph
        .read({
          name: onePass ? `${name}_one_pass` : name,
          text: `${pageBody(match.text, args, onePass, false)}
      RETURN total, items, ${missingIdFilters(filter)} AS missing`,
          params: { ...match.params, ...common },
        })
        .then((rows) => rows.map((row) => ({ scope: ALL_REGIONS, total: row['total'], items: row['items'], missing: row['missing'] }))),
    );
  }
  if (scopeIds.length > 0) {
    const match = actorMatch(filter, scopeBy, args.links);
    const scopeLabel = SCOPE_LABELS[scopeBy];
    reads.push(
      graph
        .read({
          name: `${name}_in_${scopeBy === 'region' ? 'regions' : `${scopeBy}_scopes`}`,
          // A scope's actors are found by walking down from it: few enough to collect, and the walk runs once.
          text: `UNWIND $scopes AS scope
      ${pageBody(match.text, args, true, true)}
      RETURN scope, total, items,
        ${missingIdFilters(filter)} + CASE WHEN EXISTS { MATCH (:${scopeLabel} {id: scope}) } THEN [] ELSE ['${scopeBy}'] END AS missing`,
          params: { ...match.params, ...common, scopes: scopeIds },
        })
        .then((rows) => rows.map((row) => ({ scope: row['scope'] as string, total: row['total'], items: row['items'], missing: row['missing'] }))),
    );
  }
  const pages = new Map<string, ActorPage>();
  for (const row of (await Promise.all(reads)).flat()) {
    const rows = row.items as Array<{ record: ActorRecord; sortValue: string | number }>;
    pages.set(row.scope, {
      items: rows.slice(0, args.first).map((item) => item.record),
      hasNextPage: rows.length > args.first,
      totalCount: row.total as number,
      missing: row.missing as IdFilterName[],
      sortValues: new Map(rows.map((item) => [item.record.id, item.sortValue])),
    });
  }
  return pages;
}

/** The sort value of an actor of a page, as the query computed it (for cursors). */
export function actorSortValue(page: ActorPage, actor: ActorRecord): string | number {
  const value = page.sortValues.get(actor.id);
  if (value === undefined) throw new Error(`actor ${actor.id} has no sort value in its page`);
  return value;
}
