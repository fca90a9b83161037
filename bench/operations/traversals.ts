import { DEFAULT_NETWORK_LINK_KINDS } from '../../src/model';
import { asArray, field, sortedByJson, type Json } from '../json';
import { MIX, RECOMMEND_PARTNERS_VALUES } from './floorCypher';
import type { ComparedOperation, Fixtures } from './operation';

const id = (entity: Json, what: string): Json => field(entity, 'id', what);
const round = (value: Json): Json => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value);

// ------------------------------------------------------------------------------------------ shortestConnection

/**
 * Which connection of the shortest length comes back is not specified (the SDL says so): compared are the
 * length and both ends, and that the hops chain from one end to the other.
 */
function connection(length: Json, hops: Array<{ from: Json; to: Json }>): Json {
  const chained = hops.every((hop, i) => i === 0 || hop.from === hops[i - 1]?.to);
  return { length, from: hops[0]?.from ?? null, to: hops.at(-1)?.to ?? null, hops: hops.length, chained };
}

/** One shortest connection over collaborations and supply relations, four hops at most. */
export function shortestConnection(f: Fixtures): ComparedOperation {
  return {
    name: 'shortestConnection',
    title: `shortestConnection(via: [COLLABORATION, SUPPLY], maxHops: ${MIX.connectionMaxHops}): hops explained`,
    // A traversal counts its hops (bench/README.md); ours takes one round trip: the search, the path and its details.
    depth: MIX.connectionMaxHops,
    ours: {
      query: `query ShortestConnection($from: ID!, $to: ID!) {
        shortestConnection(from: $from, to: $to, via: [COLLABORATION, SUPPLY], maxHops: ${MIX.connectionMaxHops}) {
          length explanation hops { from { id name } to { id name } link { linkKind source target } sentence }
        }
      }`,
      variables: { from: f.networkCenterId, to: f.connectionToId },
    },
    peer: {
      query: `query ShortestConnection($from: ID!, $to: ID!) { shortestConnection(from: $from, to: $to) { length hops { from to type } } }`,
      variables: { from: f.networkCenterId, to: f.connectionToId },
    },
    floorParams: { from: f.networkCenterId, to: f.connectionToId },
    normalizeOurs: (data) => {
      const found = field(data, 'shortestConnection', 'data');
      if (found === null) return null;
      const hops = asArray(field(found, 'hops', 'connection'), 'hops').map((h) => ({ from: id(field(h, 'from', 'hop'), 'from'), to: id(field(h, 'to', 'hop'), 'to') }));
      return connection(field(found, 'length', 'connection'), hops);
    },
    normalizePeer: (data) => {
      const found = field(data, 'shortestConnection', 'data');
      if (found === null) return null;
      const hops = asArray(field(found, 'hops', 'connection'), 'hops').map((h) => ({ from: field(h, 'from', 'hop'), to: field(h, 'to', 'hop') }));
      return connection(field(found, 'length', 'connection'), hops);
    },
    normalizeFloor: ([row]) => {
      if (row === undefined || row === null) return null;
      const hops = asArray(field(row, 'hops', 'row'), 'hops').map((h) => ({ from: field(h, 'from', 'hop'), to: field(h, 'to', 'hop') }));
      return connection(field(row, 'length', 'row'), hops);
    },
  };
}

// ------------------------------------------------------------------------------------------- criticalSuppliers

function upstreamCounts(considered: Json, truncated: Json): Json {
  return { suppliersConsidered: considered, truncated };
}

/**
 * The critical suppliers of the company with the most direct suppliers. Cut vertices are no Cypher: the floor and
 * the peer run the fetch any server needs (the upstream companies, nearest first, and every supply relation among
 * them with its stage) and the check compares how many companies it read.
 */
export function criticalSuppliers(f: Fixtures): ComparedOperation {
  return {
    name: 'criticalSuppliers',
    title: `criticalSuppliers(tiers: ${MIX.chainTiers}) of the company with the most suppliers: single sources and cut vertices`,
    depth: 3,
    ours: {
      query: `query CriticalSuppliers($company: ID!) {
        criticalSuppliers(company: $company, tiers: ${MIX.chainTiers}) {
          tiers suppliersConsidered truncated
          criticalSuppliers { supplier { id name } reason tier stages { id name } explanation }
        }
      }`,
      variables: { company: f.companyId },
    },
    peer: {
      query: `query CriticalSuppliers($company: ID!) { criticalSuppliersNetwork(company: $company) { suppliersConsidered truncated } }`,
      variables: { company: f.companyId },
    },
    floorParams: { company: f.companyId },
    normalizeOurs: (data) => {
      const found = field(data, 'criticalSuppliers', 'data');
      return upstreamCounts(field(found, 'suppliersConsidered', 'analysis'), field(found, 'truncated', 'analysis'));
    },
    normalizePeer: (data) => {
      const found = field(data, 'criticalSuppliersNetwork', 'data');
      return upstreamCounts(field(found, 'suppliersConsidered', 'network'), field(found, 'truncated', 'network'));
    },
    normalizeFloor: ([row]) => upstreamCounts(field(row ?? null, 'suppliersConsidered', 'row'), field(row ?? null, 'truncated', 'row')),
  };
}

