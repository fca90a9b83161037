import { NODE_WRITES, RELATIONSHIP_WRITES, type GraphClient } from '../../../src/graph';
import { toNodeWriteRow, toRelationshipWriteRow, validateNodeRow, type NodeKind, type NodeRecords, type RawRow } from '../../../src/model';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';

/**
 * What the importer's write statements do to a real database, checked by reading the graph back with independent
 * Cypher: labels, stored and converted properties, idempotence by `_hash`, allowed end labels, undirected links.
 */
let graph: GraphClient;
const p = uniquePrefix('impwrite');

beforeAll(() => {
  graph = createTestGraph();
});

afterAll(async () => {
  await deleteByPrefix(graph, p);
  await graph.close();
});

function record<K extends NodeKind>(kind: K, row: RawRow): NodeRecords[K] {
  const validation = validateNodeRow(kind, row);
  if (!validation.ok) throw new Error(validation.reasons.join('; '));
  return validation.record;
}

async function writeNode<K extends NodeKind>(kind: K, row: RawRow): Promise<Array<Record<string, unknown>>> {
  const label = kind === 'companies' ? 'Company' : kind === 'regions' ? 'Region' : kind === 'projects' ? 'Project' : 'Technology';
  return graph.write({ ...NODE_WRITES[label], params: { rows: [toNodeWriteRow(kind, record(kind, row), 0)] } });
}

async function one(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const [row] = await graph.read({ name: 'test_read_back', text, params });
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('the import write statements against Neo4j', () => {
  it('create a node with its own label, Entity and (for actors) Actor, and convert location and dates', async () => {
    await writeNode('companies', { id: `${p}acme`, name: 'ACME', lat: '51', lon: '13.5', sources: 'fictional' });
    await writeNode('regions', { id: `${p}town`, name: 'Town', level: 'CITY', sources: 'illustrative' });
    await writeNode('projects', { id: `${p}proj`, title: 'Project', start: '2019', end: '2021-02', sources: 'illustrative' });

    const acme = await one('MATCH (n {id: $id}) RETURN labels(n) AS labels, n.location.latitude AS lat, n.illustrative AS illustrative', { id: `${p}acme` });
    expect([...(acme['labels'] as string[])].sort()).toEqual(['Actor', 'Company', 'Entity']);
    expect(acme['lat']).toBe(51);
    expect(acme['illustrative']).toBe(true);
    const town = await one('MATCH (n {id: $id}) RETURN labels(n) AS labels', { id: `${p}town` });
    expect([...(town['labels'] as string[])].sort()).toEqual(['Entity', 'Region']);
    const project = await one('MATCH (n {id: $id}) RETURN toString(n.startDate) AS start, toString(n.endDate) AS end', { id: `${p}proj` });
    expect(project).toEqual({ start: '2019-01-01', end: '2021-02-28' });
  });

  it('write a node again only when its properties changed', async () => {
    const row = { id: `${p}same`, name: 'Same', sources: 'fictional' };
    expect(await writeNode('companies', row)).toEqual([{ i: 0, existed: false, changed: true }]);
    expect(await writeNode('companies', row)).toEqual([{ i: 0, existed: true, changed: false }]);
    expect(await writeNode('companies', { ...row, name: 'Renamed' })).toEqual([{ i: 0, existed: true, changed: true }]);
    expect((await one('MATCH (n:Company {id: $id}) RETURN n.name AS name', { id: `${p}same` }))['name']).toBe('Renamed');
  });

  it('link only ends of the allowed labels', async () => {
    await writeNode('technologies', { id: `${p}tech`, name: 'Tech', sources: 'illustrative' });
    const link = (from: string, to: string) => ({ rows: [toRelationshipWriteRow({ from, to, sources: ['illustrative'] }, 0)] });
    // A company may be located in a region; a technology may not, so that row writes nothing.
    expect(await graph.write({ ...RELATIONSHIP_WRITES.LOCATED_IN, params: link(`${p}acme`, `${p}town`) })).toHaveLength(1);
    expect(await graph.write({ ...RELATIONSHIP_WRITES.LOCATED_IN, params: link(`${p}tech`, `${p}town`) })).toEqual([]);
    const located = await one('MATCH (a {id: $a})-[r:LOCATED_IN]->(b {id: $b}) RETURN count(r) AS n', { a: `${p}acme`, b: `${p}town` });
    expect(located['n']).toBe(1);
    expect((await one('MATCH ({id: $a})-[r:LOCATED_IN]->() RETURN count(r) AS n', { a: `${p}tech` }))['n']).toBe(0);
  });

  it('store one collaboration per pair, found again whichever way it is written', async () => {
    const collaboration = (from: string, to: string) => ({
      rows: [toRelationshipWriteRow({ from, to, sources: ['illustrative'] }, 0, ['Company', 'Company'])],
    });
    expect(await graph.write({ ...RELATIONSHIP_WRITES.COLLABORATES_WITH, params: collaboration(`${p}acme`, `${p}same`) })).toEqual([
      { i: 0, existed: false, changed: true },
    ]);
    expect(await graph.write({ ...RELATIONSHIP_WRITES.COLLABORATES_WITH, params: collaboration(`${p}same`, `${p}acme`) })).toEqual([
      { i: 0, existed: true, changed: false },
    ]);
    const pair = await one('MATCH ({id: $a})-[r:COLLABORATES_WITH]-({id: $b}) RETURN count(r) AS n, head(collect(r.model)) AS model', { a: `${p}acme`, b: `${p}same` });
    expect(pair).toEqual({ n: 1, model: 'INDUSTRY_INDUSTRY' });
  });
});
