import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { GraphClient } from '../../../src/graph';
import { createChunkedSink } from '../../../src/server/export/chunkedSink';
import { escapeXml, writeGraphml } from '../../../src/server/export/graphmlWriter';
import type { ExportGraph } from '../../../src/server/export/exportGraph';
import { tempDir } from '../../support/tempDir';
import { createTestGraph } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';

/**
 * GET /export/partner-network and /export/supply-chain over the seed graph: the files open in networkx (GraphML
 * with read_graphml, node-link JSON with node_link_graph) with the same node and edge counts as each other and as
 * the GraphQL answer for the same arguments, and bad parameters get the GraphQL resolvers' own BAD_USER_INPUT.
 */
const PYTHON = '/usr/bin/python3';

// networkx comes from Debian (python3-networkx), which .ci/run installs before the tests: without it these
// checks fail rather than skip, so the round trip is always proven.
/** Reads a GraphML and a node-link JSON file with networkx and reports what it sees. */
const NETWORKX_SCRIPT = `
import json, sys
import networkx as nx
from networkx.readwrite import json_graph
g = nx.read_graphml(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    data = json.load(f)
try:
    h = json_graph.node_link_graph(data, edges="links")
except TypeError:  # networkx < 3.4 has no "edges" argument and reads "links"
    h = json_graph.node_link_graph(data)
probe = sys.argv[3]
print(json.dumps({
    "graphml": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "graph": g.graph,
                "probe": g.nodes[probe] if probe in g else None,
                "critical": sorted(n for n, d in g.nodes(data=True) if d.get("critical"))},
    "json": {"nodes": h.number_of_nodes(), "edges": h.number_of_edges(), "directed": h.is_directed(), "multigraph": h.is_multigraph(),
             "probe": h.nodes[probe] if probe in h else None,
             "critical": sorted(n for n, d in h.nodes(data=True) if d.get("critical"))},
}))
`;

interface NetworkxView {
  nodes: number;
  edges: number;
  directed: boolean;
  multigraph?: boolean;
  graph?: Record<string, unknown>;
  probe: Record<string, unknown> | null;
  critical: string[];
}

interface NodeLinkJson {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Array<{ id: string } & Record<string, unknown>>;
  links: Array<{ source: string; target: string; key: string } & Record<string, unknown>>;
}