// ---------------------------------------------------------------------------------------- scienceIndustryLinks

interface ScienceIndustryAnswer {
  instituteCount: Json;
  companyCount: Json;
  collaborations: number;
  linkCounts: Json[];
  pairs: Json[];
}

function scienceAnswer(a: ScienceIndustryAnswer): Json {
  return { instituteCount: a.instituteCount, companyCount: a.companyCount, collaborations: a.collaborations, linkCounts: a.linkCounts, pairs: a.pairs };
}

function pairOf(pair: Json, linkKind: string): Json {
  return {
    institute: id(field(pair, 'institute', 'pair'), 'institute'),
    company: id(field(pair, 'company', 'pair'), 'company'),
    score: field(pair, 'score', 'pair'),
    links: asArray(field(pair, 'links', 'pair'), 'links').map((l) => field(l, linkKind, 'link')),
  };
}

function scienceFromRow(row: Json): Json {
  return scienceAnswer({
    instituteCount: field(row, 'instituteCount', 'row'),
    companyCount: field(row, 'companyCount', 'row'),
    collaborations: asArray(field(row, 'collaborations', 'row'), 'collaborations').reduce<number>((n, t) => n + (field(t, 'count', 'tally') as number), 0),
    linkCounts: asArray(field(row, 'linkCounts', 'row'), 'linkCounts'),
    pairs: asArray(field(row, 'strongestPairs', 'row'), 'pairs').map((p) => pairOf(p, 'kind')),
  });
}

/** Institute–company links in the largest cluster: counts by model and kind, the 20 strongest pairs. */
export function scienceIndustryLinks(f: Fixtures): ComparedOperation {
  return {
    name: 'scienceIndustryLinks',
    title: `scienceIndustryLinks(cluster, first: ${MIX.pairsFirst}) of the largest cluster: counts and strongest pairs`,
    depth: 3,
    ours: {
      query: `query ScienceIndustryLinks($cluster: ID!) {
        scienceIndustryLinks(cluster: $cluster, first: ${MIX.pairsFirst}) {
          instituteCount companyCount
          countsByInteractionModel { model count }
          countsByLinkKind { linkKind count }
          strongestPairs { institute { id name } company { id name } score links { linkKind source target since } }
        }
      }`,
      variables: { cluster: f.clusterId },
    },
    peer: { query: `query ScienceIndustryLinks($clusterId: ID!) {
        scienceIndustryLinks(clusterId: $clusterId) {
          instituteCount companyCount collaborations { count } linkCounts
          strongestPairs { institute { id name } company { id name } score links { kind } }
        }
      }`, variables: { clusterId: f.clusterId } },
    floorParams: { clusterId: f.clusterId },
    normalizeOurs: (data) => {
      const found = field(data, 'scienceIndustryLinks', 'data');
      return scienceAnswer({
        instituteCount: field(found, 'instituteCount', 'links'),
        companyCount: field(found, 'companyCount', 'links'),
        collaborations: asArray(field(found, 'countsByInteractionModel', 'links'), 'models').reduce<number>((n, m) => n + (field(m, 'count', 'model') as number), 0),
        linkCounts: asArray(field(found, 'countsByLinkKind', 'links'), 'kinds').map((k) => field(k, 'count', 'kind')),
        pairs: asArray(field(found, 'strongestPairs', 'links'), 'pairs').map((p) => pairOf(p, 'linkKind')),
      });
    },
    normalizePeer: (data) => scienceFromRow(field(data, 'scienceIndustryLinks', 'data')),
    normalizeFloor: ([row]) => scienceFromRow(row ?? null),
  };
}

// ------------------------------------------------------------------------------------------ valueChainCoverage

function candidates(list: Json): Json {
  return asArray(list, 'candidates').map((c) => ({ actor: id(field(c, 'actor', 'candidate'), 'actor'), distanceKm: round(field(c, 'distanceKm', 'candidate')), hops: field(c, 'hops', 'candidate') }));
}

