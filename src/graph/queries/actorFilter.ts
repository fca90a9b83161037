import type { ActorKindValue, CompanySizeValue } from './records';

/** Filters on actors; every given one must hold. Text filters are matched case-insensitively. */
export interface ActorFilterArgs {
  kinds: ActorKindValue[] | null;
  region: string | null;
  cluster: string | null;
  technology: string | null;
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
  cluster: 'EXISTS { (a)-[:MEMBER_OF]->(:Cluster {id: $cluster}) }',
  technology: `EXISTS { (a)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${MAX_HIERARCHY_DEPTH}]->(:Technology {id: $technology}) }`,
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
 * point, with the pattern that walks down from that node to the actors. Starting there reads the few thousand
 * actors of one state, cluster or technology, where checking each actor's way up (an EXISTS per actor) reads
 * all 100,000 and their links (on the kept full graph: technology 36 M db hits / 3 s vs 53 k / 24 ms, cluster
 * 1.8 M / 374 ms vs 22 k / 14 ms, a state 5.2 M / 0.5 s vs 25 k / 40 ms). The others then apply as predicates.
 */
const ANCHORS = [
  { name: 'region', pattern: (region: string) => `(:Region {id: ${region}})<-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]-(:Region)<-[:LOCATED_IN]-(a:Actor)` },
  { name: 'cluster', pattern: () => '(:Cluster {id: $cluster})<-[:MEMBER_OF]-(a:Actor)' },
  { name: 'technology', pattern: () => `(:Technology {id: $technology})<-[:BROADER*0..${MAX_HIERARCHY_DEPTH}]-(:Technology)<-[:SPECIALIZES_IN]-(a:Actor)` },
] as const;

/**
 * The clause that binds every matching actor to `a`, once each. It starts from the first given anchor filter
 * (see ANCHORS); with `regionFrom: 'scope'` the region is the variable `scope` of the caller's fixed text
 * (the filter's own region is then ignored). Without an anchor, the given predicates let the planner pick an
 * index (kind, founding year, size) or scan.
 */
export function actorMatch(filter: ActorFilterArgs, regionFrom: 'filter' | 'scope' = 'filter'): CypherPart {
  const given = regionFrom === 'scope' ? ['region', ...givenActorFilters({ ...filter, region: null })] : givenActorFilters(filter);
  const anchor = ANCHORS.find((candidate) => given.includes(candidate.name));
  if (!anchor) {
    const where = actorFilterWhere(filter);
    return { text: `MATCH (a:Actor) WHERE ${where.text}`, params: where.params };
  }
  const where = actorFilterWhere(regionFrom === 'scope' ? { ...filter, region: null } : filter, [anchor.name]);
  const params = { ...where.params };
  if (anchor.name !== 'region' || regionFrom === 'filter') params[anchor.name] = filter[anchor.name];
  return {
    text: `MATCH ${anchor.pattern(regionFrom === 'scope' ? 'scope' : '$region')}
      WITH DISTINCT a WHERE ${where.text}`,
    params,
  };
}
