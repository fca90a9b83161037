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

// One level of the breadth-first search against the supply direction: every relation into the frontier, as
// [supplier node, customer position, stage id] (the supplier's position is looked up once for all relations, at the
// end; relations from companies not fetched fall out there), and the suppliers not yet visited. The frontier's
// companies sit at positions base.. of `visited`. The level is sorted by id in its own CALL, which imports nothing
// but the level: a sort charges every buffered row with all values in scope, and the visited list would be
// charged once per row. When the level does not fit under the cap its first ids are kept and `cut` is set.
function level(): string {
  return `CALL (frontier, base, visited) {
      UNWIND range(0, size(frontier) - 1) AS k
      WITH frontier[k] AS f, base + k AS at
      MATCH (f)<-[r:SUPPLIES]-(s:Company)
      WHERE ${validAt('r')} AND ${cited('r')} AND ${cited('s')}
      RETURN collect([s, at, r.stage]) AS found, collect(DISTINCT CASE WHEN NOT s IN visited THEN s END) AS next
    }
    CALL (next) { UNWIND next AS s WITH s ORDER BY s.id RETURN collect(s) AS sorted }
    WITH scope, scopeRegion, cluster, region, missing, removed, edges + found AS edges, cut, visited, sorted, toInteger($limit) - size(visited) AS room
    WITH scope, scopeRegion, cluster, region, missing, removed, edges, cut OR size(sorted) > room AS cut, visited + sorted[0..room] AS visited,
      sorted[0..room] AS frontier, size(visited) AS base`;
}

