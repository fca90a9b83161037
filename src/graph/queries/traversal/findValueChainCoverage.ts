import { evidenceParams, type EvidenceLevel } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { asOfParams, cited, validAt } from './traversalCypher';
import { inlineActorProjection, inlineClusterProjection, stageProjection, valueChainProjection } from '../projections';
import type { ActorRecord, ClusterRecord, GeoPointRecord, ValueChainRecord, ValueChainStageRecord } from '../records';


export const MAX_COVERAGE_CANDIDATES = 20;
/** Network distance to the cluster is counted up to this many hops. */
export const COVERAGE_MAX_HOPS = 3;

export type ReferencePointSourceValue = 'CLUSTER_LOCATION' | 'MEMBER_CENTROID' | 'NONE';

export interface CoverageCandidateRecord {
  actor: ActorRecord;
  distanceKm: number | null;
  hops: number | null;
}

export interface StageCoverageRecord {
  stage: ValueChainStageRecord;
  members: ActorRecord[];
  nearestByGeography: CoverageCandidateRecord[];
  nearestByNetwork: CoverageCandidateRecord[];
}

export interface ValueChainCoverageRecord {
  cluster: ClusterRecord;
  valueChain: ValueChainRecord;
  referencePoint: GeoPointRecord | null;
  referencePointSource: ReferencePointSourceValue;
  stages: StageCoverageRecord[];
}

// The reference point: the cluster's location, else the mean latitude and longitude of its located members
// (fine at the scale of a region; no cluster spans the antimeridian). Candidates are computed for missing stages
// only; each candidate carries both measures (the other one null when unknown) so a client can weigh them.
//
// `$timed`/`$asOf`: memberships and the network's links valid on that day. `$citedOnly`: no sample membership,
// activity, relation or actor is used (members, candidates and the actors a network path runs through). The ids
// are checked in the same statement (REFERENCES_CALL), the rest runs only when both name what they should.
const hop = `(()-[h:COLLABORATES_WITH|SUPPLIES WHERE ${validAt('h')} AND ${cited('h')}]-(z WHERE ${cited('z')})){1,${COVERAGE_MAX_HOPS}}`;
const TEXT = `${REFERENCES_CALL}
  OPTIONAL CALL () {
  MATCH (cl:Cluster {id: $clusterId}), (vc:ValueChain {id: $valueChainId})
  CALL (cl) {
    MATCH (m:Actor)-[mf:MEMBER_OF]->(cl)
    WHERE ${validAt('mf')} AND ${cited('mf')} AND ${cited('m')}
    RETURN collect(DISTINCT m) AS members
  }
  WITH cl, vc, members, [m IN members WHERE m.location IS NOT NULL] AS located
  WITH cl, vc, members,
    CASE WHEN cl.location IS NOT NULL THEN 'CLUSTER_LOCATION' WHEN size(located) > 0 THEN 'MEMBER_CENTROID' ELSE 'NONE' END AS refSource,
    CASE WHEN cl.location IS NOT NULL THEN cl.location
      WHEN size(located) > 0 THEN point({
        latitude: reduce(s = 0.0, m IN located | s + m.location.latitude) / size(located),
        longitude: reduce(s = 0.0, m IN located | s + m.location.longitude) / size(located) })
      ELSE null END AS ref
  CALL (vc, members, ref) {
    MATCH (st:ValueChainStage)-[:STAGE_OF]->(vc)
    CALL (st, members) {
      MATCH (m:Actor)-[ai:ACTIVE_IN]->(st) WHERE m IN members AND ${cited('ai')}
      WITH DISTINCT m ORDER BY m.name, m.id
      RETURN collect(${inlineActorProjection('m')}) AS covering
    }
    CALL (st, members, ref, covering) {
      MATCH (x:Actor)-[ai:ACTIVE_IN]->(st)
      WHERE size(covering) = 0 AND ref IS NOT NULL AND x.location IS NOT NULL AND NOT x IN members AND ${cited('ai')} AND ${cited('x')}
      WITH DISTINCT x, point.distance(x.location, ref) / 1000.0 AS km
      ORDER BY km, x.name, x.id LIMIT toInteger($candidates)
      OPTIONAL MATCH p = ANY SHORTEST (x)${hop}(m:Actor WHERE m IN members)
      WITH x, km, min(length(p)) AS hops ORDER BY km, x.name, x.id
      RETURN collect({ actor: ${inlineActorProjection('x')}, distanceKm: km, hops: hops }) AS byGeography
    }
    CALL (st, members, ref, covering) {
      MATCH (x:Actor)-[ai:ACTIVE_IN]->(st)
      WHERE size(covering) = 0 AND NOT x IN members AND ${cited('ai')} AND ${cited('x')}
      MATCH p = ANY SHORTEST (x)${hop}(m:Actor WHERE m IN members)
      WITH x, min(length(p)) AS hops
      ORDER BY hops, x.name, x.id LIMIT toInteger($candidates)
      RETURN collect({ actor: ${inlineActorProjection('x')}, hops: hops,
        distanceKm: CASE WHEN ref IS NULL OR x.location IS NULL THEN null ELSE point.distance(x.location, ref) / 1000.0 END }) AS byNetwork
    }
    WITH st, covering, byGeography, byNetwork ORDER BY st.order, st.id
    RETURN collect({ stage: ${stageProjection('st')}, members: covering, nearestByGeography: byGeography, nearestByNetwork: byNetwork }) AS stages
  }
  RETURN ${inlineClusterProjection('cl')} AS cluster, ${valueChainProjection('vc')} AS valueChain, ref, refSource, stages
  }
  RETURN references, cluster, valueChain, ref, refSource, stages`;