describe('the export endpoints (/export/*) over the seed graph', () => {
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    graph = createTestGraph();
    server = await startTestServer(graph);
    base = server.url.replace(/\/graphql$/, '');
    dir = tempDir('clustergraph-export-');
  });

  afterAll(async () => {
    await server?.stop();
    await graph.close();
  });

  async function download(pathAndQuery: string): Promise<{ status: number; headers: Headers; text: string }> {
    const response = await fetch(`${base}${pathAndQuery}`);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  /** Downloads both formats, checks the response headers, and returns the JSON and networkx's view of both files. */
  async function exportBoth(pathAndQuery: string, probe: string): Promise<{ json: NodeLinkJson; nx: { graphml: NetworkxView; json: NetworkxView } }> {
    const asJson = await download(`${pathAndQuery}&format=json`);
    const asGraphml = await download(`${pathAndQuery}&format=graphml`);
    expect([asJson.status, asGraphml.status]).toEqual([200, 200]);
    expect(asJson.headers.get('content-type')).toMatch(/^application\/json/);
    expect(asGraphml.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    // Streamed: no length known up front, sent in chunks.
    expect(asGraphml.headers.get('content-length')).toBeNull();
    expect(asGraphml.headers.get('transfer-encoding')).toBe('chunked');
    const json = JSON.parse(asJson.text) as NodeLinkJson;
    const graphmlFile = path.join(dir, 'export.graphml');
    const jsonFile = path.join(dir, 'export.json');
    fs.writeFileSync(graphmlFile, asGraphml.text);
    fs.writeFileSync(jsonFile, asJson.text);
    const run = spawnSync(PYTHON, ['-c', NETWORKX_SCRIPT, graphmlFile, jsonFile, probe], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    return { json, nx: JSON.parse(run.stdout) as { graphml: NetworkxView; json: NetworkxView } };
  }

  const PARTNER_QUERY = '/export/partner-network?from=fraunhofer-ipms&depth=2&linkKinds=COLLABORATION,JOINT_PROJECT';

  it('exports a partner network that networkx reads from GraphML and from JSON with the same counts as the API', async () => {
    const { json, nx } = await exportBoth(PARTNER_QUERY, 'infineon-dresden');
    const { body } = await server.query(
      `{ partnerNetwork(from: "fraunhofer-ipms", depth: 2, filter: { linkKinds: [COLLABORATION, JOINT_PROJECT] }) {
        truncated subgraph { nodes { id } edges { source target linkKind } } } }`,
    );
    const { subgraph, truncated } = body.data?.['partnerNetwork'] as { truncated: boolean; subgraph: { nodes: unknown[]; edges: unknown[] } };
    expect(subgraph.nodes.length).toBeGreaterThan(30);
    expect(json.nodes).toHaveLength(subgraph.nodes.length);
    expect(json.links).toHaveLength(subgraph.edges.length);
    expect(nx.graphml).toMatchObject({ nodes: subgraph.nodes.length, edges: subgraph.edges.length, directed: false });
    expect(nx.json).toMatchObject({ nodes: subgraph.nodes.length, edges: subgraph.edges.length, directed: false, multigraph: true });
    // Attributes survive both round trips with their types; "&" in the name was escaped in the GraphML.
    const infineon = { name: 'Infineon Technologies Dresden GmbH & Co. OHG', kind: 'COMPANY', distance: 1, illustrative: false };
    expect(nx.graphml.probe).toMatchObject(infineon);
    expect(nx.json.probe).toMatchObject(infineon);
    expect(nx.graphml.graph).toMatchObject({ center: 'fraunhofer-ipms', depth: 2, linkKinds: 'COLLABORATION,JOINT_PROJECT', truncated });
  });

  it('writes node-link JSON in the networkx shape: ids, links between exported nodes, unique keys, edge attributes', async () => {
    const { json } = await exportBoth(PARTNER_QUERY, 'fraunhofer-ipms');
    expect(json).toMatchObject({ directed: false, multigraph: true, graph: { export: 'partner-network', center: 'fraunhofer-ipms' } });
    expect(json.nodes[0]).toMatchObject({ id: 'fraunhofer-ipms', distance: 0, kind: 'RESEARCH_INSTITUTE' });
    const ids = new Set(json.nodes.map((n) => n.id));
    expect(ids.size).toBe(json.nodes.length);
    expect(new Set(json.links.map((l) => l.key)).size).toBe(json.links.length);
    for (const link of json.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect(['COLLABORATION', 'JOINT_PROJECT']).toContain(link['linkKind']);
      if (link['linkKind'] === 'COLLABORATION') expect(link['interactionModel']).toMatch(/^(SCIENCE|INDUSTRY|SUPPORT)_/);
      if (link['linkKind'] === 'JOINT_PROJECT') expect(typeof link['project']).toBe('string');
    }
    // Absent values are left out, not written as null.
    expect(json.links.some((l) => 'product' in l)).toBe(false);
  });

  it('exports shared clusters as cluster nodes with one MEMBER_OF edge per member, as the API subgraph has them', async () => {
    const query = '/export/partner-network?from=infineon-dresden&depth=1&linkKinds=COLLABORATION,SAME_CLUSTER';
    const { json, nx } = await exportBoth(query, 'silicon-saxony');
    const { body } = await server.query(
      `{ partnerNetwork(from: "infineon-dresden", depth: 1, filter: { linkKinds: [COLLABORATION, SAME_CLUSTER] }) {
        membershipTotal subgraph { nodes { id } edges { source } clusters { id memberCount } memberships { actor cluster } } } }`,
    );
    const network = body.data?.['partnerNetwork'] as {
      membershipTotal: number;
      subgraph: { nodes: unknown[]; edges: unknown[]; clusters: Array<{ id: string; memberCount: number }>; memberships: Array<{ actor: string; cluster: string }> };
    };
    const { subgraph } = network;
    expect(subgraph.clusters.map((c) => c.id)).toContain('silicon-saxony');
    const saxony = subgraph.clusters.find((c) => c.id === 'silicon-saxony');
    // One membership per member, not a link per pair of members.
    expect(subgraph.memberships.filter((m) => m.cluster === 'silicon-saxony')).toHaveLength(saxony?.memberCount ?? -1);
    expect(subgraph.memberships).toHaveLength(network.membershipTotal);
    const nodes = subgraph.nodes.length + subgraph.clusters.length;
    const edges = subgraph.edges.length + subgraph.memberships.length;
    expect(json.nodes).toHaveLength(nodes);
    expect(json.links).toHaveLength(edges);
    expect(nx.graphml).toMatchObject({ nodes, edges });
    expect(nx.json).toMatchObject({ nodes, edges });
    expect(nx.graphml.probe).toMatchObject({ kind: 'CLUSTER', name: 'Silicon Saxony' });
    expect(nx.graphml.graph).toMatchObject({ membershipTotal: network.membershipTotal });
    const memberships = json.links.filter((l) => l['linkKind'] === 'MEMBER_OF');
    expect(memberships).toHaveLength(subgraph.memberships.length);
    expect(memberships.filter((l) => l.target === 'silicon-saxony')).toHaveLength(saxony?.memberCount ?? -1);
    expect(json.links.some((l) => l['linkKind'] === 'SAME_CLUSTER')).toBe(false);
  });

  it('exports an upstream supply chain as a directed graph with the critical suppliers of criticalSuppliers flagged', async () => {
    const { json, nx } = await exportBoth('/export/supply-chain?company=vw-sachsen&direction=UPSTREAM&tiers=4', 'vw-sachsen');
    const { body } = await server.query(`{ supplyChain(company: "vw-sachsen", direction: UPSTREAM, tiers: 4) { tiers { companies { id } } }
      criticalSuppliers(company: "vw-sachsen", tiers: 4) { criticalSuppliers { supplier { id } } } }`);
    const data = body.data as { supplyChain: { tiers: Array<{ companies: Array<{ id: string }> }> }; criticalSuppliers: { criticalSuppliers: Array<{ supplier: { id: string } }> } };
    const companies = data.supplyChain.tiers.flatMap((t) => t.companies);
    const critical = [...new Set(data.criticalSuppliers.criticalSuppliers.map((c) => c.supplier.id))].sort();
    expect(critical.length).toBeGreaterThan(0);
    expect(json.nodes).toHaveLength(companies.length + 1);
    expect(json).toMatchObject({ directed: true, multigraph: true, graph: { company: 'vw-sachsen', direction: 'UPSTREAM', tiers: 4 } });
    expect(nx.graphml).toMatchObject({ nodes: json.nodes.length, edges: json.links.length, directed: true, critical });
    expect(nx.json).toMatchObject({ nodes: json.nodes.length, edges: json.links.length, directed: true, critical });
    expect(nx.graphml.probe).toMatchObject({ tier: 0, critical: false });
    // Every relation runs supplier → customer; the tier-1 relations end at the company itself.
    for (const link of json.links.filter((l) => l['tier'] === 1)) expect(link.target).toBe('vw-sachsen');
  });

  it('leaves criticality out of a downstream chain', async () => {
    const { json } = await exportBoth('/export/supply-chain?company=siltronic-freiberg&direction=DOWNSTREAM&tiers=2', 'siltronic-freiberg');
    expect(json.nodes.length).toBeGreaterThan(3);
    expect(json.nodes.some((n) => 'critical' in n)).toBe(false);
    for (const link of json.links.filter((l) => l['tier'] === 1)) expect(link.source).toBe('siltronic-freiberg');
  });

  it.each([
    ['depth out of range', '/export/partner-network?from=fraunhofer-ipms&depth=7', '{ partnerNetwork(from: "fraunhofer-ipms", depth: 7) { depth } }'],
    ['maxNodes out of range', '/export/partner-network?from=fraunhofer-ipms&maxNodes=0', '{ partnerNetwork(from: "fraunhofer-ipms", maxNodes: 0) { depth } }'],
    ['an id that is not a slug', '/export/partner-network?from=Not%20An%20Id', '{ partnerNetwork(from: "Not An Id") { depth } }'],
    ['a filter id that is not a slug', '/export/partner-network?from=tu-dresden&cluster=X!', '{ partnerNetwork(from: "tu-dresden", filter: { cluster: "X!" }) { depth } }'],
    ['tiers out of range', '/export/supply-chain?company=vw-sachsen&tiers=0', '{ supplyChain(company: "vw-sachsen", tiers: 0) { truncated } }'],
    ['tiers above the bound', '/export/supply-chain?company=vw-sachsen&tiers=9', '{ supplyChain(company: "vw-sachsen", tiers: 9) { truncated } }'],
  ])('refuses %s with the message and code of the GraphQL resolver', async (_what, exportPath, graphqlQuery) => {
    const exported = await download(exportPath);
    const { body } = await server.query(graphqlQuery);
    const graphqlError = body.errors?.[0];
    expect(graphqlError?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(exported.status).toBe(400);
    expect(exported.headers.get('content-type')).toMatch(/^application\/json/);
    const error = (JSON.parse(exported.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }).errors[0];
    expect(error?.message).toBe(graphqlError?.message);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: graphqlError?.extensions?.['argument'] });
  });

  it.each([
    ['a missing start', '/export/partner-network?depth=2', 'from'],
    ['an unknown parameter', '/export/supply-chain?company=vw-sachsen&tier=4', 'tier'],
    ['a repeated parameter', '/export/partner-network?from=tu-dresden&depth=1&depth=2', 'depth'],
    ['a non-integer', '/export/partner-network?from=tu-dresden&depth=two', 'depth'],
    ['an unknown format', '/export/partner-network?from=tu-dresden&format=gexf', 'format'],
    ['an unknown link kind', '/export/partner-network?from=tu-dresden&linkKinds=COLLABORATION,FRIENDSHIP', 'linkKinds'],
    ['an unknown direction', '/export/supply-chain?company=vw-sachsen&direction=SIDEWAYS', 'direction'],
    ['an invalid date', '/export/supply-chain?company=vw-sachsen&asOf=2020-13', 'asOf'],
  ])('refuses %s with 400 BAD_USER_INPUT naming the parameter', async (_what, exportPath, argument) => {
    const exported = await download(exportPath);
    expect(exported.status).toBe(400);
    const error = (JSON.parse(exported.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }).errors[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error?.message).toContain(`\`${argument}\``);
  });

  it('answers 404 NOT_FOUND when the start does not exist', async () => {
    for (const [exportPath, argument] of [
      ['/export/partner-network?from=no-such-actor', 'from'],
      ['/export/supply-chain?company=no-such-company', 'company'],
    ] as const) {
      const exported = await download(exportPath);
      expect(exported.status).toBe(404);
      expect(JSON.parse(exported.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', argument } }] });
    }
  });

  it('answers 400 BAD_USER_INPUT saying what the start is when it is of another kind', async () => {
    const exported = await download('/export/supply-chain?company=tu-dresden');
    expect(exported.status).toBe(400);
    const error = (JSON.parse(exported.text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }).errors[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'company', id: 'tu-dresden' });
    expect(error?.message).toContain('research institute');
  });

  it('takes asOf and filters like the GraphQL field', async () => {
    const { json } = await exportBoth('/export/partner-network?from=tu-dresden&depth=1&linkKinds=COLLABORATION&actorKinds=COMPANY&asOf=2010', 'tu-dresden');
    const { body } = await server.query(`{ partnerNetwork(from: "tu-dresden", depth: 1, filter: { linkKinds: [COLLABORATION], actorKinds: [COMPANY], asOf: "2010" }) {
      subgraph { nodes { id } edges { source } } } }`);
    const subgraph = (body.data?.['partnerNetwork'] as { subgraph: { nodes: Array<{ id: string }>; edges: unknown[] } }).subgraph;
    expect(json.nodes.map((n) => n.id)).toEqual(subgraph.nodes.map((n) => n.id));
    expect(json.links).toHaveLength(subgraph.edges.length);
    expect(json.nodes.slice(1).every((n) => n['kind'] === 'COMPANY')).toBe(true);
    expect(json.graph).toMatchObject({ asOf: '2010', actorKinds: 'COMPANY' });
  });
});

describe('the export writers', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(escapeXml(`A & B <c> "d" 'e'\u0001`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });

  it('streams: many writes of bounded size, waiting for the consumer when its buffer is full', async () => {
    const writes: string[] = [];
    let waits = 0;
    // A slow consumer with a small buffer, so backpressure actually happens.
    const out = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    out.on('drain', () => (waits += 1));
    const n = 3000;
    async function* nodes() {
      for (let i = 0; i < n; i++) yield { id: `n${i}`, attributes: { name: `Node ${i} & Co.` } };
    }
    async function* edges() {
      for (let i = 1; i < n; i++) yield { id: `e${i}`, source: `n${i - 1}`, target: `n${i}`, attributes: {} };
    }
    const graph: ExportGraph = {
      fileStem: 'test',
      directed: true,
      multigraph: false,
      graphAttributes: [],
      graphValues: {},
      nodeAttributes: [{ name: 'name', type: 'string' }],
      edgeAttributes: [],
      nodes: nodes(),
      edges: edges(),
    };
    const sink = createChunkedSink(out, 1024);
    await writeGraphml(graph, sink);
    await sink.end();
    const text = writes.join('');
    expect(writes.length).toBeGreaterThan(50);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(4096);
    expect(waits).toBeGreaterThan(0);
    expect(text.match(/<node /g)).toHaveLength(n);
    expect(text.match(/<edge /g)).toHaveLength(n - 1);
    expect(text).toContain('Node 7 &amp; Co.');
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});
