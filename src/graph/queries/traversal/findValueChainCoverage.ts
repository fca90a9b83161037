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
//
// Network distance: one breadth-first search outward from all members at once, only when some stage is missing
// (none when every stage is covered). It was one `ANY SHORTEST` towards the members per actor active in a missing
// stage, thousands at 100k actors: 148 s for a 131-member cluster (docs/traversals.md, valueChainCoverage). Each
// level expands the previous level's newly reached nodes; the nodes already seen are dropped by grouping on the
// node (min level, a hash aggregation) rather than testing membership in a list, which scans it per row. A node
// is reached only over a valid and cited relationship and only if it is cited itself, as the hops of the former
// path pattern required of every node after its start; the level of a node is then its fewest hops to a member.
const link = `[h:COLLABORATES_WITH|SUPPLIES WHERE ${validAt('h')} AND ${cited('h')}]`;

// Each level expands in one of two branches: without `asOf` and `evidence: CITED` (the usual question) the
// expansion checks nothing, else every relationship and node is checked. The switch is tested once per frontier
// node, not on each of the ~560k relationships level 3 expands at 100k actors: the switched predicates cost a
// Filter on every expanded row even when off (three `$q` lookups each), 15–20 % of Neo4j's CPU for the statement
// (docs/traversals.md, valueChainCoverage).
const CHECKS_ON = '($timed OR $citedOnly)';

/** The nodes within `level` hops of the members as `{n, d}` (fewest hops d), from those within `level - 1` in `prev`. */
function searchLevel(level: number, prev: string, next: string): string {
  return `CALL (${prev}) {
    CALL (${prev}) {
      UNWIND ${prev} AS s
      RETURN s.n AS n, s.d AS d
      UNION ALL
      UNWIND ${prev} AS s
      WITH s.n AS f WHERE s.d = ${level - 1} AND NOT ${CHECKS_ON}
      MATCH (f)-[:COLLABORATES_WITH|SUPPLIES]-(n)
      RETURN DISTINCT n, ${level} AS d
      UNION ALL
      UNWIND ${prev} AS s
      WITH s.n AS f WHERE s.d = ${level - 1} AND ${CHECKS_ON}
      MATCH (f)-${link}-(n WHERE ${cited('n')})
      RETURN DISTINCT n, ${level} AS d
    }
    WITH n, min(d) AS d
    RETURN collect({ n: n, d: d }) AS ${next}
  }`;
}

const LEVELS = Array.from({ length: COVERAGE_MAX_HOPS }, (_, i) => searchLevel(i + 1, `reached${i}`, `reached${i + 1}`)).join('\n  ');

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
  CALL (vc, members) {
    MATCH (st:ValueChainStage)-[:STAGE_OF]->(vc)
    CALL (st, members) {
      MATCH (m:Actor)-[ai:ACTIVE_IN]->(st) WHERE m IN members AND ${cited('ai')}
      WITH DISTINCT m ORDER BY m.name, m.id
      RETURN collect(${inlineActorProjection('m')}) AS covering
    }
    RETURN collect({ st: st, covering: covering }) AS covered
  }
  // Level 0 is the members; with every stage covered the search starts from nothing and reads nothing.
  WITH cl, vc, members, refSource, ref, covered,
    [m IN CASE WHEN any(c IN covered WHERE size(c.covering) = 0) THEN members ELSE [] END | { n: m, d: 0 }] AS reached0
  ${LEVELS}
  CALL (covered, members, ref, reached${COVERAGE_MAX_HOPS}) {
    UNWIND covered AS c
    WITH c.st AS st, c.covering AS covering
    // The actors active in the stage within reach, with their hops: the reached nodes (members, level 0, left
    // out) and the stage's actors are joined on the node by grouping both together, which reads nothing more
    // (matching each reached node to the stage read its relationships: 4.2M db hits at 100k actors).
    CALL (st, covering, reached${COVERAGE_MAX_HOPS}) {
      CALL (st, covering, reached${COVERAGE_MAX_HOPS}) {
        UNWIND CASE WHEN size(covering) = 0 THEN reached${COVERAGE_MAX_HOPS} ELSE [] END AS r
        RETURN r.n AS x, r.d AS hops, 0 AS active
        UNION ALL
        MATCH (x:Actor)-[ai:ACTIVE_IN]->(st)
        WHERE size(covering) = 0 AND ${cited('ai')} AND ${cited('x')}
        RETURN x, null AS hops, 1 AS active
      }
      WITH x, min(hops) AS hops, max(active) AS active
      WHERE active = 1 AND hops > 0
      RETURN collect({ x: x, hops: hops }) AS linked
    }
    CALL (st, members, ref, covering, linked) {
      MATCH (x:Actor)-[ai:ACTIVE_IN]->(st)
      WHERE size(covering) = 0 AND ref IS NOT NULL AND x.location IS NOT NULL AND NOT x IN members AND ${cited('ai')} AND ${cited('x')}
      WITH DISTINCT x, point.distance(x.location, ref) / 1000.0 AS km
      ORDER BY km, x.name, x.id LIMIT toInteger($candidates)
      // At most $candidates rows, each scanning the stage's actors within reach once.
      WITH x, km, head([l IN linked WHERE l.x = x | l.hops]) AS hops ORDER BY km, x.name, x.id
      RETURN collect({ actor: ${inlineActorProjection('x')}, distanceKm: km, hops: hops }) AS byGeography
    }
    CALL (ref, linked) {
      UNWIND linked AS l
      WITH l.x AS x, l.hops AS hops
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
