import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineClusterProjection, technologyProjection } from '../projections';
import type { ActorSummaryRecord, ClusterRecord, TechnologyRecord } from '../records';
import { evidenceParams } from '../../../model';
import { statementSet } from '../statementSet';
import { asOfParams, cited, validAt } from '../traversal/traversalCypher';

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

// Candidates come from three fixed branches, each anchored on an index or on the stage or former suppliers:
// relations at the stage (the supplies_stage relationship index), ACTIVE_IN the stage, and the former suppliers'
// technologies. The ranking puts every candidate of the first two ("qualified") before any of the third, and
// among those every candidate with a tie to the company (a partner, or a member of one of its clusters) before
// any without, so:
// - the qualified candidates are found once per stage, for every request of that stage (one what-if asks the
//   same lost stage for many companies), their label and evidence read once per candidate, not per relation;
// - the clusters of the requests' companies and their member companies are read once per batch (the companies
//   of one what-if share their clusters: 7 requests read the largest cluster's 5,500 members once, not 7 times);
// - each request picks its tied candidates by list lookups alone (no property is read for an untied one) and
//   keeps its page with a top-k sort that reads distance, name and id of the tied ones only; the untied ones are
//   ranked, by distance, only when the tied ones do not fill the page;
// - the technology-only candidates are looked at only when the qualified ones do not fill the page.
// The answer is the one a single ranking of all candidates gives: best first, then name and id. At 100k actors
// (the bench's what-if: 7 requests over 4 stages) this reads 85k db hits where reading every candidate's
// distance, name and id per request read 385k.
function text(): string {
  const valid = validAt;
  const usable = cited;
  return `UNWIND $requests AS q
    WITH collect(q) AS requests
    CALL (requests) {
      UNWIND requests AS q
      MATCH (:Company {id: q.companyId})-[:MEMBER_OF]->(cl:Cluster)
      WITH DISTINCT cl
      RETURN collect({ cl: cl, members: COLLECT { MATCH (cl)<-[:MEMBER_OF]-(y:Company) RETURN DISTINCT y } }) AS clusterMembers
    }
    UNWIND requests AS q
    WITH clusterMembers, q.stageId AS stageId, collect(q) AS stageRequests
    CALL (stageId) {
      CALL (stageId) {
        // A relation at the stage to anyone: the supplier's label is tested once per candidate, below.
        MATCH (x)-[r:SUPPLIES]->()
        WHERE r.stage = stageId AND ${valid('r')} AND ${usable('r')}
        RETURN x, 1 AS supplies, 0 AS active
        UNION ALL
        MATCH (:ValueChainStage {id: stageId})<-[:ACTIVE_IN]-(x)
        RETURN x, 0 AS supplies, 1 AS active
      }
      WITH x, max(supplies) AS supplies, max(active) AS active
      WHERE x:Company AND ${usable('x')}
      RETURN collect({ x: x, supplies: supplies, active: active }) AS qualified, collect(x) AS qualifiedNodes
    }
    UNWIND stageRequests AS q
    CALL (q, qualified, qualifiedNodes, clusterMembers) {
      MATCH (c:Company {id: q.companyId})
      // The former suppliers' technologies once per request, not once per candidate and technology.
      CALL (q) {
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(t:Technology)
        RETURN collect(DISTINCT t) AS formerTechnologies
      }
      WITH q, c, c.location AS home, qualified, qualifiedNodes, clusterMembers, formerTechnologies,
        COLLECT { MATCH (c)-[p:COLLABORATES_WITH|SUPPLIES]-(y) WHERE ${valid('p')} AND ${usable('p')} RETURN DISTINCT y } AS partners,
        COLLECT { MATCH (c)-[:MEMBER_OF]->(cl:Cluster) RETURN DISTINCT cl } AS homeClusters,
        COLLECT { UNWIND q.excludedIds AS id MATCH (e:Company {id: id}) RETURN e } AS excluded
      WITH q, c, home, qualified, qualifiedNodes, formerTechnologies, partners, homeClusters, excluded,
        [e IN clusterMembers WHERE e.cl IN homeClusters] AS homeEntries
      CALL (q, c, home, qualified, partners, homeEntries, excluded) {
        UNWIND qualified AS candidate
        WITH q, c, home, excluded, candidate, candidate.x AS x, candidate.x IN partners AS partner,
          [e IN homeEntries WHERE candidate.x IN e.members | e.cl] AS clusters
        WHERE (partner OR size(clusters) > 0) AND x <> c AND NOT x IN excluded
        WITH x, candidate.supplies AS supplies, candidate.active AS active, partner, clusters, point.distance(home, x.location) / 1000.0 AS km
        ORDER BY partner DESC, size(clusters) DESC, km IS NULL, km, x.name, x.id
        // LIMIT takes no variable: every page is cut at the largest one, then at the request's own.
        LIMIT ${MAX_SUPPLY_ALTERNATIVES}
        WITH collect({ x: x, supplies: supplies, active: active, partner: partner, clusters: clusters, km: km }) AS tied
        RETURN tied[0..toInteger(q.first)] AS tied
      }
      CALL (q, c, home, qualified, partners, homeEntries, excluded, tied) {
        WITH q, c, home, qualified, partners, homeEntries, excluded, toInteger(q.first) - size(tied) AS room
        WHERE room > 0
        UNWIND qualified AS candidate
        WITH c, home, excluded, candidate, candidate.x AS x
        WHERE NOT x IN partners AND NONE(e IN homeEntries WHERE x IN e.members) AND x <> c AND NOT x IN excluded
        WITH x, candidate.supplies AS supplies, candidate.active AS active, point.distance(home, x.location) / 1000.0 AS km
        ORDER BY km IS NULL, km, x.name, x.id
        LIMIT ${MAX_SUPPLY_ALTERNATIVES}
        // No grouping key: one row, an empty list when the page was full.
        RETURN collect({ x: x, supplies: supplies, active: active, partner: false, clusters: [], km: km }) AS untied
      }
      WITH q, c, home, qualifiedNodes, formerTechnologies, partners, homeClusters, excluded, tied + untied[0..toInteger(q.first) - size(tied)] AS best
      CALL (q, c, home, qualifiedNodes, partners, homeClusters, excluded, best) {
        WITH q, c, home, qualifiedNodes, partners, homeClusters, excluded, toInteger(q.first) - size(best) AS room
        WHERE room > 0
        UNWIND q.formerSupplierIds AS formerId
        MATCH (:Company {id: formerId})-[:SPECIALIZES_IN]->(:Technology)<-[:SPECIALIZES_IN]-(x:Company)
        WITH DISTINCT c, home, qualifiedNodes, partners, homeClusters, excluded, x
        WHERE x <> c AND NOT x IN excluded AND ${usable('x')} AND NOT x IN qualifiedNodes
        WITH x, x IN partners AS partner,
          [cl IN COLLECT { MATCH (x)-[:MEMBER_OF]->(cl:Cluster) RETURN DISTINCT cl } WHERE cl IN homeClusters] AS clusters,
          point.distance(home, x.location) / 1000.0 AS km
        ORDER BY partner DESC, size(clusters) DESC, km IS NULL, km, x.name, x.id
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

const ALTERNATIVES = statementSet('resilience_supply_alternatives', [{ variant: '', text: text() }], {
  requests: [{ key: 0, companyId: '', stageId: '', formerSupplierIds: [''], excludedIds: [''], first: 1 }],
  ...asOfParams(null),
  ...evidenceParams('ALL'),
});

/** Every text this module runs (for plan warming and the snapshot test). */
export const SUPPLY_ALTERNATIVES_STATEMENTS = [ALTERNATIVES];

/**
 * Alternatives for many (company, lost stage) requests in one round trip, each list best first: those that
 * supply or are active in the stage before those qualified by technology only, then existing partners, then
 * more shared clusters, then nearer, then name and id. All requests must share asOf and
 * evidence: the caller groups them.
 */
export async function findSupplyAlternatives(graph: GraphClient, requests: readonly SupplyAlternativesRequest[]): Promise<SupplyAlternativeRecord[][]> {
  const first = requests[0];
  if (!first) return [];
  const rows = await graph.read(
    ALTERNATIVES.statement('', {
      requests: requests.map((r, key) => ({ key, companyId: r.companyId, stageId: r.stageId, formerSupplierIds: [...r.formerSupplierIds], excludedIds: [...r.excludedIds], first: r.first })),
      ...asOfParams(first.asOf),
      citedOnly: first.citedOnly,
    }),
  );
  const byKey = new Map(rows.map((row) => [row['key'] as unknown as number, row['alternatives'] as unknown as SupplyAlternativeRecord[]]));
  return requests.map((_, key) => byKey.get(key) ?? []);
}