function coverage(stages: Json): Json {
  return asArray(stages, 'stages').map((s) => ({
    stage: id(field(s, 'stage', 'stage'), 'stage'),
    members: asArray(field(s, 'members', 'stage'), 'members').map((m) => id(m, 'member')),
    nearestByGeography: candidates(field(s, 'nearestByGeography', 'stage')),
    nearestByNetwork: candidates(field(s, 'nearestByNetwork', 'stage')),
  }));
}

function coverageOperation(name: 'valueChainCoverage' | 'valueChainGaps', title: string, clusterId: string, valueChainId: string): ComparedOperation {
  return {
    name,
    title: `valueChainCoverage(cluster, valueChain, candidatesPerStage: ${MIX.coverageCandidates}) ${title}`,
    depth: 3,
    ours: {
      query: `query ValueChainCoverage($cluster: ID!, $valueChain: ID!) {
        valueChainCoverage(cluster: $cluster, valueChain: $valueChain, candidatesPerStage: ${MIX.coverageCandidates}) {
          referencePointSource coveredCount referencePoint { latitude longitude }
          stages {
            stage { id name } covered members { id name }
            nearestByGeography { actor { id name } distanceKm hops }
            nearestByNetwork { actor { id name } distanceKm hops }
          }
        }
      }`,
      variables: { cluster: clusterId, valueChain: valueChainId },
    },
    peer: {
      query: `query ValueChainCoverage($clusterId: ID!, $valueChainId: ID!) {
        valueChainCoverage(clusterId: $clusterId, valueChainId: $valueChainId) {
          refSource
          stages {
            stage { id name } members { id name }
            nearestByGeography { actor { id name } distanceKm hops }
            nearestByNetwork { actor { id name } distanceKm hops }
          }
        }
      }`,
      variables: { clusterId, valueChainId },
    },
    floorParams: { clusterId, valueChainId },
    normalizeOurs: (data) => {
      const found = field(data, 'valueChainCoverage', 'data');
      return { refSource: field(found, 'referencePointSource', 'coverage'), stages: coverage(field(found, 'stages', 'coverage')) };
    },
    normalizePeer: (data) => {
      const found = field(data, 'valueChainCoverage', 'data');
      return { refSource: field(found, 'refSource', 'coverage'), stages: coverage(field(found, 'stages', 'coverage')) };
    },
    normalizeFloor: ([row]) => ({ refSource: field(row ?? null, 'refSource', 'row'), stages: coverage(field(row ?? null, 'stages', 'row')) }),
  };
}

/** The largest cluster's coverage of a value chain, with three candidates per missing stage each way. */
export function valueChainCoverage(f: Fixtures): ComparedOperation {
  return coverageOperation('valueChainCoverage', 'of the largest cluster', f.clusterId, f.valueChainId);
}

/**
 * The coverage of the largest cluster that misses stages (f.gaps): candidates for each missing stage by distance
 * and by network hops. Where no cluster misses a stage, the largest cluster's coverage stands in (the check then
 * says nothing new, and the title says so).
 */
export function valueChainGaps(f: Fixtures): ComparedOperation {
  return f.gaps
    ? coverageOperation('valueChainGaps', 'of the largest cluster that misses a stage', f.gaps.clusterId, f.gaps.valueChainId)
    : coverageOperation('valueChainGaps', 'of the largest cluster (no cluster misses a stage)', f.clusterId, f.valueChainId);
}

// ------------------------------------------------------------------------------------------- recommendPartners

function recommendations(list: Json): Json {
  return asArray(list, 'recommendations').map((r) => ({
    actor: id(field(r, 'actor', 'recommendation'), 'actor'),
    score: field(r, 'score', 'recommendation'),
    commonPartnerCount: field(r, 'commonPartnerCount', 'recommendation'),
    commonPartners: asArray(field(r, 'commonPartners', 'recommendation'), 'partners').map((p) => id(p, 'partner')),
    sharedClusters: asArray(field(r, 'sharedClusters', 'recommendation'), 'clusters').map((c) => id(c, 'cluster')),
  }));
}

