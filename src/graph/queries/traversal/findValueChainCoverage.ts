import type { GraphClient } from '../../graphClient';
import { statementSet } from '../statementSet';
import { inlineActorProjection, inlineClusterProjection, stageProjection } from '../projections';
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
const TEXT = `MATCH (cl:Cluster {id: $clusterId}), (vc:ValueChain {id: $valueChainId})
  CALL (cl) {
    MATCH (m:Actor)-[:MEMBER_OF]->(cl)
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
      MATCH (m:Actor)-[:ACTIVE_IN]->(st) WHERE m IN members
      WITH DISTINCT m ORDER BY m.name, m.id
      RETURN collect(${inlineActorProjection('m')}) AS covering
    }
    CALL (st, members, ref, covering) {
      MATCH (x:Actor)-[:ACTIVE_IN]->(st)
      WHERE size(covering) = 0 AND ref IS NOT NULL AND x.location IS NOT NULL AND NOT x IN members
      WITH DISTINCT x, point.distance(x.location, ref) / 1000.0 AS km
      ORDER BY km, x.name, x.id LIMIT toInteger($candidates)
      OPTIONAL MATCH p = ANY SHORTEST (x)-[:COLLABORATES_WITH|SUPPLIES]-{1,${COVERAGE_MAX_HOPS}}(m:Actor WHERE m IN members)
      WITH x, km, min(length(p)) AS hops ORDER BY km, x.name, x.id
      RETURN collect({ actor: ${inlineActorProjection('x')}, distanceKm: km, hops: hops }) AS byGeography
    }
    CALL (st, members, ref, covering) {
      MATCH (x:Actor)-[:ACTIVE_IN]->(st)
      WHERE size(covering) = 0 AND NOT x IN members
      MATCH p = ANY SHORTEST (x)-[:COLLABORATES_WITH|SUPPLIES]-{1,${COVERAGE_MAX_HOPS}}(m:Actor WHERE m IN members)
      WITH x, min(length(p)) AS hops
      ORDER BY hops, x.name, x.id LIMIT toInteger($candidates)
      RETURN collect({ actor: ${inlineActorProjection('x')}, hops: hops,
        distanceKm: CASE WHEN ref IS NULL OR x.location IS NULL THEN null ELSE point.distance(x.location, ref) / 1000.0 END }) AS byNetwork
    }
    WITH st, covering, byGeography, byNetwork ORDER BY st.order, st.id
    RETURN collect({ stage: ${stageProjection('st')}, members: covering, nearestByGeography: byGeography, nearestByNetwork: byNetwork }) AS stages
  }
  RETURN ${inlineClusterProjection('cl')} AS cluster, vc { .id, .name, .description } AS valueChain, ref, refSource, stages`;

const VALUE_CHAIN_COVERAGE = statementSet('traversal_value_chain_coverage', [{ variant: '', text: TEXT }], { clusterId: '', valueChainId: '', candidates: 1 });

/** Every text this module runs (for plan warming and the snapshot test). */
export const VALUE_CHAIN_COVERAGE_STATEMENTS = [VALUE_CHAIN_COVERAGE];

/**
 * A cluster's coverage of a value chain's stages, and for each missing stage the nearest outside actors active in
 * it, by geography and by network distance, in one round trip. Null when the cluster or value chain is unknown.
 */
export async function findValueChainCoverage(
  graph: GraphClient,
  args: { clusterId: string; valueChainId: string; candidatesPerStage: number },
): Promise<ValueChainCoverageRecord | null> {
  const [row] = await graph.read(VALUE_CHAIN_COVERAGE.statement('', { clusterId: args.clusterId, valueChainId: args.valueChainId, candidates: args.candidatesPerStage }));
  if (!row) return null;
  const stages = row['stages'] as unknown as StageCoverageRecord[];
  return {
    cluster: row['cluster'] as unknown as ClusterRecord,
    valueChain: row['valueChain'] as unknown as ValueChainRecord,
    referencePoint: (row['ref'] as unknown as GeoPointRecord | null) ?? null,
    referencePointSource: row['refSource'] as ReferencePointSourceValue,
    stages,
  };
}
