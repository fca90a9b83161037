/**
 * The Cypher fragments of each link kind of the registry (src/model/linkKinds.ts), keyed by kind: a kind added
 * to the registry without its fragments does not compile. Every network text (levels, shortest paths, frontier,
 * details) and the science–industry text is assembled from these; ranks are registry positions.
 */
import { LINK_KIND_TABLE, rankOfKind, type NetworkLinkKindValue } from '../../../model/linkKinds';
import { optionalPredicate } from '../optionalPredicate';
import { inlineClusterProjection, projectProjection } from '../projections';
import { mergedProvenance, OWN_PROVENANCE, projectRunsAt, spinOffExistsAt, stageOf, validAt, type LinkValues } from './traversalCypher';

export interface KindFragments {
  /**
   * The pattern from actor `a` to actor `b` (b gets the label Actor). `stored`: follow the stored direction (a at
   * its start); else read undirected.
   */
  pattern(a: string, b: string, stored: boolean): string;
  /** The relationship variables of the pattern: each must be valid on `$asOf` and cited when asked. */
  relationships: readonly string[];
  /** The node the two actors share (`k` a cluster, `p` a project), or null. */
  shared: string | null;
  /** True when the pattern's link exists on `$asOf` (already switched by `$timed`). */
  validOn: string;
  /** The kind's own optional filters (each an optionalPredicate). */
  filters: readonly string[];
  /**
   * Between matching and returning a link: keeps one row per pair and shared node (an actor that left a cluster
   * and rejoined holds two memberships, still one shared cluster).
   */
  dedupe: ((a: string, b: string) => string) | null;
  /** The link map values, `a` and `b` being the pattern's ends (see LinkValues). */
  link(a: string, b: string): LinkValues;
}

// Undirected links name the end with the smaller id as the source.
const smaller = (a: string, b: string): string => `CASE WHEN ${a}.id < ${b}.id THEN ${a}.id ELSE ${b}.id END`;
const larger = (a: string, b: string): string => `CASE WHEN ${a}.id < ${b}.id THEN ${b}.id ELSE ${a}.id END`;

// SAME_CLUSTER: the pair is linked from the later of the two memberships' starts to the earlier of their ends.
const LATER_START = `CASE WHEN m2.validFrom IS NULL OR (m1.validFrom IS NOT NULL AND m1.validFrom >= m2.validFrom) THEN coalesce(m1.since, m2.since) ELSE m2.since END`;
const EARLIER_END = `CASE WHEN m2.validTo IS NULL OR (m1.validTo IS NOT NULL AND m1.validTo <= m2.validTo) THEN coalesce(m1.until, m2.until) ELSE m2.until END`;

const arrow = (stored: boolean, type: string, r: string): string => (stored ? `-[${r}:${type}]->` : `-[${r}:${type}]-`);

export const KIND_CYPHER: { readonly [K in NetworkLinkKindValue]: KindFragments } = {
  COLLABORATION: {
    pattern: (a, b, stored) => `(${a})${arrow(stored, 'COLLABORATES_WITH', 'r')}(${b}:Actor)`,
    relationships: ['r'],
    shared: null,
    validOn: validAt('r'),
    filters: [optionalPredicate('byWeight', 'r.weight >= $minWeight')],
    dedupe: null,
    link: (a, b) => ({ source: smaller(a, b), target: larger(a, b), topic: 'r.topic', weight: 'r.weight', model: 'r.model', since: 'r.since', until: 'r.until', ...OWN_PROVENANCE }),
  },
  SAME_CLUSTER: {
    pattern: (a, b) => `(${a})-[m1:MEMBER_OF]->(k:Cluster)<-[m2:MEMBER_OF]-(${b}:Actor)`,
    relationships: ['m1', 'm2'],
    shared: 'k',
    validOn: `${validAt('m1')} AND ${validAt('m2')}`,
    filters: [],
    dedupe: (a, b) => `WITH ${a}, ${b}, k, m1, m2 ORDER BY m1.validFrom DESC, m2.validFrom DESC
      WITH ${a}, ${b}, k, head(collect([m1, m2])) AS memberships
      WITH ${a}, ${b}, k, memberships[0] AS m1, memberships[1] AS m2`,
    link: (a, b) => ({ via: 'k.id', source: smaller(a, b), target: larger(a, b), cluster: inlineClusterProjection('k'), since: LATER_START, until: EARLIER_END, ...mergedProvenance('m1', 'm2') }),
  },
  JOINT_PROJECT: {
    pattern: (a, b) => `(${a})-[q1:PARTICIPATES_IN]->(p:Project)<-[q2:PARTICIPATES_IN]-(${b}:Actor)`,
    relationships: ['q1', 'q2'],
    shared: 'p',
    validOn: `${projectRunsAt('p')} AND ${validAt('q1')} AND ${validAt('q2')}`,
    filters: [],
    dedupe: null,
    link: (a, b) => ({ via: 'p.id', source: smaller(a, b), target: larger(a, b), project: projectProjection('p'), since: 'p.start', until: 'p.end', ...mergedProvenance('q1', 'q2') }),
  },
  SUPPLY: {
    pattern: (a, b, stored) => `(${a})${arrow(stored, 'SUPPLIES', 'r')}(${b}:Actor)`,
    relationships: ['r'],
    shared: null,
    validOn: validAt('r'),
    filters: [],
    dedupe: null,
    link: () => ({ via: "coalesce(r.stage, '') + '|' + coalesce(r.product, '')", source: 'startNode(r).id', target: 'endNode(r).id', product: 'r.product', stage: stageOf('r'),
      since: 'r.since', until: 'r.until', ...OWN_PROVENANCE }),
  },
  SPIN_OFF: {
    pattern: (a, b, stored) => `(${a})${arrow(stored, 'SPUN_OFF_FROM', 'r')}(${b}:Actor)`,
    relationships: ['r'],
    shared: null,
    // A spin-off holds from its year on (or its validFrom).
    validOn: spinOffExistsAt('r'),
    filters: [],
    dedupe: null,
    link: () => ({ via: "''", source: 'startNode(r).id', target: 'endNode(r).id', since: 'toString(toInteger(r.year))', ...OWN_PROVENANCE }),
  },
};

/** Whether the registry says the kind's direction means something. */
export function isDirected(kind: NetworkLinkKindValue): boolean {
  return LINK_KIND_TABLE[rankOfKind(kind)]?.directed ?? false;
}

/**
 * Every predicate a link of `kind` must pass (validity when `$timed`, cited relationships and shared node when `$citedOnly`, the
 * kind's own filters), joined by AND.
 */
export function linkPredicates(kind: NetworkLinkKindValue): string {
  const fragments = KIND_CYPHER[kind];
  return [
    fragments.validOn,
    // With CITED, a sample cluster or project links nobody, as a sample relationship does not.
    ...[...fragments.relationships, ...(fragments.shared === null ? [] : [fragments.shared])].map((x) => optionalPredicate('citedOnly', `NOT coalesce(${x}.illustrative, false)`)),
    ...fragments.filters,
  ].join(' AND ');
}

/** A guard that switches a kind's branch off unless `$linkKinds` holds it (a parameter, so one text serves every set of kinds). */
export function kindGuard(kind: NetworkLinkKindValue, from: string): string {
  return `WITH ${from} WHERE '${kind}' IN $linkKinds`;
}
