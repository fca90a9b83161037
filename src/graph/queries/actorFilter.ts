import { ANY_LINK, citedParam, linkParams, linkUsable, type LinkConditions } from './linkConditions';
import type { ActorKindValue, CompanySizeValue } from './records';

/** Filters on actors; every given one must hold. Text filters are matched case-insensitively. */
export interface ActorFilterArgs {
  kinds: ActorKindValue[] | null;
  region: string | null;
  cluster: string | null;
  technology: string | null;
  stage: string | null;
  sizes: CompanySizeValue[] | null;
  foundedFrom: number | null;
  foundedTo: number | null;
  nameContains: string | null;
  illustrative: boolean | null;
  sourceContains: string | null;
}

export const NO_ACTOR_FILTER: ActorFilterArgs = {
  kinds: null,
  region: null,
  cluster: null,
  technology: null,
  stage: null,
  sizes: null,
  foundedFrom: null,
  foundedTo: null,
  nameContains: null,
  illustrative: null,
  sourceContains: null,
};

type FilterName = keyof ActorFilterArgs;

/** How deep region and technology hierarchies are followed: country → state → district → city is 3 levels. */
const MAX_HIERARCHY_DEPTH = 5;

/**
 * One fixed predicate over `a` per filter, in a fixed order. Only the given filters' predicates enter a
 * statement: `($x IS NULL OR …)` kept the planner off the indexes (kind, founding year, size), and the set of
 * texts stays bounded (one per set of given filter names), so the plan cache does too. The region, cluster and
 * technology predicates are used where the statement starts from another node (see actorMatch).
 */
const FRAGMENTS: { readonly [K in FilterName]: string } = {
  kinds: 'a.kind IN $kinds',
  region: `EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(:Region {id: $region}) }`,
  cluster: `EXISTS { (a)-[filterMembership_:MEMBER_OF]->(:Cluster {id: $cluster}) WHERE ${linkUsable('filterMembership_')} }`,
  technology: `EXISTS { (a)-[filterSpecialism_:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${MAX_HIERARCHY_DEPTH}]->(:Technology {id: $technology})
    WHERE ${linkUsable('filterSpecialism_')} }`,
  stage: `EXISTS { (a)-[filterActivity_:ACTIVE_IN]->(:ValueChainStage {id: $stage}) WHERE ${linkUsable('filterActivity_')} }`,
  sizes: 'a.size IN $sizes',
  foundedFrom: 'a.foundedYear >= $foundedFrom',
  foundedTo: 'a.foundedYear <= $foundedTo',
  nameContains: `(toLower(a.name) CONTAINS $nameContains
    OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`,
  illustrative: 'coalesce(a.illustrative, false) = $illustrative',
  sourceContains: 'any(s IN coalesce(a.sources, []) WHERE toLower(s) CONTAINS $sourceContains)',
};

const FILTER_NAMES = Object.keys(FRAGMENTS) as FilterName[];

/** Text filters are compared in lower case (the predicates lower-case the stored side). */
function paramValue(filter: ActorFilterArgs, name: FilterName): unknown {
  const value = filter[name];
  return name === 'nameContains' || name === 'sourceContains' ? (value as string).toLowerCase() : value;
}

