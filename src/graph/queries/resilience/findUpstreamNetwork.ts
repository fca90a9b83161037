import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineClusterProjection, regionMap, stageProjection } from '../projections';
import type { ActorKindValue, ActorSummaryRecord, ClusterRecord, RegionLevelValue, RegionRecord, ValueChainStageRecord } from '../records';
import { evidenceParams } from '../../../model';
import { statementSet } from '../statementSet';
import { asOfParams, cited, validAt } from '../traversal/traversalCypher';

/** The most tiers a resilience analysis follows upstream (the same bound as supplyChain). */
export const MAX_RESILIENCE_TIERS = 6;
/** The most scope companies analysed, and the most companies (scope included) the upstream network holds. */
export const MAX_SCOPE_COMPANIES = 500;
export const MAX_UPSTREAM_NETWORK_COMPANIES = 5000;
/** The most ids `companies` may name. */
export const MAX_SCOPE_COMPANY_IDS = MAX_SCOPE_COMPANIES;

// One level of the breadth-first search against the supply direction: every relation into the frontier (kept
// for the subgraph, filtered to the fetched companies in TypeScript) and the suppliers not yet visited. The
// level is sorted by id in its own CALL, which imports nothing but the level: a sort charges every buffered row
// with all values in scope, and the visited list would be charged once per row. When the level does not fit
// under the cap its first ids are kept and `cut` is set.
function level(): string {
  return `CALL (frontier, visited) {
      UNWIND frontier AS f
      MATCH (f)<-[r:SUPPLIES]-(s:Company)
      WHERE ${validAt('r')} AND ${cited('r')} AND ${cited('s')}
      RETURN collect([s.id, f.id, r.stage]) AS found, collect(DISTINCT CASE WHEN NOT s IN visited THEN s END) AS next
    }
    CALL (next) { UNWIND next AS s WITH s ORDER BY s.id RETURN collect(s) AS sorted }
    WITH scope, scopeRegion, cluster, region, missing, removed, edges + found AS edges, cut, visited, sorted, toInteger($limit) - size(visited) AS room
    WITH scope, scopeRegion, cluster, region, missing, removed, edges, cut OR size(sorted) > room AS cut, visited + sorted[0..room] AS visited, sorted[0..room] AS frontier`;
}

// The scope is a cluster's members (membership valid at asOf), the companies located in a region or its
// sub-regions, or the given companies; the branches of the scopes not given match nothing, their parameters being
// '' or [] (never null: one cached plan per text serves every kind of scope). A text per number of tiers (the
// levels are written out); asOf and evidence are switches (`$timed`, `$citedOnly`).
function networkText(tiers: number): string {
  const levels = Array.from({ length: tiers }, () => level()).join('\n    ');
  return `OPTIONAL MATCH (cl:Cluster {id: $clusterId})
    OPTIONAL MATCH (rg:Region {id: $regionId})
    WITH CASE WHEN cl IS NULL THEN null ELSE ${inlineClusterProjection('cl')} END AS cluster, ${regionMap('rg')} AS region,
      CASE WHEN rg IS NOT NULL THEN ${regionMap('rg')} ELSE head([(cl)-[:LOCATED_IN]->(clr:Region) | ${regionMap('clr')}]) END AS scopeRegion,
      [id IN $companyIds WHERE NOT EXISTS { MATCH (:Company {id: id}) }] AS missing,
      COLLECT { UNWIND $removeIds AS id MATCH (x:Company {id: id}) RETURN ${actorSummaryProjection('x')} } AS removed
    CALL () {
      CALL () {
      MATCH (:Cluster {id: $clusterId})<-[m:MEMBER_OF]-(a:Company)
      WHERE ${validAt('m')} AND ${cited('m')} AND ${cited('a')}
      RETURN a
      UNION
      MATCH (:Region {id: $regionId})<-[:PART_OF*0..8]-(:Region)<-[:LOCATED_IN]-(a:Company)
      WHERE ${cited('a')}
      RETURN a
      UNION
      UNWIND $companyIds AS id
      MATCH (a:Company {id: id})
      WHERE ${cited('a')}
      RETURN a
      }
      WITH a ORDER BY a.id
      RETURN collect(a) AS members
    }
    WITH cluster, region, scopeRegion, missing, removed, members[0..toInteger($scopeLimit)] AS scope, size(members) > $scopeLimit AS cut
    WITH scope, scopeRegion, cluster, region, missing, removed, cut, scope AS visited, scope AS frontier, [] AS edges
    ${levels}
    CALL (frontier) {
      UNWIND frontier AS f
      MATCH (f)<-[r:SUPPLIES]-(s:Company)
      WHERE ${validAt('r')} AND ${cited('r')} AND ${cited('s')}
      RETURN collect([s.id, f.id, r.stage]) AS found
    }
    WITH scope, scopeRegion, cluster, region, missing, removed, cut, visited, edges + found AS edges,
      [a IN visited | head([(a)-[:LOCATED_IN]->(ar:Region) | ar])] AS located
    // Each distinct region's chain once, not once per company: a few hundred regions against thousands of companies.
    CALL (located) {
      UNWIND located AS ar
      WITH DISTINCT ar WHERE ar IS NOT NULL
      RETURN collect([ar.id, [(ar)-[:PART_OF*0..8]->(x:Region) | [x.id, x.level]]]) AS regions
    }
    CALL (edges) {
      UNWIND edges AS e
      WITH DISTINCT e[2] AS stageId
      MATCH (st:ValueChainStage {id: stageId})
      RETURN collect(${stageProjection('st')}) AS stages
    }
    RETURN cluster, region, scopeRegion, missing, removed, [a IN scope | a.id] AS scopeIds,
      [a IN visited | a.id] AS companyIds, [a IN visited | a.name] AS companyNames, [a IN visited | a.kind] AS companyKinds,
      [r IN located | r.id] AS companyRegionIds, regions, edges, stages, cut`;
}

