/**
 * The floor: one hand-written Cypher query per operation, returning exactly the data the operation's GraphQL
 * selection asks for, one record per result item in a column `result`. The floor server runs these by name, the
 * in-process driver measurement runs them directly, and the peer's @cypher fields embed the traversal ones
 * verbatim (bench/peer/schema.graphql), so all three read the graph the same way where the libraries allow it.
 *
 * Sizes the mix fixes (the GraphQL queries use the same numbers) are literals here: Cypher needs literal
 * quantifier bounds and `SHORTEST k`, and a fixed text is what a hand-written query would be.
 */
import { upstreamNetworkText } from '../../src/graph';
import type { ComparedOperationName } from './operation';

/** Page sizes and bounds shared by the three contenders. */
export const MIX = {
  listFirst: 20,
  clustersFirst: 10,
  membersFirst: 10,
  partnersFirst: 5,
  networkMaxNodes: 500,
  chainTiers: 4,
  chainMaxCompanies: 1000,
  pathsFirst: 5,
  pathsMaxHops: 6,
  searchFirst: 10,
  /** Our search asks the index for max(first × 5, 100) hits before it filters by label (src/graph/queries/search.ts). */
  searchScan: 100,
  resilienceTiers: 4,
} as const;

const ACTOR_BY_ID = `MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
WITH a, head(collect(g)) AS g
RETURN a { .id, .name, .kind, .founded, .website,
  location: CASE WHEN a.location IS NULL THEN null ELSE { latitude: a.location.y, longitude: a.location.x } END,
  region: CASE WHEN g IS NULL THEN null ELSE g { .id, .name } END } AS result`;

// One pass over the matches gives both the page and the total.
const ACTOR_LIST = `MATCH (a:Actor)
WHERE a.kind IN $kinds AND EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: $region}) }
WITH a ORDER BY coalesce(a.foundedYear, -1) DESC, a.id
WITH collect(a) AS matched
RETURN { totalCount: size(matched), items: [x IN matched[0..${MIX.listFirst}] | x { .id, .name, .founded }] } AS result`;

const NESTED_READ = `MATCH (c:Cluster)
WITH c ORDER BY c.name, c.id LIMIT ${MIX.clustersFirst}
CALL (c) {
  MATCH (a:Actor)-[m:MEMBER_OF]->(c)
  WITH a ORDER BY a.name, a.id, m.validFrom LIMIT ${MIX.membersFirst}
  CALL (a) {
    MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
    WITH b, r ORDER BY coalesce(r.weight, 0) DESC, b.name, b.id LIMIT ${MIX.partnersFirst}
    RETURN collect({ id: b.id, name: b.name, weight: r.weight }) AS partners
  }
  RETURN collect({ id: a.id, name: a.name, partners: partners }) AS members
}
RETURN { id: c.id, name: c.name, members: members } AS result`;

/**
 * Breadth-first by shortest paths: every actor within `depth` collaborations with its distance, the first
 * maxNodes - 1 by (distance, name, id) kept (our API keeps whole levels and cuts the last one by name and id,
 * which is the same set), then every collaboration among the kept actors.
 */
function partnerNetwork(depth: number): string {
  return `MATCH (c:Actor {id: $from})
CALL (c) {
  MATCH p = ANY SHORTEST (c)-[:COLLABORATES_WITH]-{1,${depth}}(n:Actor)
  WHERE n <> c
  WITH n, length(p) AS distance ORDER BY distance, n.name, n.id
  LIMIT toInteger($maxNodes)
  RETURN collect({ id: n.id, name: n.name, kind: n.kind, distance: distance }) AS found
}
WITH c, found[0..toInteger($maxNodes) - 1] AS kept, size(found) >= toInteger($maxNodes) AS truncated
WITH c, kept, truncated, [c.id] + [x IN kept | x.id] AS ids
CALL (ids) {
  UNWIND ids AS id
  MATCH (a:Actor {id: id})-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE a.id < b.id AND b.id IN ids
  RETURN collect({ source: a.id, target: b.id, weight: r.weight }) AS edges
}
RETURN { truncated: truncated, totalCount: size(kept),
  nodes: [{ id: c.id, name: c.name, kind: c.kind, distance: 0 }] + kept, edges: edges } AS result`;
}

