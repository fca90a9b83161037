import type { TextSink } from './chunkedSink';
import type { AttributeSpec, AttributeValue, Attributes, ExportGraph } from './exportGraph';

// Characters XML 1.0 does not allow at all (C0 controls except tab, newline, carriage return; lone surrogates;
// U+FFFE/U+FFFF). They cannot be escaped, only dropped; seed text never has them, user-imported text might.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside XML content and inside attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Domain = 'graph' | 'node' | 'edge';

// Key ids are prefixed by domain, so a node and an edge attribute of the same name (e.g. `illustrative`) get
// separate declarations, as GraphML requires one type per key.
const keyId = (domain: Domain, name: string): string => `${domain[0]}_${name}`;

function keyDeclarations(domain: Domain, specs: readonly AttributeSpec[]): string {
  return specs
    .map((spec) => `  <key id="${escapeXml(keyId(domain, spec.name))}" for="${domain}" attr.name="${escapeXml(spec.name)}" attr.type="${spec.type}"/>\n`)
    .join('');
}

function formatValue(value: Exclude<AttributeValue, null>): string {
  return typeof value === 'string' ? escapeXml(value) : String(value);
}

function dataElements(domain: Domain, specs: readonly AttributeSpec[], values: Attributes, indent: string): string {
  let out = '';
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === null || value === undefined) continue;
    out += `${indent}<data key="${escapeXml(keyId(domain, spec.name))}">${formatValue(value)}</data>\n`;
  }
  return out;
}

/**
 * Writes GraphML (Gephi, yEd, Cytoscape, `networkx.read_graphml`): every attribute declared as a <key> with its
 * type, then the graph's data, its nodes and its edges, each handed to the sink on its own. Edges carry an `id`
 * (networkx uses it as the key of parallel edges) and no per-edge `directed`: networkx refuses a `directed="true"`
 * edge in an undirected graph, so the meaning of direction travels as a `directed` data attribute instead.
 */
export async function writeGraphml(graph: ExportGraph, sink: TextSink): Promise<void> {
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keyDeclarations('graph', graph.graphAttributes) +
      keyDeclarations('node', graph.nodeAttributes) +
      keyDeclarations('edge', graph.edgeAttributes) +
      `  <graph id="${escapeXml(graph.fileStem)}" edgedefault="${graph.directed ? 'directed' : 'undirected'}">\n` +
      dataElements('graph', graph.graphAttributes, graph.graphValues, '    '),
  );
  for await (const node of graph.nodes) {
    await sink.write(`    <node id="${escapeXml(node.id)}">\n${dataElements('node', graph.nodeAttributes, node.attributes, '      ')}    </node>\n`);
  }
  for await (const edge of graph.edges) {
    await sink.write(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n` +
        `${dataElements('edge', graph.edgeAttributes, edge.attributes, '      ')}    </edge>\n`,
    );
  }
  await sink.write('  </graph>\n</graphml>\n');
}