const VALUE_CHAIN_COVERAGE = statementSet('traversal_value_chain_coverage', [{ variant: '', text: TEXT }], {
  clusterId: '', valueChainId: '', candidates: 1, ...asOfParams(null), ...evidenceParams('ALL'), ...SAMPLE_REFERENCES,
});

/** Every text this module runs (for plan warming and the snapshot test). */
export const VALUE_CHAIN_COVERAGE_STATEMENTS = [VALUE_CHAIN_COVERAGE];

/**
 * A cluster's coverage of a value chain's stages, and for each missing stage the nearest outside actors active in
 * it, by geography and by network distance, in one round trip. An unknown id is NOT_FOUND, an id of another kind
 * BAD_USER_INPUT (checked in the same statement).
 */
export async function findValueChainCoverage(
  graph: GraphClient,
  args: { clusterId: string; valueChainId: string; candidatesPerStage: number; asOf?: string | null; evidence?: EvidenceLevel | null },
): Promise<ValueChainCoverageRecord | null> {
  const references: Reference[] = [
    { argument: 'cluster', id: args.clusterId, label: 'Cluster' },
    { argument: 'valueChain', id: args.valueChainId, label: 'ValueChain' },
  ];
  const [row] = await graph.read(VALUE_CHAIN_COVERAGE.statement('', {
    clusterId: args.clusterId, valueChainId: args.valueChainId, candidates: args.candidatesPerStage,
    ...asOfParams(args.asOf ?? null), ...evidenceParams(args.evidence), ...referenceParams(references),
  }));
  checkReferences(references, row?.['references']);
  if (!row || row['cluster'] === null) return null;
  const stages = row['stages'] as unknown as StageCoverageRecord[];
  return {
    cluster: row['cluster'] as unknown as ClusterRecord,
    valueChain: row['valueChain'] as unknown as ValueChainRecord,
    referencePoint: (row['ref'] as unknown as GeoPointRecord | null) ?? null,
    referencePointSource: row['refSource'] as ReferencePointSourceValue,
    stages,
  };
}
