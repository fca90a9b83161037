import type { GraphClient } from '../graphClient';
import {
  ACTOR_STARTS,
  actorMatch,
  actorMatchParams,
  anchorOnlyMatch,
  givenActorFilters,
  MISSING_ID_FILTERS,
  NO_ACTOR_FILTER,
  onlyAnchorAndKinds,
  type ActorFilterArgs,
  type IdFilterName,
} from './actorFilter';
import { ANY_LINK, citedParam, type LinkConditions } from './linkConditions';
import { actorProjection, actorProjectionWithoutRegion } from './projections';
import type { ActorRecord, Page } from './records';
import { statementSet, type StatementSet } from './statementSet';

/**
 * Sort keys of actor lists, from a fixed list; unknown values sort as -1 so keyset paging stays total. DEGREE is
 * the number of collaborations (COLLABORATES_WITH, one per pair, so the number of partners), counting only cited
 * ones of cited partners with `$citedOnly`; it is read per matched actor (a degree count, no property reads
 * unless `$citedOnly`). The key is chosen by parameter (`$sort`) in one CASE: Cypher evaluates only the chosen
 * branch, so a name sort never counts degrees, and the texts do not multiply by the sort key.
 */
const SORT_KEYS = {
  NAME: 'a.name',
  FOUNDED: 'coalesce(a.foundedYear, -1)',
  EMPLOYEES: 'coalesce(a.employees, -1)',
  DEGREE: `COUNT { (a)-[degreeLink_:COLLABORATES_WITH]-(degreePartner_:Actor) WHERE ${citedParam('degreeLink_')} AND ${citedParam('degreePartner_')} }`,
} as const;

const SORT_VALUE = `CASE $sort ${Object.entries(SORT_KEYS)
  .map(([key, expression]) => `WHEN '${key}' THEN ${expression}`)
  .join(' ')} END`;

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

/** How a page statement counts: not at all, in a pass of its own, or by collecting the matches once. */
type TotalMode = 'page_only' | 'two_pass' | 'one_pass';

/**
 * The page: the sort value, the cursor, the order and the region lookup all read parameters (`$sort`,
 * `$hasAfter`, `$descending`, `$withRegion`), so a first page and a later one, either direction and either
 * selection share the text. The order puts the value under an ascending key or a descending one (the other is
 * null for every row), so one Top serves both directions.
 */
const PAGE_ITEMS = `WITH a, sortValue, CASE WHEN $withRegion THEN [(a)-[:LOCATED_IN]->(listRegion_:Region) | listRegion_][0] END AS listRegion_
        RETURN collect({
          record: CASE WHEN $withRegion THEN ${actorProjection('a', 'listRegion_')} ELSE ${actorProjectionWithoutRegion('a')} END,
          sortValue: sortValue
        }) AS items`;

const PAGE = `WITH a, ${SORT_VALUE} AS sortValue
        WHERE NOT $hasAfter OR (CASE WHEN $descending THEN sortValue < $afterValue ELSE sortValue > $afterValue END)
          OR (sortValue = $afterValue AND a.id > $afterId)
        WITH a, sortValue
        ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, a.id ASC
        LIMIT toInteger($limit)
        ${PAGE_ITEMS}`;

/**
 * The page of the collected matches `matched`: one branch per sort key and direction, the one the parameters
 * name chosen once (its condition reads no row) before the list is unwound, so each row computes its own key
 * only and the Top orders by it and the id, as a hand-written query does. PAGE's `CASE`s on `$sort` and
 * `$descending` were evaluated on every match: at 100k actors, a state's 2,005 companies cost Neo4j 13.3 ms of
 * CPU a request against 20.5 (docs/statements.md, "Chosen once").
 */
const LIST_PAGE = `CALL (matched) {
          ${Object.entries(SORT_KEYS)
            .flatMap(([key, expression]) =>
              ([true, false] as const).map(
                (descending) => `WITH matched WHERE $sort = '${key}' AND ${descending ? '' : 'NOT '}$descending
          UNWIND matched AS a
          WITH a, ${expression} AS sortValue
          WHERE NOT $hasAfter OR sortValue ${descending ? '<' : '>'} $afterValue OR (sortValue = $afterValue AND a.id > $afterId)
          RETURN a, sortValue ORDER BY sortValue ${descending ? 'DESC' : 'ASC'}, a.id ASC LIMIT toInteger($limit)`,
              ),
            )
            .join('\n          UNION ALL\n          ')}
        }
        ${PAGE_ITEMS}`;

/**
 * The statement body that binds `total` and `items` for the actors bound by `match`. Where the filter costs
 * reads per actor (a region walk, a cluster or technology check, a text match), it runs once: the matches are
 * collected as node references, counted, and cut to the page by a top-k sort, and only the page is projected.
 * Where only index-served filters are given, count and page are two cheap passes. Without a total, only the
 * page. The region is looked up by a pattern comprehension, not OPTIONAL MATCH + collect per row.
 */
function pageBody(match: string, total: TotalMode, scoped: boolean): string {
  const imports = scoped ? 'scope' : '';
  const carry = scoped ? 'scope, ' : '';
  if (total === 'page_only') {
    return `CALL (${imports}) {
        ${match}
        ${PAGE}
      }
      WITH ${carry}0 AS total, items`;
  }
  if (total === 'two_pass') {
    return `CALL (${imports}) {
        ${match}
        RETURN count(a) AS total
      }
      CALL (${imports}) {
        ${match}
        ${PAGE}
      }`;
  }
  return `CALL (${imports}) {
        ${match}
        RETURN collect(a) AS matched
      }
      CALL (matched) {
        ${LIST_PAGE}
      }
      WITH ${carry}size(matched) AS total, items`;
}

