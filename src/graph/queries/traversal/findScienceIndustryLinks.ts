import type { GraphClient } from '../../graphClient';
import { inlineActorProjection, inlineClusterProjection, projectProjection } from '../projections';
import type { ActorKindValue, ActorRecord } from '../records';
import { linkMap, mergedProvenance, onePairPerCluster, OWN_PROVENANCE } from './traversalCypher';
import { type NetworkLinkRecord } from './traversalRecords';
import { NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../../../model';

/** Points each link kind adds to an institute–company pair's score (documented in schema/traversal.graphql). */
export const SCIENCE_INDUSTRY_WEIGHTS: Readonly<Record<NetworkLinkKindValue, number>> = {
  COLLABORATION: 3,
  SAME_CLUSTER: 1,
  JOINT_PROJECT: 2,
  SUPPLY: 0,
  SPIN_OFF: 3,
};

export interface ScienceIndustryScope {
  /** Exactly one of clusterId and regionId is set. */
  clusterId: string | null;
  regionId: string | null;
}

export interface ScienceIndustryPairRecord {
  institute: ActorRecord;
  company: ActorRecord;
  score: number;
  links: NetworkLinkRecord[];
}

export interface CollaborationTally {
  /** The stored interaction model, when the importer wrote one. */
  model: string | null;
  /** The kinds of the two ends, to derive a missing model. */
  kinds: [ActorKindValue, ActorKindValue];
  count: number;
}

export interface ScienceIndustryRecord {
  instituteCount: number;
  companyCount: number;
  collaborations: CollaborationTally[];
  linkCounts: Record<NetworkLinkKindValue, number>;
  /** Best first; at most `first`. */
  strongestPairs: ScienceIndustryPairRecord[];
}

// Undirected links name the end with the smaller id first, as network links do.
const ENDS = { source: 'CASE WHEN i.id < c.id THEN i.id ELSE c.id END', target: 'CASE WHEN i.id < c.id THEN c.id ELSE i.id END' };

// The scope is a cluster's members or the actors of a region and its sub-regions; the branch of the other
// kind of scope matches nothing because its id parameter is '' (never null, so one cached plan serves both).
// For a cluster scope the scope cluster is not a shared cluster: every pair in scope shares it.
const TEXT = `CALL () {
    MATCH (:Cluster {id: $clusterId})<-[:MEMBER_OF]-(a:Actor) RETURN a
    UNION
    MATCH (:Region {id: $regionId})<-[:PART_OF*0..8]-(:Region)<-[:LOCATED_IN]-(a:Actor) RETURN a
  }
  WITH collect(a) AS scope
  WITH scope, [a IN scope | a.id] AS scopeIds
  CALL (scopeIds) {
    UNWIND scopeIds AS id
    MATCH (x:Actor {id: id})-[r:COLLABORATES_WITH]->(y:Actor)
    WHERE y.id IN scopeIds
    WITH r.model AS model, x.kind AS xKind, y.kind AS yKind, count(*) AS n
    RETURN collect({ model: model, kinds: [xKind, yKind], count: n }) AS collaborations
  }
  CALL (scope, scopeIds) {
    UNWIND scope AS i
    WITH i, scopeIds WHERE i:ResearchInstitute
    CALL (i, scopeIds) {
      MATCH (i)-[r:COLLABORATES_WITH]-(c:Company) WHERE c.id IN scopeIds
      RETURN c, ${linkMap({ kind: "'COLLABORATION'", rank: '0', via: "''", ...ENDS, topic: 'r.topic', weight: 'r.weight', model: 'r.model',
        since: 'r.since', until: 'r.until', ...OWN_PROVENANCE })} AS link
      UNION ALL
      MATCH (i)-[m1:MEMBER_OF]->(cl:Cluster)<-[m2:MEMBER_OF]-(c:Company)
      WHERE c.id IN scopeIds AND cl.id <> $clusterId
      ${onePairPerCluster('i', 'c', 'cl')}
      RETURN c, ${linkMap({ kind: "'SAME_CLUSTER'", rank: '1', via: 'cl.id', ...ENDS, cluster: inlineClusterProjection('cl'), ...mergedProvenance('m1', 'm2') })} AS link
      UNION ALL
      MATCH (i)-[q1:PARTICIPATES_IN]->(p:Project)<-[q2:PARTICIPATES_IN]-(c:Company)
      WHERE c.id IN scopeIds
      RETURN c, ${linkMap({ kind: "'JOINT_PROJECT'", rank: '2', via: 'p.id', ...ENDS, project: projectProjection('p'), since: 'p.start', until: 'p.end',
        ...mergedProvenance('q1', 'q2') })} AS link
      UNION ALL
      MATCH (i)-[r:SPUN_OFF_FROM]-(c:Company) WHERE c.id IN scopeIds
      RETURN c, ${linkMap({ kind: "'SPIN_OFF'", rank: '4', via: "''", source: 'startNode(r).id', target: 'endNode(r).id', since: 'toString(toInteger(r.year))',
        ...OWN_PROVENANCE })} AS link
    }
    WITH i, c, link ORDER BY link.rank, link.via
    WITH i, c, collect(link) AS links
    WITH i, c, links, reduce(s = 0, l IN links | s + $weights[l.kind]) AS score
    ORDER BY score DESC, i.name, c.name, i.id, c.id
    RETURN collect({ i: i, c: c, links: links, score: score }) AS pairs
  }
  CALL (pairs) {
    UNWIND pairs[0..toInteger($first)] AS pair
    WITH pair, pair.i AS i, pair.c AS c
    RETURN collect({ institute: ${inlineActorProjection('i')}, company: ${inlineActorProjection('c')}, score: pair.score, links: pair.links }) AS strongestPairs
  }
  RETURN size([a IN scope WHERE a:ResearchInstitute]) AS instituteCount,
    size([a IN scope WHERE a:Company]) AS companyCount,
    collaborations,
    [k IN $linkKinds | reduce(n = 0, pair IN pairs | n + size([l IN pair.links WHERE l.kind = k]))] AS linkCounts,
    strongestPairs`;

/**
 * Links between the research institutes and the companies in a scope, with collaboration counts by model and
 * the strongest pairs, in one round trip.
 */
export async function findScienceIndustryLinks(graph: GraphClient, scope: ScienceIndustryScope, first: number): Promise<ScienceIndustryRecord> {
  const [row] = await graph.read({
    name: 'traversal_science_industry',
    text: TEXT,
    params: { clusterId: scope.clusterId ?? '', regionId: scope.regionId ?? '', first, weights: SCIENCE_INDUSTRY_WEIGHTS, linkKinds: NETWORK_LINK_KINDS },
  });
  if (!row) throw new Error('the science–industry query returned no row');
  const counts = row['linkCounts'] as number[];
  const pairs = row['strongestPairs'] as unknown as Array<Omit<ScienceIndustryPairRecord, 'links'> & { links: Array<NetworkLinkRecord & { rank: number; via: string }> }>;
  return {
    instituteCount: row['instituteCount'] as number,
    companyCount: row['companyCount'] as number,
    collaborations: row['collaborations'] as unknown as CollaborationTally[],
    linkCounts: Object.fromEntries(NETWORK_LINK_KINDS.map((kind, i) => [kind, counts[i] ?? 0])) as Record<NetworkLinkKindValue, number>,
    strongestPairs: pairs.map((pair) => ({ ...pair, links: pair.links.map(({ rank: _rank, via: _via, ...link }) => link) })),
  };
}
