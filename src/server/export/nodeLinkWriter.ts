import type { TextSink } from './chunkedSink';
import type { Attributes, ExportGraph } from './exportGraph';

/** Attribute values without the nulls: a missing value is left out, as the GraphML writer leaves out its <data>. */
function present(attributes: Attributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== null) out[name] = value;
  return out;
}

/**
 * Writes networkx's node-link JSON (`networkx.node_link_graph` reads it; Cytoscape imports it too):
 * `{directed, multigraph, graph, nodes: [{id, …}], links: [{source, target, key, …}]}`. Each node and link is
 * serialised on its own and handed to the sink, which sends the text in chunks.
 */
export async function writeNodeLinkJson(graph: ExportGraph, sink: TextSink): Promise<void> {
  await sink.write(`{"directed":${graph.directed},"multigraph":${graph.multigraph},"graph":${JSON.stringify(present(graph.graphValues))},"nodes":[`);
  let first = true;
  for await (const node of graph.nodes) {
    await sink.write(`${first ? '' : ','}\n${JSON.stringify({ id: node.id, ...present(node.attributes) })}`);
    first = false;
  }
  await sink.write('\n],"links":[');
  first = true;
  for await (const edge of graph.edges) {
    // `key` keeps parallel edges of a multigraph apart; networkx uses it as the edge key.
    await sink.write(`${first ? '' : ','}\n${JSON.stringify({ source: edge.source, target: edge.target, key: edge.id, ...present(edge.attributes) })}`);
    first = false;
  }
  await sink.write('\n]}\n');
}
