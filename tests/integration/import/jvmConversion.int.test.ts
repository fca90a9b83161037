/**
 * The relationship pass of the bulk conversion in the JVM (neo4j/…/BulkConvertLinks.java) writes the very files
 * and report Node's worker threads write, byte for byte, and leaves the conversion to Node at the first row Node
 * would refuse. It runs Java (the local Neo4j's Maven project), not Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { generateGraph } from '../../../src/generate';
import type { ImportReport } from '../../../src/import';
import { BulkCsvSink, convertForBulkImport, type BulkConversion } from '../../../src/import/bulk';
import { convertRelationshipFiles } from '../../../src/import/bulk/convertRelationshipFiles';
import type { JvmConverter } from '../../../src/import/bulk/jvmConversion';
import { IdCatalog } from '../../../src/import/idCatalog';
import { importInto } from '../../../src/import/importGraph';
import { seedInputs } from '../../../src/import/seedInputs';
import { describeRelationshipRules, RELATIONSHIP_KINDS, type RelationshipKind } from '../../../src/model';
import { tempDir } from '../../support/tempDir';
import { smallGraphFiles, writeCsvFolder } from './importFixtures';

const WORKER_SCRIPT = path.join(projectRoot, 'dist', 'src', 'import', 'bulk', 'relationshipWorker.js');
const JVM: JvmConverter = { neo4jProjectDir: path.join(projectRoot, 'neo4j'), searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'] };

interface Converted {
  /** Every converted file by name, with its bytes. */
  files: Map<string, string>;
  report: Omit<ImportReport, 'durationMs'>;
  converter: 'jvm' | 'node';
  fallback: string | undefined;
}

