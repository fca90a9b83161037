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
// technologies. The ranking puts every candidate of the first two ("qualified") before any of the third, so:
// - the qualified candidates are found once per stage, for every request of that stage (one what-if asks the
//   same lost stage for many companies);
// - each request ranks them by its own ties (partners, clusters and the members of those clusters of its
//   company, read once per request, so a candidate costs a list lookup and a distance; only a candidate that is
//   a member of one of the company's clusters has its clusters read) and keeps its page with a top-k sort;
// - the technology-only candidates are looked at only when the qualified ones do not fill the page.
// The answer is the one a single ranking of all candidates gives: best first, then name and id.
function text(timed: boolean): string {
  const valid = (r: string): string => (timed ? validAt(r) : 'true');
  const ranked = `ORDER BY partner DESC, size(clusters) DESC, km IS NULL, km, x.name, x.id`;
  return `UNWIND $requests AS q
    WITH q.stageId AS stageId, collect(q) AS stageRequests
    CALL (stageId) {
      CALL (stageId) {
        MATCH (x:Company)-[r:SUPPLIES]->(:Company)
        WHERE r.stage = stageId AND ${valid('r')} AND ${usable('r')}
        RETURN x, 1 AS supplies, 0 AS active
        UNION ALL
        MATCH (:ValueChainStage {id: stageId})<-[:ACTIVE_IN]-(x:Company)
        RETURN x, 0 AS supplies, 1 AS active
      }
      WITH x, max(supplies) AS supplies, max(active) AS active
      WHERE ${usable('x')}
      RETURN collect({ x: x, supplies: supplies, active: active }) AS qualified
    }
    UNWIND stageRequests AS q
    CALL (q, qualified) {
      MATCH (c:Company {id: q.companyId})
      // The former suppliers' technologies once per request, not once per candidate and technology.
      CALL (q) {
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(t:Technology)
        RETURN collect(DISTINCT t) AS formerTechnologies
      }
      WITH q, c, qualified, formerTechnologies,
        COLLECT { MATCH (c)-[p:COLLABORATES_WITH|SUPPLIES]-(y) WHERE ${valid('p')} AND ${usable('p')} RETURN DISTINCT y } AS partners,
        COLLECT { MATCH (c)-[:MEMBER_OF]->(cl:Cluster) RETURN DISTINCT cl } AS homeClusters,
        // Only a member of one of the company's clusters can share one: a candidate's clusters are read only then.
        COLLECT { MATCH (c)-[:MEMBER_OF]->(:Cluster)<-[:MEMBER_OF]-(y:Company) RETURN DISTINCT y } AS homeMembers
      CALL (q, c, qualified, partners, homeClusters, homeMembers) {
        UNWIND qualified AS candidate
        WITH q, c, candidate, candidate.x AS x, partners, homeClusters, homeMembers
        WHERE x <> c AND NOT x.id IN q.excludedIds
        WITH x, candidate.supplies AS supplies, candidate.active AS active, x IN partners AS partner,
          CASE WHEN x IN homeMembers THEN COLLECT { MATCH (x)-[:MEMBER_OF]->(cl:Cluster) WHERE cl IN homeClusters RETURN DISTINCT cl } ELSE [] END AS clusters,
          point.distance(c.location, x.location) / 1000.0 AS km
        ${ranked}
        // LIMIT takes no variable: every page is cut at the largest one, then at the request's own.
        LIMIT ${MAX_SUPPLY_ALTERNATIVES}
        WITH collect({ x: x, supplies: supplies, active: active, partner: partner, clusters: clusters, km: km }) AS best
        RETURN best[0..toInteger(q.first)] AS best
      }
      CALL (q, c, qualified, partners, homeClusters, best) {
        WITH q, c, qualified, partners, homeClusters, toInteger(q.first) - size(best) AS room
        WHERE room > 0
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(:Technology)<-[:SPECIALIZES_IN]-(x:Company)
        WITH DISTINCT q, c, qualified, partners, homeClusters, room, x
        WHERE x <> c AND NOT x.id IN q.excludedIds AND ${usable('x')} AND NONE(k IN qualified WHERE k.x = x)
        WITH x, x IN partners AS partner,
          [cl IN COLLECT { MATCH (x)-[:MEMBER_OF]->(cl:Cluster) RETURN DISTINCT cl } WHERE cl IN homeClusters] AS clusters,
          point.distance(c.location, x.location) / 1000.0 AS km
        ${ranked}
        // No grouping key: one row, an empty list when the page was full.
        RETURN collect({ x: x, supplies: 0, active: 0, partner: partner, clusters: clusters, km: km }) AS technologyOnly
      }
      UNWIND best + technologyOnly[0..toInteger(q.first) - size(best)] AS a
      WITH q, formerTechnologies, a, a.x AS x
      RETURN collect({ company: ${actorSummaryProjection('x')}, suppliesStage: a.supplies = 1, activeInStage: a.active = 1,
        sharedTechnologies: [(x)-[:SPECIALIZES_IN]->(t:Technology) WHERE t IN formerTechnologies | ${technologyProjection('t')}],
        existingPartner: a.partner, sharedClusters: [cl IN a.clusters | ${inlineClusterProjection('cl')}], distanceKm: a.km }) AS alternatives
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
