import type { GraphClient } from '../../../src/graph';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';
import { seededRandom } from '../../../src/algorithms';

/** Fewest edges from `from` to `to` by plain breadth-first search; Infinity when unreachable. */
function bfsDistance(adjacency: ReadonlyMap<string, readonly string[]>, from: string, to: string): number {
  const distance = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    if (at === to) return distance.get(at) as number;
    for (const next of adjacency.get(at) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, (distance.get(at) as number) + 1);
        queue.push(next);
      }
    }
  }
  return Infinity;
}

/**
 * A random graph of 60 companies and SUPPLIES relations (seeded), read back from Neo4j, then supplyPaths(first: 1)
 * and shortestConnection(via: SUPPLY) compared with an independent in-memory BFS (directed and undirected) on
 * random pairs, reachable and unreachable.
 */
describe('supplyPaths and shortestConnection agree with an in-memory BFS on a random graph', () => {
  const SEED = 20240611;
  const COMPANIES = 60;
  const EDGES = 75;
  const PAIRS = 60;
  const p = uniquePrefix('xcheck');
  const random = seededRandom(SEED);
  const pick = (n: number) => Math.floor(random() * n);
  const id = (i: number) => `${p}c${i}`;
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const directed = new Map<string, string[]>();
  const undirected = new Map<string, string[]>();
  const edgeSet = new Set<string>();

  beforeAll(async () => {
    graph = createTestGraph();
    const edges = new Map<string, { from: string; to: string }>();
    while (edges.size < EDGES) {
      const [a, b] = [pick(COMPANIES), pick(COMPANIES)];
      // Companies 55..59 stay isolated, so some pairs are unreachable whatever the edges.
      if (a === b || a >= 55 || b >= 55) continue;
      edges.set(`${a}>${b}`, { from: id(a), to: id(b) });
    }
    await graph.write({
      name: 'test_fixture',
      text: `UNWIND range(0, $n - 1) AS i
        CREATE (:Entity:Actor:Company {id: $p + 'c' + i, name: 'Company ' + i, kind: 'COMPANY', sources: ['fictional'], illustrative: true, fictional: true})`,
      params: { p, n: COMPANIES },
    });
    await graph.write({
      name: 'test_fixture',
      text: `UNWIND $edges AS e MATCH (a:Company {id: e.from}), (b:Company {id: e.to})
        CREATE (a)-[:SUPPLIES {product: 'part', sources: ['illustrative'], illustrative: true}]->(b)`,
      params: { edges: [...edges.values()] },
    });
    // The expected answers come from the edges as stored, exported back from the database.
    const stored = await graph.read({
      name: 'test_export',
      text: 'MATCH (a:Company)-[:SUPPLIES]->(b:Company) WHERE a.id STARTS WITH $p RETURN a.id AS from, b.id AS to',
      params: { p },
    });
    expect(stored).toHaveLength(EDGES);
    for (const row of stored) {
      const [from, to] = [row['from'] as string, row['to'] as string];
      directed.set(from, [...(directed.get(from) ?? []), to]);
      undirected.set(from, [...(undirected.get(from) ?? []), to]);
      undirected.set(to, [...(undirected.get(to) ?? []), from]);
      edgeSet.add(`${from}>${to}`);
    }
    server = await startTestServer(graph);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  it(`matches BFS lengths on ${PAIRS} random pairs (seed ${SEED})`, async () => {
    const query = `query($from: ID!, $to: ID!) {
      supplyPaths(from: $from, to: $to, maxHops: 8, first: 1) { length hops { supplier { id } customer { id } } }
      shortestConnection(from: $from, to: $to, via: [SUPPLY], maxHops: 6) { length hops { from { id } to { id } } }
    }`;
    let reachable = 0;
    let unreachable = 0;
    let directedReachable = 0;
    for (let i = 0; i < PAIRS; i++) {
      const a = pick(COMPANIES);
      let b = pick(COMPANIES);
      if (b === a) b = (a + 1) % COMPANIES;
      const [from, to] = [id(a), id(b)];
      const { body } = await server.query(query, { from, to });
      expect(body.errors).toBeUndefined();
      const paths = body.data?.['supplyPaths'] as Array<{ length: number; hops: Array<{ supplier: { id: string }; customer: { id: string } }> }>;
      const connection = body.data?.['shortestConnection'] as { length: number; hops: Array<{ from: { id: string }; to: { id: string } }> } | null;

      const directedDistance = bfsDistance(directed, from, to);
      const label = `${from} -> ${to}`;
      if (directedDistance <= 8) {
        directedReachable += 1;
        expect({ label, length: paths[0]?.length }).toEqual({ label, length: directedDistance });
        // The path is real: it starts and ends right, each hop follows a stored relation, each customer supplies on.
        const hops = paths[0]?.hops ?? [];
        expect(hops[0]?.supplier.id).toBe(from);
        expect(hops.at(-1)?.customer.id).toBe(to);
        hops.forEach((hop, k) => {
          expect(edgeSet.has(`${hop.supplier.id}>${hop.customer.id}`)).toBe(true);
          if (k > 0) expect(hop.supplier.id).toBe(hops[k - 1]?.customer.id);
        });
      } else {
        expect({ label, paths }).toEqual({ label, paths: [] });
      }

      const undirectedDistance = bfsDistance(undirected, from, to);
      if (undirectedDistance <= 6) {
        reachable += 1;
        expect({ label, length: connection?.length }).toEqual({ label, length: undirectedDistance });
        const hops = connection?.hops ?? [];
        expect(hops[0]?.from.id).toBe(from);
        expect(hops.at(-1)?.to.id).toBe(to);
        hops.forEach((hop) => expect(edgeSet.has(`${hop.from.id}>${hop.to.id}`) || edgeSet.has(`${hop.to.id}>${hop.from.id}`)).toBe(true));
      } else {
        unreachable += 1;
        expect({ label, connection }).toEqual({ label, connection: null });
      }
    }
    // The seed gives both kinds of pairs; if an edit of the generator changes that, the check would lose its teeth.
    expect(reachable).toBeGreaterThan(10);
    expect(directedReachable).toBeGreaterThan(5);
    expect(unreachable).toBeGreaterThan(3);
  });
});
