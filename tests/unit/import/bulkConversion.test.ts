/**
 * The bulk conversion (src/import/bulk) reads relationship files once and can share them out to worker threads;
 * the transactional import reads them twice (scan, then write). Whichever way, the converted files hold the
 * same rows under the same headers, and the report the same counts and rejects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { importInto, type RelationshipPass } from '../../../src/import/importGraph';
import type { ImportReport } from '../../../src/import';
import type { ImportSink } from '../../../src/import/importSink';
import { seedInputs } from '../../../src/import/seedInputs';
import { BulkCsvSink } from '../../../src/import/bulk';
import { IdCatalog } from '../../../src/import/idCatalog';
import { convertRelationshipFiles, shareOut } from '../../../src/import/bulk/convertRelationshipFiles';
import { resolveInputFiles } from '../../../src/import/inputFiles';
import type { RelationshipFile } from '../../../src/import/scanRelationshipFiles';
import { smallGraphFiles, writeCsvFolder } from '../../integration/import/importFixtures';
import { tempDir } from '../../support/tempDir';

// The compiled worker script: `npm test` builds dist/ first (pretest); run `npm run build` before `npx jest` alone.
const WORKER_SCRIPT = path.join(projectRoot, 'dist', 'src', 'import', 'bulk', 'relationshipWorker.js');

interface Converted {
  /** "<header line>" of each file's group (role and labels or type) → its data lines, sorted. */
  files: Record<string, string[]>;
  report: ImportReport;
}

type Way = { name: string; twoPass?: boolean; pass?: (dir: string) => RelationshipPass };

async function convert(inputs: string[], way: Way): Promise<Converted> {
  const dir = path.join(tempDir('clustergraph-bulk-conversion-'), 'csv');
  const catalog = new IdCatalog();
  const sink = new BulkCsvSink(dir, catalog);
  // The same sink, seen as one that holds data: the import then scans and writes in two passes, as into a graph.
  const twoPass: ImportSink = {
    parallelWrites: 1,
    startsEmpty: false,
    prepare: () => sink.prepare(),
    lookupLabels: () => sink.lookupLabels(),
    lookupNodes: () => sink.lookupNodes(),
    writeNodes: (label, rows) => sink.writeNodes(label, rows),
    writeRelationships: (type, rows) => sink.writeRelationships(type, rows),
  };
  const report = await importInto(way.twoPass ? twoPass : sink, inputs, { batchSize: 7 }, way.pass?.(dir), catalog);
  await sink.finish();
  const files: Record<string, string[]> = {};
  for (const name of fs.readdirSync(dir)) {
    const [header = '', ...lines] = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').filter((line) => line.length > 0);
    // t1-relationships-SUPPLIES-3.csv → relationships-SUPPLIES: the thread prefix and counter differ by way.
    const group = name.replace(/^t\d+-/, '').replace(/-\d+\.csv$/, '');
    const key = `${group} ${header}`;
    files[key] = [...(files[key] ?? []), ...lines].sort();
  }
  return { files, report };
}

const threads = (count: number, workerScript: string | undefined) => (dir: string): RelationshipPass => async (ctx, files) => {
  await convertRelationshipFiles(ctx, files, { threads: count, workerScript, dir });
};

function comparable(report: ImportReport): unknown {
  return {
    files: [...report.files].sort((a, b) => a.file.localeCompare(b.file)),
    nodes: report.nodes,
    relationships: report.relationships,
    rejects: [...report.rejects].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.reason.localeCompare(b.reason)),
  };
}

// Rows each refused for another reason, in a second file of a kind (a repeated pair must be found across files).
function troubledGraph(): string {
  const p = 't-';
  return writeCsvFolder({
    ...smallGraphFiles(p),
    'collaborates_with.more.csv': [
      'from,to,topic,since,until,weight,sources',
      `${p}chipco,${p}tu,MEMS,2013,,2,illustrative`,
      `${p}chipco,${p}nobody,,,,1,illustrative`,
      `${p}chipco,${p}cluster,,,,1,illustrative`,
      `${p}waferco,${p}tu,,1990,,1,illustrative`,
      `${p}spinco,${p}tu,,,,many,illustrative`,
      `${p}spinco,${p}waferco,"quoted, topic",2021,2022,4,illustrative`,
    ],
    'supplies.more.csv': ['from,to,product,colour,sources', `${p}waferco,${p}spinco,Chips,red,illustrative`],
  });
}

