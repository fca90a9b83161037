/**
 * Fixed Cypher fragments of the network traversals (partnerNetwork, shortestConnection), one per link kind, and
 * the texts assembled from them per set of link kinds.
 *
 * Why texts per set of kinds and filters rather than one text that switches everything by parameter: a UNION
 * branch switched off by `'X' IN $linkKinds` was cheap (PROFILE: the planner filters on the parameter before it
 * expands), but predicates switched off by parameter were not: `$anyTime OR <dates>` read validFrom/validTo of
 * every relationship expanded, and `n.kind IN $actorKinds` with every kind read each candidate's kind. Leaving
 * them out of the text saved about a tenth of the db hits of a depth-3 network. The texts are built from the
 * fixed fragments below in NETWORK_LINK_KINDS order, chosen by the checked kind values and filter flags
 * (NetworkTextSpec), never by input text.
 */
import { inlineClusterProjection, projectProjection } from '../projections';
import { LINK_KEYS, linkMap, mergedProvenance, onePairPerCluster, OWN_PROVENANCE, projectRunsAt, spinOffExistsAt, stageOf, validAt } from './traversalCypher';
import { type NetworkScope } from './traversalRecords';
import { NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../../../model';

/**
 * What a network text is built for: the kinds to follow, and which of the scope's filters are in force (a filter
 * that is off has no predicate in the text). Up to 31 kind sets × 16 filter combinations; only those asked for
 * are ever built.
 */
export interface NetworkTextSpec {
  /** Never empty, in rank order. */
  kinds: readonly NetworkLinkKindValue[];
  timed: boolean;
  actorKinds: boolean;
  cluster: boolean;
  region: boolean;
}

export function networkTextSpec(scope: NetworkScope): NetworkTextSpec {
  const kinds = NETWORK_LINK_KINDS.filter((kind) => scope.linkKinds.includes(kind));
  if (kinds.length === 0) throw new RangeError('a network traversal needs at least one link kind');
  return { kinds, timed: scope.asOf !== null, actorKinds: scope.actorKinds !== null, cluster: scope.clusterId !== null, region: scope.regionId !== null };
}

/** A cache key naming a spec exactly (and so the text built from it). */
export function specKey(spec: NetworkTextSpec): string {
  return [spec.kinds.join(','), spec.timed, spec.actorKinds, spec.cluster, spec.region].join('|');
}

/** `validAt(r)` when the spec is timed, else nothing to check. */
function valid(spec: NetworkTextSpec, predicate: string): string {
  return spec.timed ? predicate : 'true';
}

/**
 * The actor filters in force, on actor `n` (see actorFilterParams for the parameters): kinds, a membership of
 * `$clusterId` valid on `$asOf`, a location in `$regionId` or a sub-region (regions nest a few levels at most).
 */
export function actorFilter(spec: NetworkTextSpec, n: string): string {
  const parts = [
    ...(spec.actorKinds ? [`${n}.kind IN $actorKinds`] : []),
    ...(spec.cluster ? [`EXISTS { MATCH (${n})-[mf:MEMBER_OF]->(:Cluster {id: $clusterId}) WHERE ${valid(spec, validAt('mf'))} }`] : []),
    ...(spec.region ? [`EXISTS { MATCH (${n})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId}) }`] : []),
  ];
  return parts.length === 0 ? 'true' : parts.join(' AND ');
}

/** Each kind's rank is its index in NETWORK_LINK_KINDS: the order that breaks ties between parallel kinds. */
export function kindOfRank(rank: number): NetworkLinkKindValue {
  const kind = NETWORK_LINK_KINDS[rank];
  if (kind === undefined) throw new RangeError(`no link kind has rank ${rank}`);
  return kind;
}

/** From actor `f` to each neighbour `n` over one kind, valid on `$asOf` when timed, with the kind's rank. */
function neighbourBranch(spec: NetworkTextSpec, kind: NetworkLinkKindValue): string {
  switch (kind) {
    case 'COLLABORATION':
      return `MATCH (f)-[r:COLLABORATES_WITH]-(n:Actor)
      WHERE ${valid(spec, validAt('r'))}
      RETURN n, 0 AS rank`;
    case 'SAME_CLUSTER':
      return `MATCH (f)-[m1:MEMBER_OF]->(:Cluster)<-[m2:MEMBER_OF]-(n:Actor)
      WHERE ${valid(spec, `${validAt('m1')} AND ${validAt('m2')}`)}
      RETURN n, 1 AS rank`;
    case 'JOINT_PROJECT':
      return `MATCH (f)-[q1:PARTICIPATES_IN]->(pr:Project)<-[q2:PARTICIPATES_IN]-(n:Actor)
      WHERE ${valid(spec, `${projectRunsAt('pr')} AND ${validAt('q1')} AND ${validAt('q2')}`)}
      RETURN n, 2 AS rank`;
    case 'SUPPLY':
      return `MATCH (f)-[r:SUPPLIES]-(n:Actor)
      WHERE ${valid(spec, validAt('r'))}
      RETURN n, 3 AS rank`;
    case 'SPIN_OFF':
      // The year still counts without a date: spinOffExistsAt is true for any time.
      return `MATCH (f)-[r:SPUN_OFF_FROM]-(n:Actor)
      WHERE ${valid(spec, spinOffExistsAt('r'))}
      RETURN n, 4 AS rank`;
  }
}

/**
 * A subquery body over an imported actor `f` that returns `n, rank` for every neighbour over the spec's kinds
 * (one row per link; the caller picks one). Repeats are harmless, so UNION ALL spares the deduplication.
 */
export function neighboursOf(spec: NetworkTextSpec): string {
  return spec.kinds.map((kind) => neighbourBranch(spec, kind)).join('\n    UNION ALL\n    ');
}

// SAME_CLUSTER: the pair is linked from the later of the two memberships' starts to the earlier of their ends.
const LATER_START = `CASE WHEN m2.validFrom IS NULL OR (m1.validFrom IS NOT NULL AND m1.validFrom >= m2.validFrom) THEN coalesce(m1.since, m2.since) ELSE m2.since END`;
const EARLIER_END = `CASE WHEN m2.validTo IS NULL OR (m1.validTo IS NOT NULL AND m1.validTo <= m2.validTo) THEN coalesce(m1.until, m2.until) ELSE m2.until END`;

/**
 * Every link of one kind between two of the actors `$ids`, valid on `$asOf` when timed, as a link map (see
 * linkMap). Undirected kinds come once, from the end with the smaller id.
 *
 * The ids travel as a parameter, not as a list variable of the statement: Neo4j's memory accounting charges each
 * row the link sort buffers with every value in scope, and a list of 1000 nodes in scope took 5000 buffered links
 * over the transaction memory limit.
 */
function linkBranch(spec: NetworkTextSpec, kind: NetworkLinkKindValue): string {
  const from = 'UNWIND $ids AS id\n      MATCH (a:Actor {id: id})';
  switch (kind) {
    case 'COLLABORATION':
      return `${from}-[r:COLLABORATES_WITH]-(b:Actor)
      WHERE a.id < b.id AND b.id IN $ids AND ${valid(spec, validAt('r'))}
      RETURN ${linkMap({ kind: "'COLLABORATION'", rank: '0', via: "''", source: 'a.id', target: 'b.id', topic: 'r.topic', weight: 'r.weight',
        model: 'r.model', since: 'r.since', until: 'r.until', ...OWN_PROVENANCE })} AS link`;
    case 'SAME_CLUSTER':
      return `${from}-[m1:MEMBER_OF]->(k:Cluster)<-[m2:MEMBER_OF]-(b:Actor)
      WHERE a.id < b.id AND b.id IN $ids AND ${valid(spec, `${validAt('m1')} AND ${validAt('m2')}`)}
      ${onePairPerCluster('a', 'b', 'k')}
      RETURN ${linkMap({ kind: "'SAME_CLUSTER'", rank: '1', via: 'k.id', source: 'a.id', target: 'b.id', cluster: inlineClusterProjection('k'),
        since: LATER_START, until: EARLIER_END, ...mergedProvenance('m1', 'm2') })} AS link`;
    case 'JOINT_PROJECT':
      return `${from}-[q1:PARTICIPATES_IN]->(p:Project)<-[q2:PARTICIPATES_IN]-(b:Actor)
      WHERE a.id < b.id AND b.id IN $ids AND ${valid(spec, `${projectRunsAt('p')} AND ${validAt('q1')} AND ${validAt('q2')}`)}
      RETURN ${linkMap({ kind: "'JOINT_PROJECT'", rank: '2', via: 'p.id', source: 'a.id', target: 'b.id', project: projectProjection('p'),
        since: 'p.start', until: 'p.end', ...mergedProvenance('q1', 'q2') })} AS link`;
    case 'SUPPLY':
      return `${from}-[r:SUPPLIES]->(b:Actor)
      WHERE b.id IN $ids AND ${valid(spec, validAt('r'))}
      RETURN ${linkMap({ kind: "'SUPPLY'", rank: '3', via: "coalesce(r.stage, '') + '|' + coalesce(r.product, '')", source: 'a.id', target: 'b.id',
        product: 'r.product', stage: stageOf('r'), since: 'r.since', until: 'r.until', ...OWN_PROVENANCE })} AS link`;
    case 'SPIN_OFF':
      return `${from}-[r:SPUN_OFF_FROM]->(b:Actor)
      WHERE b.id IN $ids AND ${valid(spec, spinOffExistsAt('r'))}
      RETURN ${linkMap({ kind: "'SPIN_OFF'", rank: '4', via: "''", source: 'a.id', target: 'b.id', since: 'toString(toInteger(r.year))', ...OWN_PROVENANCE })} AS link`;
  }
}

/**
 * A link map as a list of its values in LINK_KEYS order. Hundreds of links with sixteen keys each spent most of
 * a network request decoding the same key names in the driver; a list carries the values only (linkFromTuple
 * restores the map).
 */
function linkTuple(link: string): string {
  return `[${LINK_KEYS.map((key) => `${link}.${key}`).join(', ')}]`;
}

/** The link map of a linkTuple list. */
export function linkFromTuple(values: readonly unknown[]): Record<(typeof LINK_KEYS)[number], unknown> {
  return Object.fromEntries(LINK_KEYS.map((key, i) => [key, values[i] ?? null])) as Record<(typeof LINK_KEYS)[number], unknown>;
}

/**
 * A `CALL` that returns `links` (each a linkTuple): every link of the spec's kinds among the actors `$ids`, ordered by source,
 * target, kind rank and via, at most `$maxLinks`. Put it where nothing large is in scope (see linkBranch).
 */
export function linksAmong(spec: NetworkTextSpec): string {
  const branches = spec.kinds.map((kind) => linkBranch(spec, kind)).join('\n      UNION ALL\n      ');
  return `CALL () {
    CALL () {
      ${branches}
    }
    WITH link ORDER BY link.source, link.target, link.rank, link.via
    LIMIT toInteger($maxLinks)
    RETURN collect(${linkTuple('link')}) AS links
  }`;
}

/** Texts built on first use per spec, so only the combinations in use are ever built (and planned by Neo4j). */
export function textCache<S>(keyOf: (spec: S) => string, build: (spec: S) => string): (spec: S) => string {
  const texts = new Map<string, string>();
  return (spec) => {
    const key = keyOf(spec);
    let text = texts.get(key);
    if (text === undefined) {
      text = build(spec);
      texts.set(key, text);
    }
    return text;
  };
}