/** Ten ranked partner suggestions for a typical actor, with their reasons. */
export function recommendPartners(f: Fixtures): ComparedOperation {
  return {
    name: 'recommendPartners',
    title: `recommendPartners(for, first: ${MIX.recommendFirst}): scores and reasons`,
    depth: 2,
    ours: {
      query: `query RecommendPartners($for: ID!) {
        recommendPartners(for: $for, first: ${MIX.recommendFirst}) {
          actor { id name kind } score commonPartnerCount commonPartners { id name }
          sharedTechnologies { id name } sharedClusters { id name } sameRegion { id name }
          complementaryStages { actorStage { id name } candidateStage { id name } upstream } reasons
        }
      }`,
      variables: { for: f.networkCenterId },
    },
    peer: { query: `query RecommendPartners($id: ID!) {
        recommendPartners(id: $id) { actor { id name } score commonPartnerCount commonPartners { id name } sharedClusters { id name } }
      }`, variables: { id: f.networkCenterId } },
    floorParams: { id: f.networkCenterId, ...RECOMMEND_PARTNERS_VALUES },
    normalizeOurs: (data) => recommendations(field(data, 'recommendPartners', 'data')),
    normalizePeer: (data) => recommendations(field(data, 'recommendPartners', 'data')),
    normalizeFloor: (rows) => recommendations(rows),
  };
}

// --------------------------------------------------------------------------------------------- explorerNetwork

/** Link kinds whose edges carry no direction: their ends are compared as a set. */
const UNDIRECTED_KINDS: ReadonlySet<Json> = new Set(['COLLABORATION', 'JOINT_PROJECT', 'SAME_CLUSTER']);

function explorerAnswer(truncated: Json, nodes: Json, edges: Json): Json {
  return {
    truncated,
    nodes: sortedByJson(asArray(nodes, 'nodes').map((n) => ({ id: field(n, 'id', 'node'), distance: field(n, 'distance', 'node') }))),
    edges: sortedByJson(
      asArray(edges, 'edges').map((e) => {
        const kind = field(e, 'linkKind', 'edge');
        const ends = [field(e, 'source', 'edge'), field(e, 'target', 'edge')];
        if (UNDIRECTED_KINDS.has(kind)) ends.sort();
        return [kind, ...ends];
      }),
    ),
  };
}

/**
 * The explorer's first request when a user opens an actor (web/explorer/api.ts NETWORK, as main.ts sends it by
 * default: depth 1, the default link kinds, 150 actors at most), of the company with the most direct suppliers.
 * The query text is the explorer's; keep the two alike.
 */
export function explorerNetwork(f: Fixtures): ComparedOperation {
  return {
    name: 'explorerNetwork',
    title: `the explorer's first request: partnerNetwork(depth: 1, default link kinds, maxNodes: ${MIX.explorerMaxNodes}) with every edge field`,
    // The network, its nodes and edges, and what hangs below an edge (stage, cluster, project).
    depth: 3,
    ours: {
      query: `query ExplorerNetwork($from: ID!, $depth: Int!, $filter: PartnerNetworkFilter, $maxNodes: Int!) {
        partnerNetwork(from: $from, depth: $depth, filter: $filter, maxNodes: $maxNodes, first: 0) {
          truncated
          subgraph {
            nodes { id name kind distance actor { aliases illustrative } }
            edges { source target linkKind directed topic weight interactionModel product since until sources illustrative
              stage { name } cluster { id name } project { id title acronym } }
            clusters { id name memberCount }
            memberships { actor cluster since until illustrative }
          }
        }
      }`,
      variables: {
        from: f.companyId,
        depth: 1,
        maxNodes: MIX.explorerMaxNodes,
        filter: { linkKinds: [...DEFAULT_NETWORK_LINK_KINDS], asOf: null, cluster: null, evidence: 'ALL' },
      },
    },
    peer: {
      query: `query ExplorerNetwork($from: ID!) { explorerNetwork(from: $from) { truncated nodes { id name kind distance } edges { source target linkKind } } }`,
      variables: { from: f.companyId },
    },
    floorParams: { from: f.companyId },
    normalizeOurs: (data) => {
      const network = field(data, 'partnerNetwork', 'data');
      const subgraph = field(network, 'subgraph', 'network');
      return explorerAnswer(field(network, 'truncated', 'network'), field(subgraph, 'nodes', 'subgraph'), field(subgraph, 'edges', 'subgraph'));
    },
    normalizePeer: (data) => {
      const network = field(data, 'explorerNetwork', 'data');
      return explorerAnswer(field(network, 'truncated', 'network'), field(network, 'nodes', 'network'), field(network, 'edges', 'network'));
    },
    normalizeFloor: ([row]) => explorerAnswer(field(row ?? null, 'truncated', 'row'), field(row ?? null, 'nodes', 'row'), field(row ?? null, 'edges', 'row')),
  };
}