const SUPPLY_CHAIN_4 = `MATCH (c:Company {id: $company})
CALL (c) {
  MATCH p = ANY SHORTEST (c)(()<-[:SUPPLIES]-()){1,${MIX.chainTiers}}(s:Company)
  WHERE s <> c
  WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
  LIMIT ${MIX.chainMaxCompanies + 1}
  RETURN collect({ id: s.id, name: s.name, tier: tier }) AS found
}
WITH c, found[0..${MIX.chainMaxCompanies}] AS kept, size(found) > ${MIX.chainMaxCompanies} AS truncated
CALL (c, kept) {
  UNWIND range(1, ${MIX.chainTiers}) AS t
  WITH c, t, [x IN kept WHERE x.tier = t] AS companies,
    CASE WHEN t = 1 THEN [c.id] ELSE [x IN kept WHERE x.tier = t - 1 | x.id] END AS nearer
  WHERE size(companies) > 0
  CALL (companies, nearer) {
    UNWIND companies AS x
    MATCH (a:Company {id: x.id})-[r:SUPPLIES]->(b:Company)
    WHERE b.id IN nearer
    RETURN collect({ supplier: a.id, customer: b.id, product: r.product }) AS edges
  }
  WITH t, companies, edges ORDER BY t
  RETURN collect({ tier: t, companies: [x IN companies | { id: x.id, name: x.name }], edges: edges }) AS tiers
}
RETURN { truncated: truncated, tiers: tiers } AS result`;

// The same simple-path predicate as our API: no company twice on a path.
const SUPPLY_PATHS = `MATCH (a:Company {id: $from}), (b:Company {id: $to})
MATCH p = SHORTEST ${MIX.pathsFirst} ((a)((x)-[r:SUPPLIES]->(y)){1,${MIX.pathsMaxHops}}(b)
  WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]))
WITH p, [n IN nodes(p) | n.id] AS ids ORDER BY length(p), ids
RETURN { length: length(p),
  hops: [rel IN relationships(p) | { supplier: startNode(rel).id, customer: endNode(rel).id, product: rel.product }] } AS result`;

const SEARCH = `CALL db.index.fulltext.queryNodes('entity_search_folded', $query, { limit: ${MIX.searchScan} }) YIELD node, score
WITH node, score WHERE node:Actor
WITH node, score ORDER BY score DESC, node.name, node.id LIMIT toInteger($first)
RETURN { id: node.id, name: node.name, kind: node.kind, score: score } AS result`;

const ACTOR_COUNTS_STATE = `MATCH (a:Actor)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(s:Region {level: 'STATE'})
WITH a, head(collect(s)) AS g
WITH coalesce(g.id, 'UNKNOWN') AS key, coalesce(g.name, 'Unknown') AS label, count(*) AS count
ORDER BY count DESC, key
WITH collect({ key: key, label: label, count: count }) AS groups
RETURN { total: reduce(total = 0, g IN groups | total + g.count), groups: groups } AS result`;

/**
 * supplyRisk and supplyDisruption: no server can rank cut vertices in Cypher alone, so the floor is the part any
 * server has to do, our one fetch of the cluster's upstream network (the statement verbatim, its fixed parameters
 * as literals), and the answers compare the counts of scope and network companies. Ours adds the algorithms and
 * GraphQL on top.
 */
const UPSTREAM_NETWORK = `CALL () {
${upstreamNetworkText(MIX.resilienceTiers, false)
  .replace(/\$regionId\b/g, "''")
  .replace(/\$companyIds\b/g, '[]')
  .replace(/\$removeIds\b/g, '[]')
  .replace(/\$citedOnly\b/g, 'false')
  .replace(/\$scopeLimit\b/g, '500')
  .replace(/\$limit\b/g, '5000')}
}
RETURN { scopeCompanies: size(scopeIds), companies: size(companies), truncated: cut } AS result`;

/** The floor's Cypher of each operation. */
export const FLOOR_CYPHER: Record<ComparedOperationName, string> = {
  actorById: ACTOR_BY_ID,
  actorList: ACTOR_LIST,
  nestedRead: NESTED_READ,
  partnerNetwork2: partnerNetwork(2),
  partnerNetwork3: partnerNetwork(3),
  supplyChain4: SUPPLY_CHAIN_4,
  supplyPaths: SUPPLY_PATHS,
  search: SEARCH,
  actorCounts: ACTOR_COUNTS_STATE,
  supplyRisk: UPSTREAM_NETWORK,
  supplyDisruption: UPSTREAM_NETWORK,
};
