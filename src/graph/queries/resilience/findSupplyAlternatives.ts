import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineClusterProjection, technologyProjection } from '../projections';
import type { ActorSummaryRecord, ClusterRecord, TechnologyRecord } from '../records';
import { asOfParams, validAt } from '../traversal/traversalCypher';

/** The most alternatives returned for one lost stage. */
export const MAX_SUPPLY_ALTERNATIVES = 20;

/** Who could step in for `stageId` at `companyId`. */
export interface SupplyAlternativesRequest {
  companyId: string;
  stageId: string;
  /** The stage's suppliers before the failure: their technologies qualify a candidate. */
  formerSupplierIds: readonly string[];
  /** Companies that may not be suggested (the failed ones). */
  excludedIds: readonly string[];
  /** 0..MAX_SUPPLY_ALTERNATIVES. */
  first: number;
  asOf: string | null;
  citedOnly: boolean;
}

export interface SupplyAlternativeRecord {
  company: ActorSummaryRecord;
  suppliesStage: boolean;
  activeInStage: boolean;
  sharedTechnologies: TechnologyRecord[];
  existingPartner: boolean;
  sharedClusters: ClusterRecord[];
  distanceKm: number | null;
}

const usable = (x: string): string => `($citedOnly = false OR NOT coalesce(${x}.illustrative, false))`;

// Candidates come from three fixed branches, each anchored on an index or on the stage or former suppliers:
// relations at the stage (the supplies_stage relationship index), ACTIVE_IN the stage, and the former suppliers'
// technologies. Ranking needs the ties of every candidate, so they are computed before the cut.
function text(timed: boolean): string {
  const valid = (r: string): string => (timed ? validAt(r) : 'true');
  return `UNWIND $requests AS q
    CALL (q) {
      MATCH (c:Company {id: q.companyId})
      // The former suppliers' technologies once per request, not once per candidate and technology.
      CALL (q) {
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(t:Technology)
        RETURN collect(DISTINCT t) AS formerTechnologies
      }
      CALL (q) {
        MATCH (x:Company)-[r:SUPPLIES]->(:Company)
        WHERE r.stage = q.stageId AND ${valid('r')} AND ${usable('r')}
        RETURN x, 1 AS supplies, 0 AS active
        UNION ALL
        MATCH (:ValueChainStage {id: q.stageId})<-[:ACTIVE_IN]-(x:Company)
        RETURN x, 0 AS supplies, 1 AS active
        UNION ALL
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(:Technology)<-[:SPECIALIZES_IN]-(x:Company)
        RETURN x, 0 AS supplies, 0 AS active
      }
      WITH q, c, formerTechnologies, x, max(supplies) AS supplies, max(active) AS active
      WHERE x <> c AND NOT x.id IN q.excludedIds AND ${usable('x')}
      WITH q, c, x, supplies, active,
        [(x)-[:SPECIALIZES_IN]->(t:Technology) WHERE t IN formerTechnologies | t] AS technologies,
        EXISTS { MATCH (c)-[p:COLLABORATES_WITH|SUPPLIES]-(x) WHERE ${valid('p')} AND ${usable('p')} } AS partner,
        [(c)-[:MEMBER_OF]->(cl:Cluster)<-[:MEMBER_OF]-(x) | cl] AS clusters,
        point.distance(c.location, x.location) / 1000.0 AS km
      WITH q, x, supplies, active, technologies, partner, km, reduce(acc = [], cl IN clusters | CASE WHEN cl IN acc THEN acc ELSE acc + cl END) AS clusters
      ORDER BY supplies + active > 0 DESC, partner DESC, size(clusters) DESC, km IS NULL, km, x.name, x.id
      WITH q, collect({ company: ${actorSummaryProjection('x')}, suppliesStage: supplies = 1, activeInStage: active = 1,
        sharedTechnologies: [t IN technologies | ${technologyProjection('t')}], existingPartner: partner,
        sharedClusters: [cl IN clusters | ${inlineClusterProjection('cl')}], distanceKm: km }) AS ranked
      RETURN ranked[0..toInteger(q.first)] AS alternatives
    }
    RETURN q.key AS key, alternatives`;
}

const TEXTS = { timed: text(true), untimed: text(false) };

/**
 * Alternatives for many (company, lost stage) requests in one round trip, each list best first: those that
 * supply or are active in the stage before those qualified by technology only, then existing partners, then
 * more shared clusters, then nearer, then name and id. All requests must share asOf and
 * evidence: the caller groups them.
 */
export async function findSupplyAlternatives(graph: GraphClient, requests: readonly SupplyAlternativesRequest[]): Promise<SupplyAlternativeRecord[][]> {
  const first = requests[0];
  if (!first) return [];
  const rows = await graph.read({
    name: 'resilience_supply_alternatives',
    text: first.asOf === null ? TEXTS.untimed : TEXTS.timed,
    params: {
      requests: requests.map((r, key) => ({ key, companyId: r.companyId, stageId: r.stageId, formerSupplierIds: [...r.formerSupplierIds], excludedIds: [...r.excludedIds], first: r.first })),
      ...asOfParams(first.asOf),
      citedOnly: first.citedOnly,
    },
  });
  const byKey = new Map(rows.map((row) => [row['key'] as unknown as number, row['alternatives'] as unknown as SupplyAlternativeRecord[]]));
  return requests.map((_, key) => byKey.get(key) ?? []);
}
