/**
 * Fixed Cypher fragments the traversal queries share. Each takes a variable name that the calling query fixes
 * in its own text (never input); values always travel as parameters (`$asOf`, `$linkKinds`, ...).
 */
import { ACTOR_KIND_BY_LABEL } from '../../../model';
import { stageProjection } from '../projections';
import type { NetworkScope } from './traversalRecords';

/**
 * Neo4j caches a plan per query text and parameter *types*: a parameter that is sometimes null and sometimes a
 * string costs a fresh plan (a second or more for the larger traversal texts) per combination. So the traversal
 * parameters never change type: "any time" is a flag beside a placeholder date, "no filter" is an empty id or the
 * list of every kind.
 */
const ANY_TIME_PLACEHOLDER = '1970-01-01';

/** `$anyTime` and `$asOf` for validAt, projectRunsAt and spinOffExistsAt; `asOf` is an ISO date or null. */
export function asOfParams(asOf: string | null): { anyTime: boolean; asOf: string } {
  return { anyTime: asOf === null, asOf: asOf ?? ANY_TIME_PLACEHOLDER };
}

/** `$actorKinds`, `$clusterId` and `$regionId` for the actor filters of networkCypher.ts (actorFilter). */
export function actorFilterParams(scope: NetworkScope): { actorKinds: string[]; clusterId: string; regionId: string } {
  return { actorKinds: [...(scope.actorKinds ?? Object.values(ACTOR_KIND_BY_LABEL))], clusterId: scope.clusterId ?? '', regionId: scope.regionId ?? '' };
}

/** True when relationship `r` is valid on `$asOf`, or `$anyTime` (see asOfParams); missing bounds are open. */
export function validAt(r: string): string {
  return `($anyTime OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= date($asOf)) AND (${r}.validTo IS NULL OR ${r}.validTo >= date($asOf))))`;
}

/** True when project `p` runs on `$asOf`: it started on or before and has not ended before. */
export function projectRunsAt(p: string): string {
  return `($anyTime OR ((${p}.startDate IS NULL OR ${p}.startDate <= date($asOf)) AND (${p}.endDate IS NULL OR ${p}.endDate >= date($asOf))))`;
}

/** True when spin-off relation `r` exists on `$asOf`: from its year (or validFrom) on. */
export function spinOffExistsAt(r: string): string {
  return `($anyTime OR ((${r}.year IS NULL OR ${r}.year <= date($asOf).year) AND ${validAt(r)}))`;
}

/** The ValueChainStageRecord a relationship's `stage` id names, or null. */
export function stageOf(r: string): string {
  return `head(COLLECT { MATCH (st:ValueChainStage {id: ${r}.stage}) RETURN ${stageProjection('st')} })`;
}

/** The keys of a link map: NetworkLinkRecord's fields plus `rank` and `via`, which order parallel links. */
export const LINK_KEYS = ['kind', 'rank', 'via', 'source', 'target', 'topic', 'weight', 'model', 'product', 'stage', 'cluster', 'project',
  'since', 'until', 'sources', 'illustrative'] as const;
export type LinkValues = Partial<Record<(typeof LINK_KEYS)[number], string>>;

/**
 * A link map literal with every key of NetworkLinkRecord (plus `rank` and `via` to order by: the kind's rank,
 * then the cluster, project or product that tells parallel links apart); keys not given are null. The values
 * are fixed expressions of the branch that calls it.
 */
export function linkMap(values: LinkValues): string {
  return `{ ${LINK_KEYS.map((key) => `${key}: ${values[key] ?? 'null'}`).join(', ')} }`;
}

/** Sources (both, without repeats) and illustrative flag (either) of a link made of two relationships. */
export function mergedProvenance(r1: string, r2: string): LinkValues {
  return {
    sources: `coalesce(${r1}.sources, []) + [s IN coalesce(${r2}.sources, []) WHERE NOT s IN coalesce(${r1}.sources, [])]`,
    illustrative: `coalesce(${r1}.illustrative, false) OR coalesce(${r2}.illustrative, false)`,
  };
}

/** Sources and illustrative flag of a link that is one relationship, bound to `r`. */
export const OWN_PROVENANCE: LinkValues = { sources: 'coalesce(r.sources, [])', illustrative: 'coalesce(r.illustrative, false)' };

/**
 * Keeps one pair of memberships per (a, b, cluster) when an actor holds several memberships of the same cluster
 * (left and rejoined): a shared cluster is one link. The most recent pair wins, for a stable choice.
 */
export function onePairPerCluster(a: string, b: string, c: string): string {
  return `WITH ${a}, ${b}, ${c}, m1, m2 ORDER BY m1.validFrom DESC, m2.validFrom DESC
      WITH ${a}, ${b}, ${c}, head(collect([m1, m2])) AS memberships
      WITH ${a}, ${b}, ${c}, memberships[0] AS m1, memberships[1] AS m2`;
}
