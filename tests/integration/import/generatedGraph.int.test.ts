import { generateGraph } from '../../../src/generate';
import type { GraphClient } from '../../../src/graph/graphClient';
import { importGraph } from '../../../src/import';
import { tempDir } from '../../support/tempDir';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';

let graph: GraphClient;
const prefix = uniquePrefix('impgen');

beforeAll(() => {
  graph = createTestGraph();
});

afterAll(async () => {
  await deleteByPrefix(graph, prefix);
  await graph.close();
});

describe('importing a generated graph', () => {
  const dir = tempDir('clustergraph-generated-');
  const generated = generateGraph({ actors: 600, seed: 3, outDir: dir, idPrefix: prefix });

  it('loads every generated row without a reject', async () => {
    const report = await importGraph(graph, [dir]);
    expect(report.rejects).toEqual([]);
    expect(report.nodesWritten).toBe(generated.nodes);
    expect(report.relationshipsWritten).toBe(generated.relationshipRows + generated.derivedRelationships);
    const [row] = await graph.read({
      name: 'test_count_generated',
      text: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships',
      params: { prefix },
    });
    expect(row).toEqual({ nodes: generated.nodes, relationships: generated.relationshipRows + generated.derivedRelationships });
  });

  it('changes nothing on a second import', async () => {
    const report = await importGraph(graph, [dir]);
    expect(report.rejects).toEqual([]);
    expect(report.nodesWritten + report.relationshipsWritten).toBe(0);
    expect(report.relationshipsImported).toBe(generated.relationshipRows + generated.derivedRelationships);
  });
});
