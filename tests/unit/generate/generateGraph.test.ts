import fs from 'node:fs';
import path from 'node:path';
import { generateGraph, planGeneration, type GenerationResult } from '../../../src/generate';
import { NODE_KINDS, RELATIONSHIP_KINDS, type RawRow } from '../../../src/model';
import { tempDir } from '../../support/tempDir';
import { column, readGeneratedFolder, type GeneratedFolder } from './generatedFolder';

const ACTORS = 3000;

const outDir = (): string => tempDir('clustergraph-generate-');

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir).sort().map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}

describe('generateGraph determinism', () => {
  it('writes identical files for the same seed, and different ones for another seed', () => {
    const [a, b, c] = [outDir(), outDir(), outDir()];
    generateGraph({ actors: 500, seed: 42, outDir: a });
    generateGraph({ actors: 500, seed: 42, outDir: b });
    generateGraph({ actors: 500, seed: 43, outDir: c });
    const [filesA, filesB, filesC] = [filesOf(a), filesOf(b), filesOf(c)];
    expect([...filesA.keys()]).toHaveLength(Object.keys(NODE_KINDS).length + Object.keys(RELATIONSHIP_KINDS).length);
    for (const [file, content] of filesA) expect(filesB.get(file)?.equals(content)).toBe(true);
    expect(filesC.get('collaborates_with.csv')?.equals(filesA.get('collaborates_with.csv') ?? Buffer.alloc(0))).toBe(false);
    expect(filesC.get('companies.csv')?.equals(filesA.get('companies.csv') ?? Buffer.alloc(0))).toBe(false);
  });

  it('refuses a bad actor count, seed or id prefix', () => {
    expect(() => generateGraph({ actors: 5, seed: 1, outDir: outDir() })).toThrow('actors');
    expect(() => generateGraph({ actors: 100, seed: 1.5, outDir: outDir() })).toThrow('seed');
    expect(() => generateGraph({ actors: 100, seed: 1, outDir: outDir(), idPrefix: 'S_' })).toThrow('idPrefix');
  });
});

