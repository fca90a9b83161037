/**
 * What the floor computes in its own process after its Cypher, for the operations whose answer is an algorithm
 * no Cypher runs: the floor server and the in-process driver measurement both apply it to the `result` rows, so
 * the floor's latency and CPU include it. It calls the same routines of src/algorithms our server calls (an
 * expert would ship the same well-known algorithms), with no GraphQL, no records and no name lookups beyond the
 * answer's.
 */
import { localShareOf, numberedUpstreams, singlePointsOfFailure, sumLocalShares, type CompanyPlace } from '../../src/algorithms/supplyResilience';
import { compareText } from '../../src/graph';
import { MIX } from './floorCypher';
import type { ComparedOperationName } from './operation';

/**
 * One row of the lean numbered network SUPPLY_RISK_NETWORK returns (floorCypher.ts), in rows of up to 500
 * companies (the relations, the scope region in the first): positions into `companyIds`, the scope first.
 */
interface RiskNetworkRow {
  part: number;
  scopeCompanies: number;
  companies: number;
  truncated: boolean;
  companyIds: string[];
  companyNames: string[];
  /** Each region once: id, chain [id, level], positions of the companies located in it. */
  regions: Array<[string, Array<[string, string]>, number[]]>;
  /** Relations by stage: stage id (null when none), suppliers' positions, customers' positions. */
  relations: Array<[string | null, number[], number[]]>;
  scopeRegionId: string | null;
}

/** The rows as one network: the lists of the parts one after the other. */
function wholeNetwork(rows: readonly RiskNetworkRow[]): RiskNetworkRow {
  const parts = [...rows].sort((a, b) => a.part - b.part);
  const first = parts[0];
  if (!first) throw new Error('the supplyRisk floor returned no row');
  return {
    ...first,
    companyIds: parts.flatMap((p) => p.companyIds),
    companyNames: parts.flatMap((p) => p.companyNames),
    regions: parts.flatMap((p) => p.regions),
  };
}

/** supplyRisk's answer: the counts, the first single points of failure with their cuts, the local share's sums. */
function supplyRiskAnswer(row: RiskNetworkRow): unknown {
  const tiers = MIX.resilienceTiers;
  const m = row.relations.reduce((n, [, suppliers]) => n + suppliers.length, 0);
  const supplier = new Int32Array(m);
  const customer = new Int32Array(m);
  const stage = new Int32Array(m);
  const stageIds: string[] = [];
  let k = 0;
  for (const [stageId, suppliers, customers] of row.relations) {
    supplier.set(suppliers, k);
    customer.set(customers, k);
    stage.fill(stageId === null ? -1 : stageIds.push(stageId) - 1, k, k + suppliers.length);
    k += suppliers.length;
  }
  const ids = row.companyIds;
  const upstreams = numberedUpstreams({ ids, scope: Int32Array.from({ length: row.scopeCompanies }, (_, i) => i), supplier, customer, stage, stageIds, tiers });
  const places = new Array<CompanyPlace | undefined>(ids.length);
  for (const [regionId, within, located] of row.regions) {
    const at = (level: string): string | null => within.find(([, l]) => l === level)?.[0] ?? null;
    const place = { regionId, stateId: at('STATE'), countryId: at('COUNTRY'), withinRegionIds: within.map(([id]) => id) };
    for (const i of located) places[i] = place;
  }
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  const nameOf = (id: string): string => row.companyNames[position.get(id) ?? -1] ?? id;
  const suppliers = singlePointsOfFailure(upstreams)
    .sort((a, b) => b.cuts.length - a.cuts.length || b.stageCuts - a.stageCuts || compareText(nameOf(a.supplierId), nameOf(b.supplierId)) || compareText(a.supplierId, b.supplierId))
    .slice(0, MIX.riskFirst)
    .map((point) => ({
      supplier: point.supplierId,
      companiesCutOff: point.cuts.length,
      stagesCutOff: point.stageCuts,
      outsideRegion: row.scopeRegionId === null ? null : !(places[position.get(point.supplierId) ?? -1]?.withinRegionIds ?? []).includes(row.scopeRegionId),
      cuts: point.cuts.map((cut) => ({ company: cut.companyId, stages: cut.stageIds })),
    }));
  const shares = upstreams.map((u) => localShareOf(u, places, tiers)).filter((share) => share.total.relations > 0);
  const sums = sumLocalShares(shares, tiers);
  return { scopeCompanies: row.scopeCompanies, companies: row.companies, truncated: row.truncated, suppliers, localShare: sums };
}

/** The floor's work after its Cypher, by operation: rows in, rows out. */
export const FLOOR_FINISH: Partial<Record<ComparedOperationName, (rows: unknown[]) => unknown[]>> = {
  supplyRisk: (rows) => [supplyRiskAnswer(wholeNetwork(rows as RiskNetworkRow[]))],
};
