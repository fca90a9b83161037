import path from 'node:path';
import { NODE_WRITES, type GraphClient } from '../../../src/graph';
import { importGraph, writeBatch } from '../../../src/import';
import { toNodeWriteRow, validateNodeRow, type CompanyRow } from '../../../src/model';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { writeCsvFolder } from './importFixtures';

let graph: GraphClient;
const prefix = uniquePrefix('impatom');
const p = prefix;
const takenId = `${p}taken`;

beforeAll(async () => {
  graph = createTestGraph();
  // An id already held by a Region: a Company with it would break the unique constraint on Entity.id.
  await importGraph(graph, [writeCsvFolder({ 'regions.csv': ['id,name,level,sources', `${takenId},Taken,CITY,illustrative`] })]);
});

afterAll(async () => {
  await deleteByPrefix(graph, prefix);
  await graph.close();
});

function company(id: string): CompanyRow {
  const validation = validateNodeRow('companies', { id, name: id, sources: 'fictional' });
  if (!validation.ok) throw new Error(validation.reasons.join('; '));
  return validation.record;
}

async function existing(ids: string[]): Promise<string[]> {
  const rows = await graph.read({ name: 'test_existing', text: 'MATCH (n:Company) WHERE n.id IN $ids RETURN n.id AS id', params: { ids } });
  return rows.map((row) => String(row['id']));
}

describe('a batch the database refuses', () => {
  it('leaves none of its rows in the graph', async () => {
    const ids = [`${p}a`, `${p}b`, takenId, `${p}c`, `${p}d`];
    const rows = ids.map((id, i) => toNodeWriteRow('companies', company(id), i));
    const outcome = await writeBatch(graph, NODE_WRITES.Company, rows);
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining(takenId) });
    expect(await existing(ids)).toEqual([]);
    const [region] = await graph.read({ name: 'test_region', text: 'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels', params: { id: takenId } });
    expect(region?.['labels']).toEqual(expect.arrayContaining(['Entity', 'Region']));
    expect(region?.['labels']).not.toContain('Company');
  });

  it('commits the batch whole once the bad row is gone', async () => {
    const ids = [`${p}a`, `${p}b`, `${p}c`, `${p}d`];
    const outcome = await writeBatch(graph, NODE_WRITES.Company, ids.map((id, i) => toNodeWriteRow('companies', company(id), i)));
    expect(outcome).toEqual({ ok: true, created: 4, updated: 0, unchanged: 0, missing: [] });
    expect((await existing(ids)).sort()).toEqual(ids);
  });
});

describe('importGraph and ids held by another kind', () => {
  it('refuses the conflicting row before writing, so its batch mates land', async () => {
    const dir = writeCsvFolder({ 'companies.csv': ['id,name,sources', `${p}e,E,fictional`, `${takenId},Taken GmbH,fictional`, `${p}f,F,fictional`] });
    const report = await importGraph(graph, [dir], { batchSize: 10 });
    expect(report.rejects).toEqual([{ file: path.join(dir, 'companies.csv'), line: 3, reason: `id: "${takenId}" already exists in the database as a Region, not a Company` }]);
    expect((await existing([`${p}e`, `${p}f`, takenId])).sort()).toEqual([`${p}e`, `${p}f`]);
  });
});