describe('generateGraph structure', () => {
  const dir = outDir();
  let result: GenerationResult;
  let folder: GeneratedFolder;
  const labelOf = new Map<string, string>();
  const rowsOf = (kind: string): RawRow[] => folder.rows.get(kind) ?? [];

  beforeAll(() => {
    result = generateGraph({ actors: ACTORS, seed: 7, outDir: dir });
    folder = readGeneratedFolder(dir);
    for (const [kind, spec] of Object.entries(NODE_KINDS)) for (const id of column(folder, kind, 'id')) labelOf.set(id, spec.label);
  });

  it('writes every file of the format with its documented header, and only valid rows', () => {
    for (const [kind, spec] of [...Object.entries(NODE_KINDS), ...Object.entries(RELATIONSHIP_KINDS)]) expect(folder.headers.get(kind)).toEqual(spec.columns);
    expect(folder.problems).toEqual([]);
  });

  it('reports the rows it wrote', () => {
    for (const file of result.files) expect(rowsOf(file.file.slice(0, -4))).toHaveLength(file.rows);
    expect(result.nodes).toBe([...labelOf.keys()].length);
  });

  it('has the planned mix of actors, one cluster per about 300 actors, and unique ids', () => {
    const plan = planGeneration(ACTORS);
    expect([rowsOf('companies').length, rowsOf('research_institutes').length, rowsOf('organizations').length]).toEqual([2100, 600, 300]);
    expect(rowsOf('clusters')).toHaveLength(plan.clusters);
    expect(plan.clusters).toBe(10);
    const ids = [...Object.keys(NODE_KINDS)].flatMap((kind) => column(folder, kind, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(column(folder, 'companies', 'id')[0]).toBe('s-co-000001');
  });

  it('builds a region tree country > states > districts > cities', () => {
    const levels = new Map(rowsOf('regions').map((r) => [r['id'] ?? '', r['level'] ?? '']));
    const expectedParent: Record<string, string> = { STATE: 'COUNTRY', DISTRICT: 'STATE', CITY: 'DISTRICT' };
    for (const region of rowsOf('regions')) {
      const level = region['level'] ?? '';
      if (level === 'COUNTRY') expect(region['parent']).toBe('');
      else expect(levels.get(region['parent'] ?? '')).toBe(expectedParent[level]);
    }
  });

  it('has at least three value chains of five to seven stages, ordered 1..n', () => {
    const stagesByChain = new Map<string, number[]>();
    for (const stage of rowsOf('value_chain_stages')) {
      const list = stagesByChain.get(stage['value_chain'] ?? '') ?? [];
      stagesByChain.set(stage['value_chain'] ?? '', list);
      list.push(Number(stage['order']));
    }
    expect(stagesByChain.size).toBeGreaterThanOrEqual(3);
    for (const orders of stagesByChain.values()) {
      expect(orders.length).toBeGreaterThanOrEqual(5);
      expect(orders.length).toBeLessThanOrEqual(7);
      expect(orders).toEqual(orders.map((_, k) => k + 1));
    }
  });

  it('points every relationship at existing nodes of an allowed kind', () => {
    for (const [kind, spec] of Object.entries(RELATIONSHIP_KINDS)) {
      for (const row of rowsOf(kind)) {
        expect(spec.from).toContain(labelOf.get(row['from'] ?? ''));
        expect(spec.to).toContain(labelOf.get(row['to'] ?? ''));
      }
    }
    for (const region of rowsOf('regions')) if (region['parent']) expect(labelOf.get(region['parent'])).toBe('Region');
    for (const technology of rowsOf('technologies')) if (technology['broader']) expect(labelOf.get(technology['broader'])).toBe('Technology');
  });

  it('locates every actor and cluster exactly once, in a city', () => {
    const cities = new Set(rowsOf('regions').filter((r) => r['level'] === 'CITY').map((r) => r['id']));
    const from = column(folder, 'located_in', 'from');
    expect(new Set(from).size).toBe(from.length);
    expect(from.length).toBe(ACTORS + rowsOf('clusters').length);
    for (const to of column(folder, 'located_in', 'to')) expect(cities.has(to)).toBe(true);
  });

  it('makes supplies follow the stage order of one value chain, named after the supplier stage', () => {
    const stage = new Map(rowsOf('value_chain_stages').map((s) => [s['id'] ?? '', s]));
    const activeIn = new Map<string, Set<string>>();
    for (const row of rowsOf('active_in')) {
      const set = activeIn.get(row['from'] ?? '') ?? new Set<string>();
      activeIn.set(row['from'] ?? '', set);
      set.add(row['to'] ?? '');
    }
    expect(rowsOf('supplies').length).toBeGreaterThan(1000);
    for (const supply of rowsOf('supplies')) {
      const supplied = stage.get(supply['stage'] ?? '');
      expect(supplied).toBeDefined();
      expect(supply['product']).toBe(supplied?.['name']);
      expect(activeIn.get(supply['from'] ?? '')?.has(supply['stage'] ?? '')).toBe(true);
      const customerStages = [...(activeIn.get(supply['to'] ?? '') ?? [])].map((id) => stage.get(id));
      const next = customerStages.some((s) => s?.['value_chain'] === supplied?.['value_chain'] && Number(s?.['order']) === Number(supplied?.['order']) + 1);
      expect(next).toBe(true);
    }
  });

  it('gives collaborations heavy-tailed degrees, one row per pair, mostly inside clusters', () => {
    const degree = new Map<string, number>();
    const pairs = new Set<string>();
    for (const row of rowsOf('collaborates_with')) {
      const [a, b] = [row['from'] ?? '', row['to'] ?? ''];
      pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
      for (const end of [a, b]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    expect(pairs.size).toBe(rowsOf('collaborates_with').length);
    const degrees = [...degree.values()];
    const mean = degrees.reduce((n, d) => n + d, 0) / degrees.length;
    expect(Math.max(...degrees)).toBeGreaterThan(8 * mean);
    // Home clusters are not in the files; the city is, and 75 % of actors sit in their cluster's city.
    const city = new Map(rowsOf('located_in').map((r) => [r['from'] ?? '', r['to'] ?? '']));
    const sameCity = rowsOf('collaborates_with').filter((r) => city.get(r['from'] ?? '') === city.get(r['to'] ?? '')).length;
    expect(sameCity / rowsOf('collaborates_with').length).toBeGreaterThan(0.4);
  });

  it('dates spin-offs after their origin was founded and keeps since before until', () => {
    const founded = new Map(rowsOf('research_institutes').map((r) => [r['id'] ?? '', Number(r['founded'])]));
    expect(rowsOf('spun_off_from').length).toBeGreaterThan(0);
    for (const row of rowsOf('spun_off_from')) expect(Number(row['year'])).toBeGreaterThan(founded.get(row['to'] ?? '') ?? Infinity);
  });

  it('starts no link before either end was founded (the importer refuses such rows)', () => {
    const founded = new Map(['companies', 'research_institutes', 'organizations', 'clusters'].flatMap((kind) => rowsOf(kind).map((r) => [r['id'] ?? '', Number(r['founded'])] as const)));
    let checked = 0;
    for (const kind of ['collaborates_with', 'supplies', 'member_of', 'subsidiary_of', 'cooperates_with']) {
      for (const row of rowsOf(kind)) {
        const since = Number((row['since'] ?? '').slice(0, 4));
        const ends = [founded.get(row['from'] ?? ''), founded.get(row['to'] ?? '')].filter((year): year is number => year !== undefined);
        for (const year of ends) expect({ kind, from: row['from'], to: row['to'], since }).toEqual({ kind, from: row['from'], to: row['to'], since: Math.max(since, year) });
        checked += ends.length;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('marks companies fictional and everything else illustrative', () => {
    expect(new Set(column(folder, 'companies', 'sources'))).toEqual(new Set(['fictional']));
    for (const kind of Object.keys(RELATIONSHIP_KINDS)) for (const s of column(folder, kind, 'sources')) expect(s).toBe('illustrative');
  });

  it('takes an id prefix', () => {
    const other = outDir();
    generateGraph({ actors: 50, seed: 1, outDir: other, idPrefix: 't-gen.x-' });
    const ids = column(readGeneratedFolder(other), 'companies', 'id');
    expect(ids[0]).toBe('t-gen.x-co-000001');
  });
});