function isGiven(filter: ActorFilterArgs, name: FilterName): boolean {
  const value = filter[name];
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** The names of the given filters, in the fixed order of FRAGMENTS. */
export function givenActorFilters(filter: ActorFilterArgs): FilterName[] {
  return FILTER_NAMES.filter((name) => isGiven(filter, name));
}

export interface CypherPart {
  text: string;
  params: Record<string, unknown>;
}

/**
 * The predicate of the given filters over `a` ('true' when none), with exactly their parameters. `except`
 * names filters the caller's pattern already applies.
 */
export function actorFilterWhere(filter: ActorFilterArgs, except: readonly FilterName[] = []): CypherPart {
  const names = givenActorFilters(filter).filter((name) => !except.includes(name));
  return {
    text: names.length === 0 ? 'true' : names.map((name) => FRAGMENTS[name]).join('\n      AND '),
    params: Object.fromEntries(names.map((name) => [name, paramValue(filter, name)])),
  };
}

/**
 * Filters that name a node the matching actors hang below, in the order they are preferred as the starting
 * point, with the pattern that walks down from that node to the actors and the conditions on its link
 * (`anchorLink_`: membership valid at `$asOf`, cited with `$citedOnly`; a location is not a dated link). Starting there reads the few thousand
 * actors of one state, cluster or technology, where checking each actor's way up (an EXISTS per actor) reads
 * all 100,000 and their links (on the kept full graph: technology 36 M db hits / 3 s vs 53 k / 24 ms, cluster
 * 1.8 M / 374 ms vs 22 k / 14 ms, a state 5.2 M / 0.5 s vs 25 k / 40 ms). The others then apply as predicates.
 */
const ANCHORS = [
  { name: 'region', label: 'Region', pattern: (region: string) => `(:Region {id: ${region}})<-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]-(:Region)<-[:LOCATED_IN]-(a:Actor)`, link: false },
  { name: 'cluster', label: 'Cluster', pattern: (cluster: string) => `(:Cluster {id: ${cluster}})<-[anchorLink_:MEMBER_OF]-(a:Actor)`, link: true },
  {
    name: 'technology',
    label: 'Technology',
    pattern: (technology: string) => `(:Technology {id: ${technology}})<-[:BROADER*0..${MAX_HIERARCHY_DEPTH}]-(:Technology)<-[anchorLink_:SPECIALIZES_IN]-(a:Actor)`,
    link: true,
  },
  { name: 'stage', label: 'ValueChainStage', pattern: (stage: string) => `(:ValueChainStage {id: ${stage}})<-[anchorLink_:ACTIVE_IN]-(a:Actor)`, link: true },
] as const;

/** The filters that name an entity by id, with its label: an unknown id there is an error, not an empty list. */
export type IdFilterName = (typeof ANCHORS)[number]['name'];
export const ID_FILTERS: ReadonlyArray<{ name: IdFilterName; label: string }> = ANCHORS.map(({ name, label }) => ({ name, label }));

/**
 * A Cypher list expression of the names of the given id filters whose entity does not exist (an index lookup
 * each), for the statement that runs anyway to return beside its answer: an unknown id costs no extra round
 * trip. `[]` when none is given. `except` leaves out filters the caller checks itself (a region scope).
 */
export function missingIdFilters(filter: ActorFilterArgs, except: readonly IdFilterName[] = []): string {
  const checks = ID_FILTERS.filter(({ name }) => filter[name] !== null && !except.includes(name)).map(
    ({ name, label }) => `CASE WHEN EXISTS { MATCH (:${label} {id: $${name}}) } THEN null ELSE '${name}' END`,
  );
  return checks.length === 0 ? '[]' : `[missing_ IN [${checks.join(', ')}] WHERE missing_ IS NOT NULL]`;
}

/**
 * The clause that binds every matching actor to `a`, once each. It starts from the first given anchor filter
 * (see ANCHORS); with `scopeFrom` naming an anchor filter, that filter's id is the variable `scope` of the
 * caller's fixed text (the filter's own value is then ignored). Without an anchor, the given predicates let the
 * planner pick an index (kind, founding year, size) or scan. `links` are the conditions on the links the filters
 * follow (memberships at a date, cited only); with `citedOnly` sample actors are left out too. Their parameters
 * (`$asOf`, `$citedOnly`) are always passed, so the text does not depend on their values.
 */
export function actorMatch(filter: ActorFilterArgs, scopeFrom: IdFilterName | null = null, links: LinkConditions = ANY_LINK): CypherPart {
  const own: ActorFilterArgs = scopeFrom === null ? filter : { ...filter, [scopeFrom]: null };
  const given: string[] = scopeFrom === null ? givenActorFilters(filter) : [scopeFrom, ...givenActorFilters(own)];
  const anchor = ANCHORS.find((candidate) => given.includes(candidate.name));
  const cited = citedParam('a');
  if (!anchor) {
    const where = actorFilterWhere(filter);
    return { text: `MATCH (a:Actor) WHERE ${cited} AND ${where.text}`, params: { ...where.params, ...linkParams(links) } };
  }
  const where = actorFilterWhere(own, [anchor.name]);
  const params: Record<string, unknown> = { ...where.params, ...linkParams(links) };
  if (anchor.name !== scopeFrom) params[anchor.name] = filter[anchor.name];
  const linkWhere = anchor.link ? ` WHERE ${linkUsable('anchorLink_')}` : '';
  return {
    text: `MATCH ${anchor.pattern(anchor.name === scopeFrom ? 'scope' : `$${anchor.name}`)}${linkWhere}
      WITH DISTINCT a WHERE ${cited} AND ${where.text}`,
    params,
  };
}
