/**
 * The floor: one hand-written Cypher query per operation, returning exactly the data the operation's GraphQL
 * selection asks for, one record per result item in a column `result`. The floor server runs these by name, the
 * in-process driver measurement runs them directly, and the peer's @cypher fields embed the traversal ones
 * verbatim (bench/peer/schema.graphql), so all three read the graph the same way where the libraries allow it.
 *
 * Sizes the mix fixes (the GraphQL queries use the same numbers) are literals here: Cypher needs literal
 * quantifier bounds and `SHORTEST k`, and a fixed text is what a hand-written query would be.
 */
import { SUPPLY_ALTERNATIVES_STATEMENTS, UPSTREAM_NETWORK_STATEMENTS, upstreamNetworkVariant } from '../../src/graph';
import { ACTOR_KIND_BY_LABEL } from '../../src/model';
import { MAX_LISTED_COMMON_PARTNERS, PARTNER_RECOMMENDATIONS_STATEMENTS, RECOMMENDATION_WEIGHTS } from '../../src/graph/queries/traversal/findPartnerRecommendations';
import { SCIENCE_INDUSTRY_STATEMENTS, SCIENCE_INDUSTRY_WEIGHTS } from '../../src/graph/queries/traversal/findScienceIndustryLinks';
import { VALUE_CHAIN_COVERAGE_STATEMENTS } from '../../src/graph/queries/traversal/findValueChainCoverage';
import { NETWORK_LINK_KINDS } from '../../src/graph/queries/traversal/traversalRecords';
import { withLiterals } from './ourStatement';
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
  /** `supplyRisk(first:)`: the single points of failure listed. */
  riskFirst: 20,
  /** `alternatives(first:)` of each lost stage of the what-if. */
  alternativesFirst: 3,
  connectionMaxHops: 4,
  pairsFirst: 20,
  coverageCandidates: 3,
  recommendFirst: 10,
  /** The explorer's bound on a drawn network (web/explorer/main.ts MAX_NODES). */
  explorerMaxNodes: 150,
} as const;

// Fixed values of our statements the floor runs with literals (ourStatement.ts): no id check, any time.
const NO_ID_CHECK = { references: [] };
const ANY_TIME = { timed: false, asOf: '1900-01-01' };

const ACTOR_BY_ID = `MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
WITH a, head(collect(g)) AS g
RETURN a { .id, .name, .kind, .founded, .website,
  location: CASE WHEN a.location IS NULL THEN null ELSE { latitude: a.location.y, longitude: a.location.x } END,
  region: CASE WHEN g IS NULL THEN null ELSE g { .id, .name } END } AS result`;

/**
 * Start from the filter, as an expert would: walk down from the state through its sub-regions to the actors
 * located there (a few hundred of the whole graph), keep the kinds asked for, count them once and cut the page
 * with a top-k sort over node references; only the page's 20 actors are projected. (The earlier floor scanned
 * every actor and walked up from each to test the region: slower than ours.)
 */
const ACTOR_LIST = `MATCH (:Region {id: $region})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(a:Actor)
WHERE a.kind IN $kinds
WITH DISTINCT a
WITH collect(a) AS matched
CALL (matched) {
  UNWIND matched AS a
  WITH a ORDER BY coalesce(a.foundedYear, -1) DESC, a.id LIMIT ${MIX.listFirst}
  RETURN collect(a { .id, .name, .founded }) AS items
}
RETURN { totalCount: size(matched), items: items } AS result`;

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
 * which is the same set), then every collaboration among the kept actors, found from the kept nodes themselves
 * (`b IN nodes`). The earlier floor sought each kept actor again by id and tested `b.id IN ids` on every link:
 * slower than ours at depth 3 (0.87 in the session 10 and 11 full runs), whose statement compares nodes.
 */
function partnerNetwork(depth: number): string {
  return `MATCH (c:Actor {id: $from})
CALL (c) {
  MATCH p = ANY SHORTEST (c)-[:COLLABORATES_WITH]-{1,${depth}}(n:Actor)
  WHERE n <> c
  WITH n, length(p) AS distance ORDER BY distance, n.name, n.id
  LIMIT toInteger($maxNodes)
  RETURN collect([n, distance]) AS found
}
WITH c, found[0..toInteger($maxNodes) - 1] AS kept, size(found) >= toInteger($maxNodes) AS truncated
WITH c, kept, truncated, [c] + [x IN kept | x[0]] AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE b IN nodes AND a.id < b.id
  RETURN collect({ source: a.id, target: b.id, weight: r.weight }) AS edges
}
RETURN { truncated: truncated, totalCount: size(kept),
  nodes: [{ id: c.id, name: c.name, kind: c.kind, distance: 0 }] + [x IN kept | { id: x[0].id, name: x[0].name, kind: x[0].kind, distance: x[1] }],
  edges: edges } AS result`;
}

