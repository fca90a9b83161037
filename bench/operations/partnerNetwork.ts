import { asArray, field, sortedByJson, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

/** Nodes and edges are sets: sorted, so the order each contender happens to return does not matter. */
function answer(result: Json): Json {
  const nodes = asArray(field(result, 'nodes', 'network'), 'nodes').map((n) => ({
    id: field(n, 'id', 'node'),
    name: field(n, 'name', 'node'),
    kind: field(n, 'kind', 'node'),
    distance: field(n, 'distance', 'node'),
  }));
  const edges = asArray(field(result, 'edges', 'network'), 'edges').map((e) => ({
    source: field(e, 'source', 'edge'),
    target: field(e, 'target', 'edge'),
    weight: field(e, 'weight', 'edge'),
  }));
  return {
    truncated: field(result, 'truncated', 'network'),
    totalCount: field(result, 'totalCount', 'network'),
    nodes: sortedByJson(nodes),
    edges: sortedByJson(edges),
  };
}

/** An actor's collaboration network to `depth` links: every actor with its distance, and the links among them. */
export function partnerNetwork(f: Fixtures, depth: 2 | 3): ComparedOperation {
  const name = depth === 2 ? 'partnerNetwork2' : 'partnerNetwork3';
  return {
    name,
    title: `partnerNetwork(depth: ${depth}, COLLABORATION, maxNodes: ${MIX.networkMaxNodes}): nodes and links`,
    // The query itself is two levels (network → nodes/edges); the traversal is `depth` levels deep.
    depth,
    ours: {
      query: `query PartnerNetwork($from: ID!, $maxNodes: Int!) {
        partnerNetwork(from: $from, depth: ${depth}, maxNodes: $maxNodes, first: 0, filter: { linkKinds: [COLLABORATION] }) {
          truncated rows { totalCount } subgraph { nodes { id name kind distance } edges { source target weight } }
        }
      }`,
      variables: { from: f.networkCenterId, maxNodes: MIX.networkMaxNodes },
    },
    peer: {
      query: `query PartnerNetwork($from: ID!, $maxNodes: Int!) {
        ${name}(from: $from, maxNodes: $maxNodes) { truncated totalCount nodes { id name kind distance } edges { source target weight } }
      }`,
      variables: { from: f.networkCenterId, maxNodes: MIX.networkMaxNodes },
    },
    floorParams: { from: f.networkCenterId, maxNodes: MIX.networkMaxNodes },
    normalizeOurs: (data) => {
      const network = field(data, 'partnerNetwork', 'data');
      const subgraph = field(network, 'subgraph', 'network');
      return answer({
        truncated: field(network, 'truncated', 'network'),
        totalCount: field(field(network, 'rows', 'network'), 'totalCount', 'rows'),
        nodes: field(subgraph, 'nodes', 'subgraph'),
        edges: field(subgraph, 'edges', 'subgraph'),
      });
    },
    normalizePeer: (data) => answer(field(data, name, 'data')),
    normalizeFloor: ([row]) => answer(row ?? null),
  };
}