async function convert(inputs: string[], jvm: boolean, splitBytes?: number): Promise<Converted> {
  const dir = path.join(tempDir('clustergraph-jvm-conversion-'), 'csv');
  const catalog = new IdCatalog();
  const sink = new BulkCsvSink(dir, catalog);
  let converter: 'jvm' | 'node' = 'node';
  let fallback: string | undefined;
  const { durationMs: _ignored, ...report } = await importInto(
    sink,
    inputs,
    { batchSize: 7 },
    async (ctx, files) => {
      const conversion = await convertRelationshipFiles(ctx, files, {
        threads: 2,
        workerScript: WORKER_SCRIPT,
        dir,
        ...(jvm ? { jvm: { ...JVM, ...(splitBytes !== undefined ? { splitBytes } : {}) }, onJvmFallback: (reason: string) => (fallback = reason) } : {}),
      });
      converter = conversion.converter;
    },
    catalog,
  );
  await sink.finish();
  const files = new Map(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')] as const));
  return { files, report, converter, fallback };
}

async function expectSameBothWays(inputs: string[], splitBytes?: number): Promise<Converted> {
  const [inNode, inJvm] = [await convert(inputs, false), await convert(inputs, true, splitBytes)];
  expect({ converter: inJvm.converter, fallback: inJvm.fallback }).toEqual({ converter: 'jvm', fallback: undefined });
  expect([...inJvm.files.keys()]).toEqual([...inNode.files.keys()]);
  for (const [name, text] of inNode.files) expect({ name, text: inJvm.files.get(name) }).toEqual({ name, text });
  expect(inJvm.report).toEqual(inNode.report);
  return inJvm;
}

// Valid rows that exercise the reader and the writer: a BOM, CRLF line ends and a blank line; quoted commas and
// doubled quotes; cells trimmed (a tab and a no-break space too); a "+7"; list items split only at bars with
// spaces around them; text beyond ASCII (umlauts, curly quotes, an emoji) and characters JSON escapes (backslash,
// tab, a control character); absent optional columns (a second file's header); undirected pairs read backwards.
function trickyGraph(): string {
  const p = 'j-';
  const dir = writeCsvFolder({
    ...smallGraphFiles(p),
    'supplies.csv': ['from,to,product,stage,since,until,sources', `${p}waferco,${p}chipco,Wafers,${p}st1,2005,,illustrative`, `${p}chipco,${p}spinco,Chips,,2020-01,2021,illustrative`],
  });
  const rows = [
    'from,to,topic,since,until,weight,sources',
    `${p}tu,${p}chipco,"MEMS, sensors ""and"" more",2012,,+7,wikipedia:TU_Dresden | illustrative`,
    '',
    `${p}waferco,${p}chipco, Universität \t Dresden\u00a0,2005-02,2016-02,3, a|b | c `,
    `${p}spinco,${p}ipms,"back\\slash, emoji 🚀",2019-02-28,,,cited-source`,
    `${p}mgmt,${p}tu,,,,10,src`,
    `${p}ipms,${p}tu,"tab\there ctl\u0001x",,2020,1,illustrative`,
    `${p}mgmt,${p}chipco,Zeichen “quotes” ß,1999,,,illustrative`,
  ];
  fs.writeFileSync(path.join(dir, 'collaborates_with.csv'), `\ufeff${rows.join('\r\n')}\r\n`);
  fs.writeFileSync(path.join(dir, 'collaborates_with.more.csv'), `from,to,sources\n${p}waferco,${p}ipms,illustrative\n${p}spinco,${p}waferco,a | b`);
  return dir;
}

describe('the bulk conversion in the JVM', () => {
  it('describes every relationship kind, so no kind leaves a conversion to Node by its rules', () => {
    for (const kind of Object.keys(RELATIONSHIP_KINDS) as RelationshipKind[]) expect({ kind, rules: typeof describeRelationshipRules(kind) }).toEqual({ kind, rules: 'object' });
  });

  it('writes the files and report of the worker threads for rows that test the reader and the writer', async () => {
    const converted = await expectSameBothWays([trickyGraph()]);
    expect(converted.report.relationships['COLLABORATES_WITH']).toMatchObject({ rows: 8, created: 8, rejected: 0 });
    expect(converted.report.rejects).toEqual([]);
  });

  it('writes the files and report of the worker threads for the seed graph with its samples', async () => {
    const converted = await expectSameBothWays(seedInputs(path.join(projectRoot, 'seeds'), true));
    expect(converted.report.relationshipsWritten).toBeGreaterThan(300);
  });

  it.each([
    ['whole', undefined],
    ['in two halves', 64 * 1024],
  ])('writes the files and report of the worker threads for a generated graph, each large file read %s', async (_name, splitBytes) => {
    const dir = tempDir('clustergraph-jvm-generated-');
    generateGraph({ actors: 3000, seed: 11, outDir: dir });
    const converted = await expectSameBothWays([dir], splitBytes);
    expect(converted.report.relationshipsWritten).toBeGreaterThan(20_000);
  });

  it('reads the rows that test the reader and the writer in two halves of each file too', async () => {
    await expectSameBothWays([trickyGraph()], 100);
  });

  it('finds a link repeated across the two halves of a file, and leaves the conversion to Node', async () => {
    const pairs = Array.from({ length: 400 }, (_, k) => `j-tu,j-x${k},,,,1,illustrative`);
    const files = smallGraphFiles('j-');
    files['companies.csv'] = [...(files['companies.csv'] ?? []), ...pairs.map((_, k) => `j-x${k},X ${k},,SMALL,1,2001,,,,,fictional`)];
    const dir = writeCsvFolder({ ...files, 'collaborates_with.more.csv': ['from,to,topic,since,until,weight,sources', ...pairs, 'j-x3,j-tu,,,,1,illustrative'] });
    const [inNode, inJvm] = [await convert([dir], false), await convert([dir], true, 1024)];
    expect(inJvm.converter).toBe('node');
    expect(inJvm.fallback).toMatch(/repeated/);
    expect(inJvm.report).toEqual(inNode.report);
    expect(inNode.report.rejects).toHaveLength(1);
    // Without the repeat, the halves merge into the files of one pass.
    const clean = writeCsvFolder({ ...files, 'collaborates_with.more.csv': ['from,to,topic,since,until,weight,sources', ...pairs] });
    await expectSameBothWays([clean], 1024);
  });

  it.each([
    ['a repeated pair (read undirected)', 'j-chipco,j-tu,,,,1,illustrative'],
    ['an end not in the input', 'j-chipco,j-nobody,,,,1,illustrative'],
    ['an end of the wrong label', 'j-chipco,j-cluster,,,,1,illustrative'],
    ['a start before an end was founded', 'j-waferco,j-tu,,1990,,1,illustrative'],
    ['a weight out of range', 'j-spinco,j-tu,,,,11,illustrative'],
    ['until before since', 'j-spinco,j-tu,,2021,2020,1,illustrative'],
    ['a start in the future', 'j-spinco,j-tu,,2999,,1,illustrative'],
    ['a fictional marker', 'j-spinco,j-tu,,,,1,fictional'],
    ['a self-link', 'j-tu,j-tu,,,,1,illustrative'],
    ['an id that is not one', 'j-tu,J_Chipco,,,,1,illustrative'],
    ['a row of the wrong length', 'j-spinco,j-tu,,,1,illustrative'],
    ['a quoted field across lines', 'j-spinco,j-tu,"two\nlines",,,1,illustrative'],
  ])('leaves the conversion to Node at %s, which then refuses the row as always', async (_name, row) => {
    const dir = writeCsvFolder({ ...smallGraphFiles('j-'), 'collaborates_with.more.csv': ['from,to,topic,since,until,weight,sources', row] });
    const [inNode, inJvm] = [await convert([dir], false), await convert([dir], true)];
    expect(inJvm.converter).toBe('node');
    expect(inJvm.fallback).toEqual(expect.any(String));
    expect([...inJvm.files.entries()]).toEqual([...inNode.files.entries()]);
    expect(inJvm.report).toEqual(inNode.report);
    // Node refuses every row above but the multi-line one, which it reads and writes (the JVM's reader does not).
    expect(inNode.report.rejects.length).toBe(row.includes('\n') ? 0 : 1);
  });
});

/** Every converted file's lines by header (file names differ by who wrote them), each group's lines sorted. */
function byHeader(dir: string): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const name of fs.readdirSync(dir)) {
    const [header = '', ...lines] = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').filter((line) => line.length > 0);
    const role = /nodes-/.test(name) ? name.replace(/^(?:jn-|t\d+-)?/, '').replace(/-\d+\.csv$/, '') : name.replace(/^t\d+-/, '').replace(/-\d+\.csv$/, '');
    const key = `${role} ${header}`;
    groups[key] = [...(groups[key] ?? []), ...lines];
  }
  for (const lines of Object.values(groups)) lines.sort();
  return groups;
}

