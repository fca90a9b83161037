/**
 * What the floor computes in its own process after its Cypher, for the operations whose answer is an algorithm
 * no Cypher runs: the floor server and the in-process driver measurement both apply it to the `result` rows, so
 * the floor's latency and CPU include it. It calls the same routines of src/algorithms our server calls (an
 * expert would ship the same well-known algorithms), with no GraphQL, no records and no name lookups beyond the
 * answer's.
 */
import { companyUpstreams, localShareOf, singlePointsOfFailure, sumLocalShares, type CompanyPlace } from '../../src/algorithms/supplyResilience';
import { compareText } from '../../src/graph';
import { MIX } from './floorCypher';
import type { ComparedOperationName } from './operation';

/** The lean network SUPPLY_RISK_NETWORK returns (floorCypher.ts). */
interface RiskNetworkRow {
  scopeCompanies: number;
  companies: number;
  truncated: boolean;
  scopeIds: string[];
  companyIds: string[];
  companyNames: string[];
  companyRegionIds: Array<string | null>;
  regions: Array<[string, Array<[string, string]>]>;
  edges: Array<[string, string, string | null]>;
  stageIds: string[];
  scopeRegionId: string | null;
}

/** supplyRisk's answer: the counts, the first single points of failure with their cuts, the local share's sums. */
function supplyRiskAnswer(row: RiskNetworkRow): unknown {
  const tiers = MIX.resilienceTiers;
  const stages = new Set(row.stageIds);
  const edges = row.edges.map(([supplierId, customerId, stageId]) => ({ supplierId, customerId, stageId: stageId !== null && stages.has(stageId) ? stageId : null }));
  const upstreams = companyUpstreams({ scopeIds: row.scopeIds, companyIds: new Set(row.companyIds), edges, tiers });
  const byRegion = new Map<string, CompanyPlace>(
    row.regions.map(([regionId, within]) => {
      const at = (level: string): string | null => within.find(([, l]) => l === level)?.[0] ?? null;
      return [regionId, { regionId, stateId: at('STATE'), countryId: at('COUNTRY'), withinRegionIds: within.map(([id]) => id) }];
    }),
  );
  const places = new Map<string, CompanyPlace>();
  const names = new Map<string, string>();
  row.companyIds.forEach((id, i) => {
    names.set(id, row.companyNames[i] ?? id);
    const regionId = row.companyRegionIds[i] ?? null;
    const place = regionId === null ? undefined : byRegion.get(regionId);
    if (place) places.set(id, place);
  });
  const nameOf = (id: string): string => names.get(id) ?? id;
  const suppliers = singlePointsOfFailure(upstreams)
    .sort((a, b) => b.cuts.length - a.cuts.length || b.stageCuts - a.stageCuts || compareText(nameOf(a.supplierId), nameOf(b.supplierId)) || compareText(a.supplierId, b.supplierId))
    .slice(0, MIX.riskFirst)
    .map((point) => ({
      supplier: point.supplierId,
      companiesCutOff: point.cuts.length,
      stagesCutOff: point.stageCuts,
      outsideRegion: row.scopeRegionId === null ? null : !(places.get(point.supplierId)?.withinRegionIds ?? []).includes(row.scopeRegionId),
      cuts: point.cuts.map((cut) => ({ company: cut.companyId, stages: cut.stageIds })),
    }));
  const shares = upstreams.map((u) => localShareOf(u, places, tiers)).filter((share) => share.total.relations > 0);
  const sums = sumLocalShares(shares, tiers);
  return { scopeCompanies: row.scopeCompanies, companies: row.companies, truncated: row.truncated, suppliers, localShare: sums };
}

/** The floor's work after its Cypher, by operation: rows in, rows out. */
export const FLOOR_FINISH: Partial<Record<ComparedOperationName, (rows: unknown[]) => unknown[]>> = {
  supplyRisk: (rows) => rows.map((row) => supplyRiskAnswer(row as RiskNetworkRow)),
};