/** The label of the entity each `scopeBy` filter names, for the scope's existence check. */
const SCOPE_LABELS: Readonly<Record<IdFilterName, string>> = { region: 'Region', cluster: 'Cluster', technology: 'Technology', stage: 'ValueChainStage' };

/**
 * The variants: the start (every actor or an anchor filter, or the scopes) by how the total is counted. Counting
 * in a pass of its own pays only where no filter costs reads per actor, and an anchor is such a filter. An
 * anchored start has a second text, `<anchor>_plain_<total>`, for a filter of the anchor and the kinds only
 * (anchorOnlyMatch): the walk down checks the kind and nothing else.
 */
function pageVariants(): Array<{ variant: string; text: string }> {
  const variants: Array<{ variant: string; text: string }> = [];
  const returned = `RETURN total, items, ${MISSING_ID_FILTERS} AS missing`;
  for (const start of ACTOR_STARTS) {
    for (const total of start === 'none' ? (['page_only', 'two_pass', 'one_pass'] as const) : (['page_only', 'one_pass'] as const)) {
      variants.push({ variant: `${start}_${total}`, text: `${pageBody(actorMatch(start), total, false)}
      ${returned}` });
      if (start !== 'none') variants.push({ variant: `${start}_plain_${total}`, text: `${pageBody(anchorOnlyMatch(start), total, false)}
      ${returned}` });
    }
  }
  for (const total of ['page_only', 'one_pass'] as const) {
    variants.push({
      variant: `in_scopes_${total}`,
      // A scope's actors are found by walking down from it: few enough to collect, and the walk runs once.
      text: `UNWIND $scopes AS scope
      ${pageBody(actorMatch('scope'), total, true)}
      RETURN scope, total, items,
        ${MISSING_ID_FILTERS} + CASE ${Object.entries(SCOPE_LABELS)
          .map(([name, label]) => `WHEN $anchor = '${name}' AND NOT EXISTS { MATCH (:${label} {id: scope}) } THEN ['${name}']`)
          .join(' ')} ELSE [] END AS missing`,
    });
  }
  return variants;
}

function pageParams(filter: ActorFilterArgs, scopeBy: IdFilterName | null, args: Omit<ActorListArgs, 'filter' | 'withTotal' | 'scopeBy'>): Record<string, unknown> {
  return {
    ...actorMatchParams(filter, scopeBy, args.links),
    sort: args.sort,
    descending: args.descending,
    withRegion: args.withRegion,
    hasAfter: args.after !== null,
    afterValue: args.after?.value ?? '',
    afterId: args.after?.id ?? '',
    limit: args.first + 1,
  };
}

/** Pages of actors: 21 texts (docs/statements.md); sort key, direction, cursor and region lookup by parameter. */
export const ACTOR_PAGE_STATEMENTS: readonly StatementSet[] = [
  statementSet('actor_pages', pageVariants(), {
    ...pageParams(NO_ACTOR_FILTER, null, { sort: 'NAME', descending: false, withRegion: true, after: null, first: 1, links: ANY_LINK }),
    scopes: [''],
  }),
];
const [ACTOR_PAGES] = ACTOR_PAGE_STATEMENTS as [StatementSet];

/**
 * One page of actors per scope (an id of the `scopeBy` filter, region by default, whose own value in the filter is
 * then not used; or ALL_REGIONS: the filter as given), in one round trip per kind of scope: filtered, ordered by the
 * sort key then id (a total order, so keyset pages have no gaps or duplicates), with the total count of
 * matches when asked. Each page says which given ids name no entity (`missing`): the same statement checks.
 */
export async function findActorPages(graph: GraphClient, scopes: readonly string[], args: ActorListArgs): Promise<Map<string, ActorPage>> {
  const scopeBy = args.scopeBy ?? 'region';
  const filter: ActorFilterArgs = { ...args.filter, [scopeBy]: null };
  const scopeIds = [...new Set(scopes.filter((scope) => scope !== ALL_REGIONS))];
  const reads: Array<Promise<Array<{ scope: string; total: unknown; items: unknown; missing: unknown }>>> = [];
  if (scopes.includes(ALL_REGIONS)) {
    // Unscoped: the whole filter applies, its first given id filter being where the actors are found.
    const onePass = givenActorFilters(args.filter).some((given) => !INDEX_SERVED.has(given));
    const total: TotalMode = !args.withTotal ? 'page_only' : onePass ? 'one_pass' : 'two_pass';
    const params = pageParams(args.filter, null, args);
    const anchor = params['anchor'] === '' ? 'none' : String(params['anchor']);
    const start = onlyAnchorAndKinds(args.filter, args.links) ? `${anchor}_plain` : anchor;
    reads.push(
      graph
        .read(ACTOR_PAGES.statement(`${start}_${total}`, params))
        .then((rows) => rows.map((row) => ({ scope: ALL_REGIONS, total: row['total'], items: row['items'], missing: row['missing'] }))),
    );
  }
  if (scopeIds.length > 0) {
    reads.push(
      graph
        .read(ACTOR_PAGES.statement(`in_scopes_${args.withTotal ? 'one_pass' : 'page_only'}`, { ...pageParams(filter, scopeBy, args), scopes: scopeIds }))
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