/**
 * `found`: company `c`'s upstream companies within the tiers, nearest first, then name and id, one more than the
 * cut (so the caller can tell it was cut), each collected as `item` (over `s` and its `tier`).
 */
function upstreamFound(item: string): string {
  return `CALL (c) {
  MATCH p = ANY SHORTEST (c)(()<-[:SUPPLIES]-()){1,${MIX.chainTiers}}(s:Company)
  WHERE s <> c
  WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
  LIMIT ${MIX.chainMaxCompanies + 1}
  RETURN collect(${item}) AS found
}`;
}

const SUPPLY_CHAIN_4 = `MATCH (c:Company {id: $company})
${upstreamFound('{ id: s.id, name: s.name, tier: tier }')}
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

/**
 * Counted from the few states down (each state's sub-regions, then the actors located in them), never from each
 * actor up; the total is the count store's, and actors in no state are the rest. Each actor lies in at most one
 * state (the region hierarchy is a tree, one location per actor), so the rest is exactly ours' Unknown group.
 */
const ACTOR_COUNTS_STATE = `CALL () {
  MATCH (a:Actor) RETURN count(a) AS total
}
CALL () {
  MATCH (s:Region {level: 'STATE'})
  CALL (s) {
    MATCH (s)<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(a:Actor)
    RETURN count(DISTINCT a) AS count
  }
  WITH s, count WHERE count > 0
  RETURN collect({ key: s.id, label: s.name, count: count }) AS states
}
WITH total, states, total - reduce(n = 0, g IN states | n + g.count) AS unknown
UNWIND states + CASE WHEN unknown > 0 THEN [{ key: 'UNKNOWN', label: 'Unknown', count: unknown }] ELSE [] END AS g
WITH total, g ORDER BY g.count DESC, g.key
WITH total, collect(g) AS groups
RETURN { total: total, groups: groups } AS result`;

// The fetch any resilience answer needs: the cluster's upstream network, our statement with its fixed values as
// literals (scope by cluster, any time, all evidence, our caps; the companies' places only for the local share).
const upstreamNetworkCall = (places: boolean): string => `CALL () {
${withLiterals(
  UPSTREAM_NETWORK_STATEMENTS[0]!,
  upstreamNetworkVariant(MIX.resilienceTiers),
  { regionId: '', companyIds: [], removeIds: [], citedOnly: false, ...ANY_TIME, scopeLimit: 500, limit: 5000, places, names: true },
  ['clusterId'],
)}
}`;

/**
 * supplyRisk: no Cypher ranks cut vertices, so the floor is what an expert would ship: the fetch of the cluster's
 * upstream network (our statement as literals, the best Cypher for it we know), returned as lean lists (ids,
 * names, region ids, each distinct region's chain once, relations as [supplier, customer, stage]), and the same
 * routines of src/algorithms run on it in the floor's process (floorFinish.ts): single points of failure with
 * their cuts, and the local share. Until issue 16's session 10 it returned the three counts only, so ours/floor
 * compared our whole answer with a fetch that never left Neo4j. The counts stay in the result for the peer,
 * whose @cypher field projects them from the same statement (it cannot run the algorithms).
 */
const SUPPLY_RISK_NETWORK = `${upstreamNetworkCall(true)}
RETURN { part: part, scopeCompanies: scopeCount, companies: companyCount, truncated: cut,
  companyIds: companyIds, companyNames: companyNames, regions: regions,
  relations: [g IN coalesce(relations, []) | [g[0].id, g[1], g[2]]], scopeRegionId: scopeRegion.id } AS result`;

/**
 * supplyDisruption with alternatives: the fetch, and the alternatives of every (company, stage) the what-if
 * loses, ranked as ours ranks them. Which stages are lost is an algorithm on the fetch (no Cypher), so those pairs
 * come as the parameter `$requests` (the fixtures compute them with our algorithm, as they pick the supplier); the
 * alternatives are our statement with literals, the best Cypher we know for them (docs/traversals.md: a single
 * ranking of every candidate per pair, the plain way to write it, reads millions of db hits at 100k actors).
 */
const SUPPLY_DISRUPTION = `${upstreamNetworkCall(false)}
WITH part, scopeCount, companyCount, cut WHERE part = 0
CALL () {
  CALL () {
${withLiterals(SUPPLY_ALTERNATIVES_STATEMENTS[0]!, '', { citedOnly: false, ...ANY_TIME }, ['requests'])}
  }
  RETURN collect({ company: $requests[toInteger(key)].companyId, stage: $requests[toInteger(key)].stageId, alternatives: alternatives }) AS lost
}
RETURN { scopeCompanies: scopeCount, companies: companyCount, truncated: cut, lost: lost } AS result`;

/**
 * One shortest connection over collaborations and supply relations, each read undirected: Neo4j's own shortest
 * path search between the two actors (ours is a bidirectional breadth-first search in round trips, as it must
 * bound the actors it visits), with each hop's actors and relationship.
 */
const SHORTEST_CONNECTION = `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = ANY SHORTEST (a)-[:COLLABORATES_WITH|SUPPLIES]-{1,${MIX.connectionMaxHops}}(b)
WITH p, nodes(p) AS ns
RETURN { length: length(p),
  hops: [i IN range(0, length(p) - 1) | { from: ns[i].id, fromName: ns[i].name, to: ns[i + 1].id, toName: ns[i + 1].name,
    type: type(relationships(p)[i]) }] } AS result`;

/**
 * criticalSuppliers: cut vertices and single sources are no Cypher, so the floor is the fetch any server needs
 * for them: the company's upstream companies within the tiers, nearest first and cut at 1000 as ours, and every
 * supply relation among them and the company with its stage. It returns what a server computing the answer
 * needs in its process, as lean as it can come: each supplier's id, name and tier (the answer names a critical
 * supplier and its tier), each relation as [supplier, customer, stage], the company's name and the names of the
 * stages named (the explanation says them). (Until issue 16's session 9 it returned the two counts only, so the
 * floor never shipped the subgraph a server has to analyse; the check still compares the counts.)
 */
const CRITICAL_SUPPLIERS_FETCH = `MATCH (c:Company {id: $company})
${upstreamFound('[s, tier]')}
WITH c, found[0..${MIX.chainMaxCompanies}] AS kept, size(found) > ${MIX.chainMaxCompanies} AS truncated
WITH c, kept, truncated, [c] + [x IN kept | x[0]] AS companies
CALL (companies) {
  UNWIND companies AS a
  MATCH (a)-[r:SUPPLIES]->(b:Company)
  WHERE b IN companies
  RETURN collect([a.id, b.id, r.stage]) AS edges
}
CALL (edges) {
  UNWIND edges AS e
  WITH DISTINCT e[2] AS stageId
  MATCH (st:ValueChainStage {id: stageId})
  RETURN collect([st.id, st.name]) AS stages
}
RETURN { suppliersConsidered: size(kept), truncated: truncated, company: c.name,
  suppliers: [x IN kept | [x[0].id, x[0].name, x[1]]], relations: edges, stages: stages } AS result`;

/**
 * The explorer's first request: the actor's direct neighbours over the default link kinds (collaboration, joint
 * project, supply, spin-off; shared clusters are not followed by default), the first 149 by name and id, then
 * every link of those kinds among the kept actors with the fields the explorer draws. Every field the explorer's
 * query asks for is read, as ours must: the actors' aliases and sample flag, a joint project's dates (the
 * project's), sources and sample flag (either participation's), a spin-off's year as its start, the project's
 * title (stored as `name`). Before session 9 the floor left these out.
 */
const EXPLORER_NETWORK = `MATCH (c:Actor {id: $from})
CALL (c) {
  MATCH (c)-[:COLLABORATES_WITH|SUPPLIES|SPUN_OFF_FROM]-(n:Actor) RETURN n
  UNION
  MATCH (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(n:Actor) RETURN n
}
WITH c, n WHERE n <> c
WITH c, n ORDER BY n.name, n.id
WITH c, collect(n) AS found
WITH c, found[0..${MIX.explorerMaxNodes - 1}] AS kept, size(found) > ${MIX.explorerMaxNodes - 1} AS truncated
WITH c, kept, truncated, [c] + kept AS actors
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[r:COLLABORATES_WITH|SUPPLIES|SPUN_OFF_FROM]->(b:Actor)
  WHERE b IN actors
  OPTIONAL MATCH (st:ValueChainStage {id: r.stage})
  RETURN collect({ source: a.id, target: b.id,
    linkKind: CASE type(r) WHEN 'COLLABORATES_WITH' THEN 'COLLABORATION' WHEN 'SUPPLIES' THEN 'SUPPLY' ELSE 'SPIN_OFF' END,
    topic: r.topic, weight: r.weight, interactionModel: r.model, product: r.product,
    since: CASE type(r) WHEN 'SPUN_OFF_FROM' THEN toString(toInteger(r.year)) ELSE r.since END, until: r.until,
    sources: r.sources, illustrative: r.illustrative, stage: st.name }) AS direct
}
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[q1:PARTICIPATES_IN]->(p:Project)<-[q2:PARTICIPATES_IN]-(b:Actor)
  WHERE a.id < b.id AND b IN actors
  RETURN collect({ source: a.id, target: b.id, linkKind: 'JOINT_PROJECT', project: { id: p.id, title: p.name, acronym: p.acronym },
    since: p.start, until: p.end, sources: coalesce(q1.sources, []) + coalesce(q2.sources, []),
    illustrative: coalesce(q1.illustrative, false) OR coalesce(q2.illustrative, false) }) AS projects
}
RETURN { truncated: truncated,
  nodes: [n IN [c] + kept | { id: n.id, name: n.name, kind: n.kind, distance: CASE WHEN n = c THEN 0 ELSE 1 END,
    aliases: coalesce(n.aliases, []), illustrative: coalesce(n.illustrative, false) }],
  edges: direct + projects } AS result`;

// The operations ours answers in one hand-written statement: that statement with its fixed values as literals
// (ourStatement.ts), the question's ids as parameters, no id check.

const SCIENCE_INDUSTRY = `CALL () {
${withLiterals(SCIENCE_INDUSTRY_STATEMENTS[0]!, '', { regionId: '', citedOnly: false, ...ANY_TIME, first: MIX.pairsFirst, weights: SCIENCE_INDUSTRY_WEIGHTS, linkKinds: NETWORK_LINK_KINDS, ...NO_ID_CHECK }, ['clusterId'])}
}
RETURN { instituteCount: instituteCount, companyCount: companyCount, collaborations: collaborations, linkCounts: linkCounts, strongestPairs: strongestPairs } AS result`;

const VALUE_CHAIN_COVERAGE = `CALL () {
${withLiterals(VALUE_CHAIN_COVERAGE_STATEMENTS[0]!, '', { candidates: MIX.coverageCandidates, citedOnly: false, ...ANY_TIME, ...NO_ID_CHECK }, ['clusterId', 'valueChainId'])}
}
RETURN { refSource: refSource, stages: stages } AS result`;

/**
 * recommendPartners' fixed values, as parameters of the floor's statement (floorParams), not as literals: with
 * the lists and the weights map written into the text the floor was slower than ours (ours/floor p50 0.95 at 100k in
 * sessions 12 and 14, 0.86 at 1M), so the floor is our statement with top-level parameters.
 */
export const RECOMMEND_PARTNERS_VALUES = {
  kinds: Object.values(ACTOR_KIND_BY_LABEL),
  first: MIX.recommendFirst,
  weights: RECOMMENDATION_WEIGHTS,
  listedPartners: MAX_LISTED_COMMON_PARTNERS,
  citedOnly: false,
  ...ANY_TIME,
  ...NO_ID_CHECK,
};

const recommendPartners = (kept: readonly string[]): string => `CALL () {
${withLiterals(PARTNER_RECOMMENDATIONS_STATEMENTS[0]!, '', RECOMMEND_PARTNERS_VALUES, ['id', ...kept])}
}
UNWIND coalesce(recommendations, []) AS result
RETURN result`;

const RECOMMEND_PARTNERS = recommendPartners(Object.keys(RECOMMEND_PARTNERS_VALUES));

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
  supplyRisk: SUPPLY_RISK_NETWORK,
  supplyDisruption: SUPPLY_DISRUPTION,
  shortestConnection: SHORTEST_CONNECTION,
  criticalSuppliers: CRITICAL_SUPPLIERS_FETCH,
  scienceIndustryLinks: SCIENCE_INDUSTRY,
  valueChainCoverage: VALUE_CHAIN_COVERAGE,
  valueChainGaps: VALUE_CHAIN_COVERAGE,
  recommendPartners: RECOMMEND_PARTNERS,
  explorerNetwork: EXPLORER_NETWORK,
};

/**
 * The Cypher of the peer's @cypher fields: the floor's, except where the floor takes parameters a @cypher field
 * cannot be given (only its arguments): there the fixed values stay literals.
 */
export const PEER_CYPHER: Record<ComparedOperationName, string> = { ...FLOOR_CYPHER, recommendPartners: recommendPartners([]) };