// The scope is a cluster's members (membership valid at asOf), the companies located in a region or its
// sub-regions, or the given companies; the branches of the scopes not given match nothing, their parameters being
// '' or [] (never null: one cached plan per text serves every kind of scope). A text per number of tiers (the
// levels are written out); asOf, evidence and the companies' places are switches (`$timed`, `$citedOnly`,
// `$places`).
//
// The network comes back numbered, in the shape the algorithms take: each company once, by position in
// `companyIds` (the scope first), and the relations among them as lists of positions grouped by stage. A relation
// as [supplier id, customer id, stage id] decoded as a list and three strings each (5,671 of them on the bench's
// largest 100k cluster, 232,524 of the answer's 555,027 characters), and our server then hashed every id again to
// number it. Each supplier's position is found by one hash aggregation keyed by its node over the companies and
// the relations (looking it up in the list would cost the list's length per relation).
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
    WITH scope, scopeRegion, cluster, region, missing, removed, cut, scope AS visited, scope AS frontier, 0 AS base, [] AS edges
    ${levels}
    CALL (frontier, base) {
      UNWIND range(0, size(frontier) - 1) AS k
      WITH frontier[k] AS f, base + k AS at
      MATCH (f)<-[r:SUPPLIES]-(s:Company)
      WHERE ${validAt('r')} AND ${cited('r')} AND ${cited('s')}
      RETURN collect([s, at, r.stage]) AS found
    }
    WITH scope, scopeRegion, cluster, region, missing, removed, cut, visited, edges + found AS edges
    CALL (visited, edges) {
      CALL (visited, edges) {
        UNWIND range(0, size(visited) - 1) AS i
        RETURN visited[i] AS s, i AS at, null AS e
        UNION ALL
        UNWIND edges AS e
        RETURN e[0] AS s, -1 AS at, e AS e
      }
      WITH s, max(at) AS supplier, collect(e) AS out
      WHERE supplier >= 0
      UNWIND out AS e
      WITH supplier, e[1] AS customer, e[2] AS stageId
      WHERE supplier <> customer
      WITH stageId, collect(supplier) AS suppliers, collect(customer) AS customers
      OPTIONAL MATCH (st:ValueChainStage {id: stageId})
      RETURN collect([CASE WHEN st IS NULL THEN null ELSE ${stageProjection('st')} END, suppliers, customers]) AS relations
    }
    // Each distinct region once with its chain and the positions of the companies located in it: a few hundred
    // regions against thousands of companies (supplyRisk's local share; supplyDisruption reads no place).
    CALL (visited) {
      UNWIND CASE WHEN $places THEN range(0, size(visited) - 1) ELSE [] END AS i
      WITH i, visited[i] AS a
      WITH i, head([(a)-[:LOCATED_IN]->(ar:Region) | ar]) AS ar
      WITH ar, collect(i) AS located
      WHERE ar IS NOT NULL
      RETURN collect([ar.id, [(ar)-[:PART_OF*0..8]->(x:Region) | [x.id, x.level]], located]) AS regions
    }
    // The names and kinds of the companies beyond the first row (the scope is in it) only when asked for: a what-if
    // that shows its paths by id alone decoded thousands of strings it never read.
    // Several rows, each a part of the companies and of the regions (the rest in the first): the driver decodes a
    // message of many pieces byte by byte through the list of its pieces and each string with a decoder of its
    // own, so one 235,000-character row cost about three times the CPU of the same values in rows of 500 companies.
    WITH cluster, region, scopeRegion, missing, removed, size(scope) AS scopeCount, visited, regions, relations, cut,
      1 + (size(visited) - 1) / ${NETWORK_PART} AS parts
    UNWIND range(0, parts - 1) AS part
    WITH part, cluster, region, scopeRegion, missing, removed, scopeCount, visited, regions, relations, cut,
      visited[part * ${NETWORK_PART}..(part + 1) * ${NETWORK_PART}] AS slice, 1 + (size(regions) - 1) / parts AS regionsPerPart
    RETURN part, size(visited) AS companyCount, scopeCount, cut,
      CASE WHEN part = 0 THEN cluster END AS cluster, CASE WHEN part = 0 THEN region END AS region,
      CASE WHEN part = 0 THEN scopeRegion END AS scopeRegion, CASE WHEN part = 0 THEN missing END AS missing,
      CASE WHEN part = 0 THEN removed END AS removed, CASE WHEN part = 0 THEN relations END AS relations,
      [a IN slice | a.id] AS companyIds,
      CASE WHEN part = 0 OR $names THEN [a IN slice | a.name] ELSE [] END AS companyNames,
      CASE WHEN part = 0 OR $names THEN [a IN slice | a.kind] ELSE [] END AS companyKinds,
      regions[part * regionsPerPart..(part + 1) * regionsPerPart] AS regions
    ORDER BY part`;
}

/** The most companies one row of the network holds (see the statement's end). */
const NETWORK_PART = 500;

/** The variant of the upstream network statement for `tiers` (the bench's floor runs it with literals). */
export const upstreamNetworkVariant = (tiers: number): string => `t${tiers}`;

const NETWORK = statementSet(
  'resilience_upstream_network',
  Array.from({ length: MAX_RESILIENCE_TIERS }, (_, i) => ({ variant: upstreamNetworkVariant(i + 1), text: networkText(i + 1) })),
  { clusterId: '', regionId: '', companyIds: [], removeIds: [], ...asOfParams(null), ...evidenceParams('ALL'), scopeLimit: 1, limit: 1, places: false, names: true },
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
 * decode as lists of strings instead of a map each, and the resolvers build a record only for the companies an
 * answer shows. They are Company nodes (the statement matches nothing else), so a summary's label is Company.
 * `names` and `kinds` may be shorter than `ids` (UpstreamNetworkArgs.names): they always cover the scope.
 */
export interface NetworkCompaniesRecord {
  ids: string[];
  names: string[];
  kinds: ActorKindValue[];
}

/**
 * A region some fetched company is located in: its id, its chain (the region and every region above it, with
 * levels) and the positions of the companies located in it.
 */
export type NetworkRegionRecord = [regionId: string, within: Array<[string, RegionLevelValue]>, located: number[]];

/**
 * The supply relations among the fetched companies (both ends fetched, no self-relations) as parallel lists of
 * positions into `companies`, and each relation's stage as a position into `stages` (-1: none, or no stage has
 * the id).
 */
export interface NetworkRelationsRecord {
  supplier: Int32Array;
  customer: Int32Array;
  stage: Int32Array;
}

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
  /** How many scope companies are analysed: the first positions of `companies`, sorted by id (at most MAX_SCOPE_COMPANIES). */
  scopeCount: number;
  /** Every fetched company, scope included. */
  companies: NetworkCompaniesRecord;
  /** Each distinct region of `companies` once; none unless `places` was asked for. */
  regions: NetworkRegionRecord[];
  relations: NetworkRelationsRecord;
  /** The stages the relations name. */
  stages: ValueChainStageRecord[];
  /** True when the scope or the network was cut at its cap. */
  truncated: boolean;
}

/** One group of relations as the statement returns it: its stage (null when none), suppliers' and customers' positions. */
type RelationGroupRow = [stage: ValueChainStageRecord | null, suppliers: number[], customers: number[]];

function relationsOf(groups: readonly RelationGroupRow[]): { relations: NetworkRelationsRecord; stages: ValueChainStageRecord[] } {
  let m = 0;
  for (const [, suppliers] of groups) m += suppliers.length;
  const relations = { supplier: new Int32Array(m), customer: new Int32Array(m), stage: new Int32Array(m) };
  const stages: ValueChainStageRecord[] = [];
  let k = 0;
  for (const [stage, suppliers, customers] of groups) {
    const st = stage === null ? -1 : stages.push(stage) - 1;
    relations.supplier.set(suppliers, k);
    relations.customer.set(customers, k);
    relations.stage.fill(st, k, k + suppliers.length);
    k += suppliers.length;
  }
  return { relations, stages };
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
  /** Also where each company is located (`regions`): supplyRisk's local share. Default false. */
  places?: boolean;
  /**
   * The name and kind of every company; false: of the first row's (the scope and up to 500 companies with it)
   * only, for an answer that shows no other company but by id. Default true.
   */
  names?: boolean;
}

/**
 * The scope companies and their upstream network up to `tiers` relations in one round trip: a breadth-first
 * search from all scope companies at once against the supply direction, one level per CALL, capped at
 * MAX_UPSTREAM_NETWORK_COMPANIES companies, and every supply relation among the companies found, numbered.
 */
export async function findUpstreamNetwork(graph: GraphClient, args: UpstreamNetworkArgs): Promise<UpstreamNetworkRecord> {
  if (!Number.isInteger(args.tiers) || args.tiers < 1 || args.tiers > MAX_RESILIENCE_TIERS) throw new RangeError(`tiers must be an integer 1..${MAX_RESILIENCE_TIERS}, got ${args.tiers}`);
  const rows = await graph.read(
    NETWORK.statement(upstreamNetworkVariant(args.tiers), {
      clusterId: args.scope.clusterId ?? '',
      regionId: args.scope.regionId ?? '',
      companyIds: [...(args.scope.companyIds ?? [])],
      removeIds: [...args.removeIds],
      ...asOfParams(args.asOf),
      citedOnly: args.citedOnly,
      scopeLimit: MAX_SCOPE_COMPANIES,
      limit: MAX_UPSTREAM_NETWORK_COMPANIES,
      places: args.places ?? false,
      names: args.names ?? true,
    }),
  );
  const [row] = rows;
  if (!row) throw new Error('the upstream network statement returned no row');
  const companies: NetworkCompaniesRecord = { ids: [], names: [], kinds: [] };
  const regions: NetworkRegionRecord[] = [];
  for (const part of rows) {
    companies.ids.push(...(part['companyIds'] as unknown as string[]));
    companies.names.push(...(part['companyNames'] as unknown as string[]));
    companies.kinds.push(...(part['companyKinds'] as unknown as ActorKindValue[]));
    regions.push(...(part['regions'] as unknown as NetworkRegionRecord[]));
  }
  return {
    cluster: row['cluster'] as unknown as ClusterRecord | null,
    region: row['region'] as unknown as RegionRecord | null,
    scopeRegion: args.scope.companyIds ? null : ((row['scopeRegion'] as unknown as RegionRecord | null) ?? null),
    missing: row['missing'] as unknown as string[],
    removed: row['removed'] as unknown as ActorSummaryRecord[],
    scopeCount: row['scopeCount'] as unknown as number,
    companies,
    regions,
    ...relationsOf(row['relations'] as unknown as RelationGroupRow[]),
    truncated: row['cut'] as unknown as boolean,
  };
}
