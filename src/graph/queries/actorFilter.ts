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

/** How deep region and technology hierarchies are followed: country → state → district → city is 3 levels. */
const MAX_HIERARCHY_DEPTH = 5;

/**
 * The WHERE predicate of every actor filter, over the variable `a`, with the region taken from `regionParam`
 * (a parameter or variable name from the callers' fixed texts). Absent filters are null parameters, so one
 * fixed query text serves every combination.
 */
export function actorFilterPredicate(regionParam: string): string {
  return `($kinds IS NULL OR a.kind IN $kinds)
    AND (${regionParam} IS NULL OR EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(:Region {id: ${regionParam}}) })
    AND ($cluster IS NULL OR EXISTS { (a)-[:MEMBER_OF]->(:Cluster {id: $cluster}) })
    AND ($technology IS NULL OR EXISTS { (a)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${MAX_HIERARCHY_DEPTH}]->(:Technology {id: $technology}) })
    AND ($sizes IS NULL OR a.size IN $sizes)
    AND ($foundedFrom IS NULL OR a.foundedYear >= $foundedFrom)
    AND ($foundedTo IS NULL OR a.foundedYear <= $foundedTo)
    AND ($nameContains IS NULL OR toLower(a.name) CONTAINS $nameContains
         OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))
    AND ($illustrative IS NULL OR coalesce(a.illustrative, false) = $illustrative)
    AND ($sourceContains IS NULL OR any(s IN coalesce(a.sources, []) WHERE toLower(s) CONTAINS $sourceContains))`;
}

/** The parameters of actorFilterPredicate (all but the region, which callers bind themselves). */
export function actorFilterParams(filter: ActorFilterArgs): Record<string, unknown> {
  return {
    kinds: filter.kinds,
    cluster: filter.cluster,
    technology: filter.technology,
    sizes: filter.sizes,
    foundedFrom: filter.foundedFrom,
    foundedTo: filter.foundedTo,
    nameContains: filter.nameContains?.toLowerCase() ?? null,
    illustrative: filter.illustrative,
    sourceContains: filter.sourceContains?.toLowerCase() ?? null,
  };
}
