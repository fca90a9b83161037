import neo4j, { type Driver } from 'neo4j-driver';
import { disruptionOf, numberedUpstreams, singlePointsOfFailure } from '../src/algorithms/supplyResilience';
import { findUpstreamNetwork, GraphClient, toLuceneQuery } from '../src/graph';
import { MIX } from './operations/floorCypher';
import type { Fixtures, LostStageFixture } from './operations';

async function readOne<T>(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(text, params));
    return result.records[0]?.toObject() as T | undefined;
  } finally {
    await session.close();
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the generated graph has no ${what}`);
  return value;
}

/**
 * Picks the run's ids from the graph by fixed rules (ties by id), so every run on the same data, and every
 * contender within a run, asks about the same entities:
 * - company: the company with the most direct suppliers among those with suppliers three tiers up (actor by id,
 *   supply chain, supply paths' end: the supply path's start is found three tiers up);
 * - state: the state that company lies in (the list page's region filter);
 * - network center: the first actor by id with 3 to 6 collaborations (a typical actor, not a hub);
 * - path start: the first company exactly three supply relations upstream of the company with 2 to 5 supply
 *   paths to it within 6 hops, so every path is returned and compared (the first at distance 3 otherwise);
 * - search text: the name of the company;
 * - cluster: the cluster with the most member companies, and its top single point of failure by our algorithm
 *   (src/algorithms/supplyResilience.ts on the network our fetch returns) for the what-if, with the stages its
 *   failure loses (the floor's alternatives are asked for them);
 * - hub: the actor with the most collaboration links, the center of the depth-2 network analysis (a network
 *   that reaches the analysis' actor bound, as a busy analyst's question would);
 * - connection end: the actor farthest from the network center within four collaboration or supply hops (first
 *   by id), so shortestConnection searches as deep as it may;
 * - value chain: the first by id that the cluster's members cover in part (some stage covered, some missing, so
 *   the coverage has candidates to find); the first value chain when none is;
 * - gaps: the cluster with the most member companies (then first by id) whose members are active in some but
 *   not all stages of a value chain, and the first such value chain by id (the largest cluster of the generated
 *   graphs covers every stage, so valueChainCoverage alone never searches for candidates).
 */
export async function pickFixtures(driver: Driver): Promise<Fixtures> {
  const company = required(
    await readOne<{ id: string; name: string }>(
      driver,
      `MATCH (c:Company)<-[:SUPPLIES]-(s:Company)
       WITH c, count(DISTINCT s) AS n
       WHERE EXISTS { (c)<-[:SUPPLIES]-(:Company)<-[:SUPPLIES]-(:Company)<-[:SUPPLIES]-(:Company) }
       RETURN c.id AS id, c.name AS name ORDER BY n DESC, c.id LIMIT 1`,
    ),
    'supplied company',
  );
  const state = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (:Company {id: $id})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(s:Region {level: 'STATE'}) RETURN s.id AS id ORDER BY s.id LIMIT 1`,
      { id: company.id },
    ),
    'state of that company',
  );
  const center = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (a:Actor) WITH a ORDER BY a.id
       WITH a, COUNT { (a)-[:COLLABORATES_WITH]-(:Actor) } AS degree WHERE 3 <= degree <= 6
       RETURN a.id AS id LIMIT 1`,
    ),
    'actor with 3 to 6 collaborations',
  );
  const pathFrom = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (to:Company {id: $to})
       MATCH (s:Company)-[:SUPPLIES]->(:Company)-[:SUPPLIES]->(:Company)-[:SUPPLIES]->(to)
       WHERE NOT EXISTS { (s)-[:SUPPLIES]->(to) } AND NOT EXISTS { (s)-[:SUPPLIES]->(:Company)-[:SUPPLIES]->(to) }
       WITH DISTINCT s, to ORDER BY s.id LIMIT 50
       WITH s, COUNT { (s)-[:SUPPLIES*1..6]->(to) } AS paths
       RETURN s.id AS id ORDER BY CASE WHEN 2 <= paths <= 5 THEN 0 ELSE 1 END, s.id LIMIT 1`,
      { to: company.id },
    ),
    'company three tiers upstream',
  );
  const cluster = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (c:Cluster)<-[:MEMBER_OF]-(a:Company) WITH c, count(DISTINCT a) AS n ORDER BY n DESC, c.id LIMIT 1 RETURN c.id AS id`,
    ),
    'cluster with companies',
  );
  const { topSupplierId, lostStages } = await whatIf(driver, cluster.id);
  const hub = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (a:Actor) WITH a, COUNT { (a)-[:COLLABORATES_WITH]-(:Actor) } AS partners ORDER BY partners DESC, a.id LIMIT 1 RETURN a.id AS id`,
    ),
    'actor with collaborations',
  );
  const connectionTo = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (a:Actor {id: $from})
       MATCH p = ANY SHORTEST (a)-[:COLLABORATES_WITH|SUPPLIES]-{1,${MIX.connectionMaxHops}}(b:Actor)
       WHERE b <> a
       RETURN b.id AS id ORDER BY length(p) DESC, b.id LIMIT 1`,
      { from: center.id },
    ),
    'actor connected to the network center',
  );
  const valueChain = required(
    await readOne<{ id: string }>(
      driver,
      `MATCH (vc:ValueChain)<-[:STAGE_OF]-(st:ValueChainStage)
       WITH vc, st, EXISTS { (st)<-[:ACTIVE_IN]-(:Actor)-[:MEMBER_OF]->(:Cluster {id: $cluster}) } AS covered
       WITH vc, count(*) AS stages, sum(CASE WHEN covered THEN 1 ELSE 0 END) AS coveredCount
       RETURN vc.id AS id ORDER BY CASE WHEN 0 < coveredCount < stages THEN 0 ELSE 1 END, vc.id LIMIT 1`,
      { cluster: cluster.id },
    ),
    'value chain',
  );
  const gaps =
    (await readOne<{ clusterId: string; valueChainId: string }>(
      driver,
      `MATCH (cl:Cluster)
       WITH cl, COUNT { (cl)<-[:MEMBER_OF]-(:Company) } AS companies,
         COLLECT { MATCH (cl)<-[:MEMBER_OF]-(:Actor)-[:ACTIVE_IN]->(s:ValueChainStage) RETURN DISTINCT s } AS active
       MATCH (vc:ValueChain)<-[:STAGE_OF]-(st:ValueChainStage)
       WITH cl, companies, vc, count(st) AS stages, sum(CASE WHEN st IN active THEN 1 ELSE 0 END) AS coveredCount
       WHERE 0 < coveredCount < stages
       RETURN cl.id AS clusterId, vc.id AS valueChainId ORDER BY companies DESC, cl.id, vc.id LIMIT 1`,
    )) ?? null;
  return {
    gaps,
    connectionToId: connectionTo.id,
    valueChainId: valueChain.id,
    clusterId: cluster.id,
    topSupplierId,
    lostStages,
    hubActorId: hub.id,
    companyId: company.id,
    stateId: state.id,
    networkCenterId: center.id,
    pathFromId: pathFrom.id,
    searchText: company.name,
    luceneQuery: toLuceneQuery(company.name),
  };
}

/**
 * The cluster's top single point of failure, computed as supplyRisk computes it, and the (company, stage) pairs
 * its failure loses, computed as supplyDisruption computes them (the same fetch and algorithms, stages the fetch
 * found no stage node for left out as the resolver leaves them out).
 */
async function whatIf(driver: Driver, clusterId: string): Promise<{ topSupplierId: string; lostStages: LostStageFixture[] }> {
  // The bench owns the driver: this client must not close it.
  const graph = new GraphClient(driver, { database: undefined, timeoutMs: 120_000 });
  const network = await findUpstreamNetwork(graph, {
    scope: { clusterId, regionId: null, companyIds: null },
    tiers: MIX.resilienceTiers,
    asOf: null,
    citedOnly: false,
    removeIds: [],
  });
  const upstreams = numberedUpstreams({
    ids: network.companies.ids,
    scope: Int32Array.from({ length: network.scopeCount }, (_, i) => i),
    ...network.relations,
    stageIds: network.stages.map((s) => s.id),
    tiers: MIX.resilienceTiers,
  });
  const topSupplierId = required(singlePointsOfFailure(upstreams)[0]?.supplierId, 'single point of failure of that cluster');
  const removed = new Set([topSupplierId]);
  const lostStages = upstreams
    .filter((u) => !removed.has(u.companyId))
    .flatMap((u) => disruptionOf(u, removed).lost.map((lost) => ({ companyId: u.companyId, stageId: lost.stageId, formerSupplierIds: lost.formerSuppliers })));
  return { topSupplierId, lostStages };
}