describe('the node files in the JVM', () => {
  async function bothWays(inputs: string[]): Promise<{ inNode: BulkConversion; inJvm: BulkConversion; nodeFiles: Record<string, string[]>; jvmFiles: Record<string, string[]> }> {
    const [nodeDir, jvmDir] = [path.join(tempDir('clustergraph-jvm-nodes-'), 'csv'), path.join(tempDir('clustergraph-jvm-nodes-'), 'csv')];
    const inNode = await convertForBulkImport(inputs, { csvDir: nodeDir, conversionThreads: 2 });
    const inJvm = await convertForBulkImport(inputs, { csvDir: jvmDir, conversionThreads: 2, jvm: JVM });
    const { durationMs: _a, ...nodeReport } = inNode.report;
    const { durationMs: _b, ...jvmReport } = inJvm.report;
    expect(jvmReport).toEqual(nodeReport);
    return { inNode, inJvm, nodeFiles: byHeader(nodeDir), jvmFiles: byHeader(jvmDir) };
  }

  it('writes the node rows Node writes, for a generated graph and for ASCII rows that test the cells', async () => {
    const dir = tempDir('clustergraph-jvm-generated-');
    generateGraph({ actors: 2000, seed: 5, outDir: dir });
    const p = 'k-';
    const tricky = writeCsvFolder({
      ...smallGraphFiles(p),
      // Coordinates spelt with a sign, leading and trailing zeros; aliases with a bar inside one; blank names folded.
      'companies.csv': [
        'id,name,aliases,size,employees,founded,lat,lon,website,description,sources',
        `${p}chipco,"ChipCo  GmbH ",ChipCo | C|C | CC,LARGE,+2500,1994-05,+051.1200,013.70,https://chipco.example,"Wafers, ""chips""\tand MEMS",fictional`,
        `${p}waferco,WaferCo AG,,MEDIUM,0,2001,-0.0,.5,,,fictional | illustrative`,
        `${p}spinco,SpinCo UG,,MICRO,5,2019,,,,,cited-source`,
      ],
    });
    for (const inputs of [[dir], [tricky]]) {
      const { inJvm, nodeFiles, jvmFiles } = await bothWays(inputs);
      expect({ nodeConverter: inJvm.nodeConverter, fallback: inJvm.jvmNodeFallback, converter: inJvm.converter }).toEqual({ nodeConverter: 'jvm', fallback: null, converter: 'jvm' });
      expect(jvmFiles).toEqual(nodeFiles);
    }
  });

  it('leaves the node files to Node for text beyond ASCII (the seed graph), and for a refused node row', async () => {
    const seeds = await bothWays(seedInputs(path.join(projectRoot, 'seeds'), true));
    expect({ nodeConverter: seeds.inJvm.nodeConverter, converter: seeds.inJvm.converter }).toEqual({ nodeConverter: 'node', converter: 'jvm' });
    expect(seeds.inJvm.jvmNodeFallback).toMatch(/ASCII/);
    expect(seeds.jvmFiles).toEqual(seeds.nodeFiles);
    const files = smallGraphFiles('r-');
    files['companies.csv'] = [...(files['companies.csv'] ?? []), 'r-chipco,Twice,,SMALL,1,2001,,,,,fictional'];
    const refused = await bothWays([writeCsvFolder(files)]);
    expect(refused.inJvm.nodeConverter).toBe('node');
    expect(refused.inJvm.jvmNodeFallback).toBeNull();
    expect(refused.jvmFiles).toEqual(refused.nodeFiles);
  });
});
