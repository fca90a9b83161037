/**
 * The bulk load (Neo4j's own importer, src/import/bulk) and the transactional import make the same graph from
 * the seed graph: every node with its labels and properties (with their stored types), every relationship with
 * its type, ends and properties, and the same import report.
 */
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { createDriver, GraphClient } from '../../../src/graph/graphClient';
import { startLocalNeo4j, type LocalNeo4j } from '../../../src/graph/local';
import { migrate } from '../../../src/graph/migrations';
import { importGraph, type ImportReport } from '../../../src/import';
import { bulkLoad } from '../../../src/import/bulk';
import { extraLocalNeo4jOptions } from '../../support/localNeo4jOptions';
import { tempDir } from '../../support/tempDir';

const SEEDS = path.join(projectRoot, 'seeds');

interface Snapshot {
  nodes: unknown[];
  relationships: unknown[];
}

// Types come from valueType(): a float stored where the other path stores an integer, or a string where it
// stores a date, is a difference even when the values print alike.
async function snapshot(graph: GraphClient): Promise<Snapshot> {
  const nodes = await graph.read({
    name: 'test_all_nodes',
    text: `MATCH (n) WITH n ORDER BY n.id
           RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
                  [k IN keys(n) | k + ': ' + valueType(n[k])] AS types`,
  });
  const relationships = await graph.read({
    name: 'test_all_relationships',
    text: `MATCH (a)-[r]->(b) WITH a, r, b ORDER BY type(r), a.id, b.id
           RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props,
                  [k IN keys(r) | k + ': ' + valueType(r[k])] AS types`,
  });
  const sorted = (rows: Record<string, unknown>[]): unknown[] =>
    rows.map((row) => ({ ...row, ...(Array.isArray(row['labels']) ? { labels: [...(row['labels'] as string[])].sort() } : {}), types: [...(row['types'] as string[])].sort() }));
  return { nodes: sorted(nodes), relationships: sorted(relationships) };
}

// A just-started Neo4j on a busy machine may take a while to hand out its first connection.
async function untilReachable(graph: GraphClient): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await graph.ping(30_000);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
}

function counts(report: ImportReport): unknown {
  const created = (byKind: ImportReport['nodes']): Record<string, number> => Object.fromEntries(Object.entries(byKind).map(([k, c]) => [k, c.created]));
  return { nodes: created(report.nodes), relationships: created(report.relationships), rejects: report.rejects.length };
}

describe('bulk load and transactional import of the seed graph', () => {
  let neo4j: LocalNeo4j | undefined;
  let graph: GraphClient | undefined;
  afterAll(async () => {
    await graph?.close();
    await neo4j?.stop();
  });

  it('make the same graph, property for property', async () => {
    const options = extraLocalNeo4jOptions({ dir: tempDir('clustergraph-bulk-'), heapMb: 512, pageCacheMb: 64, startTimeoutMs: 900_000 });
    const bulk = await bulkLoad([SEEDS], {
      dir: options.dir,
      heapMb: 512,
      offHeapMb: 512,
      threads: 1,
      neo4jProjectDir: options.neo4jProjectDir,
      searchPath: options.searchPath,
      javaHome: options.javaHome,
    });
    neo4j = await startLocalNeo4j(options);
    graph = new GraphClient(createDriver(neo4j.uri, neo4j.username, neo4j.password), { database: undefined, timeoutMs: 120_000 });
    await untilReachable(graph);
    await migrate(graph);
    const bulkGraph = await snapshot(graph);

    // The same database, emptied (constraints and indexes stay), then the transactional import of the same files.
    await graph.write({ name: 'test_clear', text: 'MATCH (n) DETACH DELETE n' });
    expect(await snapshot(graph)).toEqual({ nodes: [], relationships: [] });
    const transactional = await importGraph(graph, [SEEDS]);
    const transactionalGraph = await snapshot(graph);

    expect(bulk.report.rejects).toEqual([]);
    // The bulk load's default: the relationship files converted in the JVM (jvmConversion.int.test.ts).
    expect({ converter: bulk.converter, fallback: bulk.jvmFallback }).toEqual({ converter: 'jvm', fallback: null });
    expect(counts(bulk.report)).toEqual(counts(transactional));
    expect(bulk.tool.nodes).toBe(transactionalGraph.nodes.length);
    expect(bulk.tool.relationships).toBe(transactionalGraph.relationships.length);
    // The seed graph has every kind of node and link the model knows, so the comparison covers them all.
    const types = new Set(transactionalGraph.relationships.map((r) => (r as { type: string }).type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['COLLABORATES_WITH', 'FEEDS', 'PART_OF', 'STAGE_OF', 'SUPPLIES', 'MEMBER_OF']));
    expect(bulkGraph.nodes).toEqual(transactionalGraph.nodes);
    expect(bulkGraph.relationships).toEqual(transactionalGraph.relationships);
  }, 1_800_000);
});
