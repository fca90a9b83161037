import fs from 'node:fs';
import path from 'node:path';
import type { GraphClient } from '../../../src/graph/graphClient';
import { importGraph, type ImportReport } from '../../../src/import';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { smallGraphFiles, writeCsvFolder } from './importFixtures';

const NODES = 19;
const RELATIONSHIPS = 24;

let graph: GraphClient;
const prefix = uniquePrefix('imp');
const p = prefix;

beforeAll(() => {
  graph = createTestGraph();
});

afterAll(async () => {
  await deleteByPrefix(graph, prefix);
  await graph.close();
});

async function countOwn(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read({
    name: 'test_count_own',
    text: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships',
    params: { prefix },
  });
  return { nodes: Number(row?.['nodes']), relationships: Number(row?.['relationships']) };
}

function total(counts: ImportReport['nodes'], field: 'created' | 'updated' | 'unchanged' | 'rejected'): number {
  return Object.values(counts).reduce((n, c) => n + c[field], 0);
}

describe('importGraph', () => {
  const dir = writeCsvFolder(smallGraphFiles(p));

  it('imports every kind of node and relationship', async () => {
    const report = await importGraph(graph, [dir], { batchSize: 2 });
    expect(report.rejects).toEqual([]);
    expect(total(report.nodes, 'created')).toBe(NODES);
    expect(total(report.relationships, 'created')).toBe(RELATIONSHIPS);
    expect(report.relationshipsWritten).toBe(RELATIONSHIPS);
    expect(report.relationships['FEEDS']).toEqual({ rows: 2, cited: 0, sample: 2, created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await countOwn()).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
  });

  it('changes nothing when the same files are imported again', async () => {
    const report = await importGraph(graph, [dir]);
    expect(report.rejects).toEqual([]);
    expect(total(report.nodes, 'created') + total(report.nodes, 'updated')).toBe(0);
    expect(total(report.relationships, 'created') + total(report.relationships, 'updated')).toBe(0);
    expect(total(report.nodes, 'unchanged')).toBe(NODES);
    expect(total(report.relationships, 'unchanged')).toBe(RELATIONSHIPS);
    expect(report.nodesWritten + report.relationshipsWritten).toBe(0);
    expect(report.relationshipsImported).toBe(RELATIONSHIPS);
    expect(await countOwn()).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
  });

  it('stores the model of the graph README', async () => {
    const [chip] = await graph.read({
      name: 'test_company',
      text: 'MATCH (n:Company {id: $id}) RETURN labels(n) AS labels, properties(n) AS props',
      params: { id: `${p}chipco` },
    });
    expect(chip?.['labels']).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Company']));
    expect(chip?.['props']).toMatchObject({
      kind: 'COMPANY',
      fictional: true,
      illustrative: true,
      aliases: ['ChipCo', 'CC'],
      aliasText: 'ChipCo | CC',
      founded: '1994-05',
      foundedYear: 1994,
      employees: 2500,
      size: 'LARGE',
      description: 'Wafers, chips',
      location: { latitude: 51.12, longitude: 13.71 },
    });
    const [tu] = await graph.read({ name: 'test_institute', text: 'MATCH (n:ResearchInstitute {id: $id}) RETURN properties(n) AS props', params: { id: `${p}tu` } });
    expect(tu?.['props']).toMatchObject({ kind: 'RESEARCH_INSTITUTE', type: 'UNIVERSITY', illustrative: false });
    expect(tu?.['props']).not.toHaveProperty('aliases');
    const [project] = await graph.read({ name: 'test_project', text: 'MATCH (n:Project {id: $id}) RETURN properties(n) AS props', params: { id: `${p}proj` } });
    expect(project?.['props']).toMatchObject({ name: 'Joint project', start: '2018-04', startDate: '2018-04-01', endDate: '2021-12-31' });
  });

  it('stores collaborations once per pair, smaller id first, with their model and validity', async () => {
    const rows = await graph.read({
      name: 'test_collaboration',
      text: 'MATCH (a:Entity {id: $a})-[r:COLLABORATES_WITH]-(b:Entity {id: $b}) RETURN startNode(r).id AS from, properties(r) AS props',
      params: { a: `${p}tu`, b: `${p}chipco` },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['from']).toBe(`${p}chipco`);
    expect(rows[0]?.['props']).toMatchObject({ model: 'SCIENCE_INDUSTRY', weight: 7, topic: 'MEMS', since: '2012', validFrom: '2012-01-01' });
    const [member] = await graph.read({
      name: 'test_member',
      text: 'MATCH (:Company {id: $a})-[r:MEMBER_OF]->(:Cluster) RETURN properties(r) AS props',
      params: { a: `${p}chipco` },
    });
    expect(member?.['props']).toMatchObject({ role: 'FOUNDING_MEMBER', validFrom: '2000-01-01', validTo: '2015-06-30', sources: ['illustrative'] });
  });

  it('derives PART_OF, BROADER, STAGE_OF and FEEDS from node files', async () => {
    const [row] = await graph.read({
      name: 'test_derived',
      text:
        'MATCH (:Region {id: $dd})-[:PART_OF]->(:Region {id: $sn})-[:PART_OF]->(:Region {id: $de}) ' +
        'MATCH (:Technology {id: $mems})-[:BROADER]->(:Technology {id: $semi}) ' +
        'MATCH path = (:ValueChainStage {id: $st1})-[:FEEDS]->(:ValueChainStage {id: $st2})-[:FEEDS]->(:ValueChainStage {id: $st3}) ' +
        'MATCH (s:ValueChainStage)-[:STAGE_OF]->(:ValueChain {id: $vc}) ' +
        'RETURN count(DISTINCT s) AS stages',
      params: { dd: `${p}dd`, sn: `${p}sn`, de: `${p}de`, mems: `${p}mems`, semi: `${p}semi`, st1: `${p}st1`, st2: `${p}st2`, st3: `${p}st3`, vc: `${p}vc` },
    });
    expect(row?.['stages']).toBe(3);
  });

  it('reads a reversed collaboration row as the same pair, and counts a changed row as updated', async () => {
    const reversed = writeCsvFolder({
      'collaborates_with.csv': ['from,to,topic,since,until,weight,sources', `${p}chipco,${p}tu,MEMS,2012,,7,illustrative`, `${p}chipco,${p}waferco,,,,4,illustrative`],
    });
    const report = await importGraph(graph, [reversed]);
    expect(report.rejects).toEqual([]);
    expect(report.relationships['COLLABORATES_WITH']).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await countOwn()).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
  });

  it('refuses a reversed duplicate inside one import', async () => {
    const twice = writeCsvFolder({
      'collaborates_with.csv': ['from,to,weight,sources', `${p}tu,${p}ipms,5,illustrative`, `${p}ipms,${p}tu,5,illustrative`],
    });
    const report = await importGraph(graph, [twice]);
    expect(report.rejects).toEqual([{ file: path.join(twice, 'collaborates_with.csv'), line: 3, reason: expect.stringMatching(/^duplicate: .*:2 has the same pair/) }]);
    expect(report.relationships['COLLABORATES_WITH']).toMatchObject({ created: 1, rejected: 1 });
  });

  it('links to ids already in the database, and refuses missing ends and ends of the wrong kind', async () => {
    const links = writeCsvFolder({
      'specializes_in.extra.csv': [
        'from,to,sources',
        `${p}tu,${p}semi,illustrative`,
        `${p}tu,${p}nowhere,illustrative`,
        `${p}tu,${p}dd,illustrative`,
      ],
      'notes.csv': ['a,b', '1,2'],
    });
    const report = await importGraph(graph, [links]);
    const file = path.join(links, 'specializes_in.extra.csv');
    expect(report.relationships['SPECIALIZES_IN']).toEqual({ rows: 3, cited: 0, sample: 3, created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(report.rejects).toEqual([
      { file: path.join(links, 'notes.csv'), line: 0, reason: expect.stringContaining('"notes" is not a kind') },
      { file, line: 3, reason: `to: "${p}nowhere" is not in the input or the database` },
      { file, line: 4, reason: `to: "${p}dd" is a Region, expected Technology` },
    ]);
  });

  it('refuses a file with an unknown column as a whole', async () => {
    const bad = writeCsvFolder({ 'clusters.csv': ['id,name,colour,sources', `${p}x,X,red,illustrative`] });
    const report = await importGraph(graph, [bad]);
    expect(report.rejects).toEqual([{ file: path.join(bad, 'clusters.csv'), line: 1, reason: expect.stringContaining('unknown column "colour"') }]);
    expect(report.nodes).toEqual({});
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    let last = { done: 0, total: 0 };
    await importGraph(graph, [dir], { batchSize: 4, onProgress: (progress) => { seen.push(progress.done); last = progress; } });
    expect(last).toEqual({ done: NODES + RELATIONSHIPS, total: NODES + RELATIONSHIPS });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('fails on a missing input before touching the graph', async () => {
    await expect(importGraph(graph, [path.join(dir, 'missing.csv')])).rejects.toThrow('Input not found');
    expect(fs.existsSync(dir)).toBe(true);
  });
});