/** The variant of the upstream network statement for `tiers` (the bench's floor runs it with literals). */
export const upstreamNetworkVariant = (tiers: number): string => `t${tiers}`;

const NETWORK = statementSet(
  'resilience_upstream_network',
  Array.from({ length: MAX_RESILIENCE_TIERS }, (_, i) => ({ variant: upstreamNetworkVariant(i + 1), text: networkText(i + 1) })),
  { clusterId: '', regionId: '', companyIds: [], removeIds: [], ...asOfParams(null), ...evidenceParams('ALL'), scopeLimit: 1, limit: 1 },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const UPSTREAM_NETWORK_STATEMENTS = [NETWORK];

/** Exactly one of the three is set (checked by the resolver). */
export interface SupplyScopeArgs {
  clusterId: string | null;
  regionId: string | null;
  companyIds: readonly string[] | null;
}

/**
 * Every fetched company (scope included) as parallel lists, one position per company: thousands of companies
 * decode as four lists of strings instead of a map each, and the resolvers build a record only for the companies
 * an answer shows. They are Company nodes (the statement matches nothing else), so a summary's label is Company.
 */
export interface NetworkCompaniesRecord {
  ids: string[];
  names: string[];
  kinds: ActorKindValue[];
  /** The region each is LOCATED_IN, null when none. */
  regionIds: Array<string | null>;
}

/** A region some fetched company is located in, with its chain: the region and every region above it, with levels. */
export type NetworkRegionRecord = [regionId: string, within: Array<[string, RegionLevelValue]>];

export interface UpstreamNetworkRecord {
  /** The scope cluster or region when the scope is one and it exists. */
  cluster: ClusterRecord | null;
  region: RegionRecord | null;
  /** The region suppliers are compared with: the scope region, or the cluster's region; null for a list of companies. */
  scopeRegion: RegionRecord | null;
  /** The given company ids that name no company. */
  missing: string[];
  /** The companies named by `removeIds` that exist (summaries). */
  removed: ActorSummaryRecord[];
  /** The scope companies analysed, sorted by id (at most MAX_SCOPE_COMPANIES). */
  scopeIds: string[];
  /** Every fetched company, scope included. */
  companies: NetworkCompaniesRecord;
  /** Each distinct region of `companies`, once. */
  regions: NetworkRegionRecord[];
  /** [supplierId, customerId, stageId]: every relation into a fetched company; some suppliers may not be fetched. */
  edges: Array<[string, string, string | null]>;
  stages: ValueChainStageRecord[];
  /** True when the scope or the network was cut at its cap. */
  truncated: boolean;
}

export interface UpstreamNetworkArgs {
  scope: SupplyScopeArgs;
  /** 1..MAX_RESILIENCE_TIERS. */
  tiers: number;
  /** An ISO date, or null for any time. */
  asOf: string | null;
  citedOnly: boolean;
  /** Companies to look up for a what-if (their records come back in `removed`); none for supplyRisk. */
  removeIds: readonly string[];
}

/**
 * The scope companies and their upstream network up to `tiers` relations in one round trip: a breadth-first
 * search from all scope companies at once against the supply direction, one level per CALL, capped at
 * MAX_UPSTREAM_NETWORK_COMPANIES companies, and every supply relation among the companies found.
 */
export async function findUpstreamNetwork(graph: GraphClient, args: UpstreamNetworkArgs): Promise<UpstreamNetworkRecord> {
  if (!Number.isInteger(args.tiers) || args.tiers < 1 || args.tiers > MAX_RESILIENCE_TIERS) throw new RangeError(`tiers must be an integer 1..${MAX_RESILIENCE_TIERS}, got ${args.tiers}`);
  const [row] = await graph.read(
    NETWORK.statement(upstreamNetworkVariant(args.tiers), {
      clusterId: args.scope.clusterId ?? '',
      regionId: args.scope.regionId ?? '',
      companyIds: [...(args.scope.companyIds ?? [])],
      removeIds: [...args.removeIds],
      ...asOfParams(args.asOf),
      citedOnly: args.citedOnly,
      scopeLimit: MAX_SCOPE_COMPANIES,
      limit: MAX_UPSTREAM_NETWORK_COMPANIES,
    }),
  );
  if (!row) throw new Error('the upstream network statement returned no row');
  return {
    cluster: row['cluster'] as unknown as ClusterRecord | null,
    region: row['region'] as unknown as RegionRecord | null,
    scopeRegion: args.scope.companyIds ? null : ((row['scopeRegion'] as unknown as RegionRecord | null) ?? null),
    missing: row['missing'] as unknown as string[],
    removed: row['removed'] as unknown as ActorSummaryRecord[],
    scopeIds: row['scopeIds'] as unknown as string[],
    companies: {
      ids: row['companyIds'] as unknown as string[],
      names: row['companyNames'] as unknown as string[],
      kinds: row['companyKinds'] as unknown as ActorKindValue[],
      regionIds: row['companyRegionIds'] as unknown as Array<string | null>,
    },
    regions: row['regions'] as unknown as NetworkRegionRecord[],
    edges: row['edges'] as unknown as Array<[string, string, string | null]>,
    stages: row['stages'] as unknown as ValueChainStageRecord[],
    truncated: row['cut'] as unknown as boolean,
  };
}