describe('the bulk conversion', () => {
  const ways: Way[] = [
    { name: 'two passes', twoPass: true },
    { name: 'one pass in this thread' },
    { name: 'three groups in this thread', pass: threads(3, undefined) },
    { name: 'two worker threads', pass: threads(2, WORKER_SCRIPT) },
  ];

  it('has a compiled worker script to test', () => {
    expect(fs.existsSync(WORKER_SCRIPT)).toBe(true);
  });

  it.each([
    ['a graph with refused rows', () => [troubledGraph()]],
    ['the seed graph with its samples', () => seedInputs(path.join(projectRoot, 'seeds'), true)],
  ])('writes the same files and report every way: %s', async (_name, inputs) => {
    const folders = inputs();
    const [reference, ...others] = await Promise.all(ways.map(async (way) => ({ way: way.name, ...(await convert(folders, way)) })));
    if (!reference) throw new Error('no reference');
    expect(Object.keys(reference.files).length).toBeGreaterThan(10);
    for (const other of others) {
      expect({ way: other.way, files: other.files }).toEqual({ way: other.way, files: reference.files });
      expect({ way: other.way, report: comparable(other.report) }).toEqual({ way: other.way, report: comparable(reference.report) });
    }
  });

  it('refuses each troubled row once, for its own reason', async () => {
    const { report } = await convert([troubledGraph()], { name: 'worker threads', pass: threads(2, WORKER_SCRIPT) });
    const reasons = report.rejects.map((r) => `${path.basename(r.file)}:${r.line} ${r.reason}`).sort();
    expect(reasons).toEqual([
      expect.stringMatching(/^collaborates_with\.more\.csv:2 duplicate: .*collaborates_with\.csv:2 has the same pair/),
      expect.stringMatching(/^collaborates_with\.more\.csv:3 to: "t-nobody" is not in the input/),
      expect.stringMatching(/^collaborates_with\.more\.csv:4 to: "t-cluster" is a Cluster/),
      expect.stringMatching(/^collaborates_with\.more\.csv:5 since: 1990 is before "t-waferco" was founded/),
      expect.stringMatching(/^collaborates_with\.more\.csv:6 weight: /),
      expect.stringMatching(/^supplies\.more\.csv:1 file skipped: unknown column "colour"/),
    ]);
    expect(report.relationships['COLLABORATES_WITH']).toMatchObject({ rows: 8, created: 3, rejected: 5 });
  });

  it('names nodes and link ends by unique whole numbers and keeps the string id as a property column', async () => {
    const { files } = await convert(seedInputs(path.join(projectRoot, 'seeds'), true), { name: 'two worker threads', pass: threads(2, WORKER_SCRIPT) });
    const nodeNumbers = new Set<string>();
    const nodeIds = new Set<string>();
    let links = 0;
    // Node files first: every link end must be one of their numbers.
    const groups = Object.entries(files).sort(([a], [b]) => Number(b.startsWith('nodes')) - Number(a.startsWith('nodes')));
    for (const [key, lines] of groups) {
      const header = key.slice(key.indexOf(' ') + 1).split(',');
      if (key.startsWith('nodes')) {
        // The importer stores a named ID column as a property; the unnamed one it only uses to connect links.
        expect(header.slice(0, 2)).toEqual([':ID', 'id']);
        for (const line of lines) {
          const [number = '', id = ''] = line.split(',');
          expect(number).toMatch(/^\d+$/);
          expect(nodeNumbers.has(number)).toBe(false);
          nodeNumbers.add(number);
          nodeIds.add(id);
        }
      } else {
        expect(header.slice(0, 2)).toEqual([':START_ID', ':END_ID']);
        for (const line of lines) {
          const [from = '', to = ''] = line.split(',');
          expect([from, to].filter((end) => !nodeNumbers.has(end))).toEqual([]);
          links += 1;
        }
      }
    }
    expect(nodeIds.size).toBe(nodeNumbers.size);
    expect(links).toBeGreaterThan(100);
  });

  it('keeps all files of a relationship type in one group and balances the groups by size', async () => {
    const files = (await resolveInputFiles([troubledGraph()])).filter((f): f is RelationshipFile => f.role === 'relationship');
    const groups = shareOut(files, 2);
    expect(groups).toHaveLength(2);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(files.map((_, k) => k));
    const typeOf = (k: number): string => files[k]?.kind ?? '';
    for (const kind of ['collaborates_with', 'supplies']) expect(groups.filter((g) => g.some((k) => typeOf(k) === kind))).toHaveLength(1);
    expect(shareOut(files, 1)).toEqual([files.map((_, k) => k)]);
  });
});
