/**
 * The relationship pass of a bulk conversion in the JVM (neo4j/…/BulkConvertLinks.java): the same checks, rows,
 * `_hash` and files as the worker threads of convertRelationshipFiles, for the large loads where the conversion
 * bounds the whole load (issue 19; src/import/README.md, "The conversion in the JVM").
 *
 * The rules stay in the model: this module writes them into the spec as descriptions (describeRelationshipRules),
 * with the catalogue of the node pass, and the JVM runs the parsers and checks they name. The JVM converts only
 * what passes every check: at the first row the Node conversion would refuse (or read another way) it stops and
 * says why (`fallback`), its files are removed, and the caller converts in Node, which words every refusal.
 *
 * Given node files whose rows the scan accepted every one of, the same process writes them too
 * (BulkConvertNodes.java, each kind's NODE_WRITE_RECIPES entry in the spec); where it cannot be sure to write
 * what Node writes (text beyond ASCII to fold, a number it cannot spell as JavaScript does) it leaves only the
 * node files to Node (`nodeFallback`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareLocalJvm } from '../../graph/local';
import {
  ACTOR_LABELS,
  collaborationModel,
  describeNodeColumns,
  describeRelationshipRules,
  FICTIONAL,
  ILLUSTRATIVE,
  NODE_KINDS,
  NODE_WRITE_RECIPES,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_TYPES,
  todayIso,
  type NodeKind,
  type NodeLabel,
  type RelationshipKind,
} from '../../model';
import type { NodeFile } from '../importGraph';
import type { ImportContext } from '../importContext';
import type { KindCounts } from '../importReport';
import type { RelationshipFile } from '../scanRelationshipFiles';
import { nodeGroupLabels, type BulkFile } from './bulkCsvSink';
import type { RelationshipGroupOutput } from './relationshipGroup';

/** Where the JVM converter comes from: the Maven project of the local Neo4j, and the Java to run it with. */
export interface JvmConverter {
  neo4jProjectDir: string;
  searchPath: string | undefined;
  javaHome: string | undefined;
  /**
   * A file at least this large is converted in two halves, each in a JVM thread of its own, and merged (default
   * 64 MB: COLLABORATES_WITH, half the rows, would otherwise bound the conversion in one thread); tests set it low.
   */
  splitBytes?: number;
}

export type JvmConversionOutcome = { ok: true; outputs: RelationshipGroupOutput[]; nodes: JvmNodeOutcome | undefined } | { ok: false; reason: string };

/** The node files the JVM wrote (nodes created per label), or why it left them to Node. */
export type JvmNodeOutcome = { ok: true; files: BulkFile[]; created: Map<NodeLabel, number>; rows: number; multilineFields: boolean } | { ok: false; reason: string };

// The catalogue (1M ids at the 1M bench: ~150 MB as Java strings) and the largest type's pair set (5M pairs:
// 128 MB of slots, twice that while it grows) fit with room to spare.
const HEAP_MB = 2048;

/**
 * Converts `files` in `groups` (file indexes, as shareOut deals them; group k writes files prefixed `t{k+1}-`
 * into `dir`, as the worker threads do), each group in a JVM thread of its own. Resolves to the groups' outputs,
 * or to the reason the JVM left the conversion to Node (its files then removed).
 */
export async function convertRelationshipFilesInJvm(
  ctx: ImportContext,
  files: readonly RelationshipFile[],
  groups: readonly (readonly number[])[],
  options: { dir: string; jvm: JvmConverter; nodeFiles?: readonly NodeFile[] | undefined },
): Promise<JvmConversionOutcome> {
  const kinds = [...new Set(groups.flat().map((index) => (files[index] as RelationshipFile).kind))];
  const specLines: string[] = [];
  for (const [k, kind] of kinds.entries()) {
    const described = kindSpec(k, kind);
    if (typeof described === 'string') return { ok: false, reason: described };
    specLines.push(...described);
  }
  const nodeLines = options.nodeFiles && options.nodeFiles.length > 0 ? nodeSpec(options.nodeFiles) : undefined;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-jvm-conversion-'));
  try {
    const catalogFile = path.join(work, 'catalog.tsv');
    await writeCatalog(ctx, catalogFile);
    const prefixes = groups.map((_, g) => `t${g + 1}-`);
    const lines = [
      `today\t${todayIso()}`,
      `sampleMarkers\t${ILLUSTRATIVE}\t${FICTIONAL}`,
      ...ACTOR_LABELS.flatMap((a) => ACTOR_LABELS.map((b) => `model\t${a}\t${b}\t${collaborationModel(a, b)}`)),
      ...specLines,
      ...files.map((file, index) => (kinds.includes(file.kind) ? `file\t${index}\t${kinds.indexOf(file.kind)}\t${file.path}` : '')).filter((line) => line !== ''),
      ...groups.map((indexes, g) => `group\t${prefixes[g]}\t${indexes.join(',')}`),
      ...(typeof nodeLines === 'object' ? nodeLines : []),
      `out\t${options.dir}`,
      ...(options.jvm.splitBytes !== undefined ? [`splitBytes\t${options.jvm.splitBytes}`] : []),
      `catalog\t${catalogFile}\t${ctx.catalog.numberBound}`,
    ];
    if (lines.some((line) => /[\n\r]/.test(line))) return { ok: false, reason: 'a path holds a line break' };
    const specFile = path.join(work, 'spec.tsv');
    fs.writeFileSync(specFile, `${lines.join('\n')}\n`);
    const run = await runConverter(specFile, options.jvm, (rows) => {
      ctx.progress.total += rows;
      ctx.progress.advance(rows);
    });
    if (run.fallback !== undefined) {
      removeGroupFiles(options.dir, [...prefixes, NODE_FILE_PREFIX]);
      return { ok: false, reason: run.fallback };
    }
    const nodes = nodeLines === undefined ? undefined : typeof nodeLines === 'string' ? { ok: false as const, reason: nodeLines } : nodeOutcome(run.lines);
    return { ok: true, outputs: groups.map((_, g) => groupOutput(g, run.lines, files)), nodes };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The JVM's node files start so (BulkConvertNodes.prefix). */
const NODE_FILE_PREFIX = 'jn-';

/** The spec lines of the node files (their kinds' columns and recipes, the files in order), or why not. */
function nodeSpec(nodeFiles: readonly NodeFile[]): string[] | string {
  const kinds = [...new Set(nodeFiles.map((file) => file.kind))];
  const lines: string[] = [];
  for (const [k, kind] of kinds.entries()) {
    const columns = describeNodeColumns(kind);
    if (typeof columns === 'string') return columns;
    const recipe = NODE_WRITE_RECIPES[kind];
    const label = NODE_KINDS[kind].label;
    lines.push(`nodeKind\t${k}\t${label}\t${nodeGroupLabels(label).join(',')}\t${recipe.nameField}\t${recipe.period ? 1 : 0}`);
    for (const { column, required, parser } of columns) lines.push(['nodeColumn', k, column, required ? 1 : 0, ...parser].join('\t'));
    for (const [property, source] of recipe.extras) {
      lines.push(['nodeExtra', k, property, ...('field' in source ? ['field', source.cell ?? source.field] : 'constant' in source ? ['constant', source.constant] : ['fictional'])].join('\t'));
    }
  }
  for (const file of nodeFiles) lines.push(`nodeFile\t${kinds.indexOf(file.kind as NodeKind)}\t${file.path}`);
  return lines;
}

function nodeOutcome(lines: readonly string[][]): JvmNodeOutcome {
  const fallback = lines.find((fields) => fields[0] === 'nodeFallback');
  if (fallback) return { ok: false, reason: fallback.slice(1).join('\t') };
  const files: BulkFile[] = [];
  const created = new Map<NodeLabel, number>();
  let summary: string[] | undefined;
  for (const fields of lines) {
    const [what, a = '', b = '', c = ''] = fields;
    if (what === 'nodeOutput') files.push({ role: 'nodes', labels: b.split(','), file: a, rows: Number(c) });
    else if (what === 'nodeCreated') created.set(a as NodeLabel, Number(b));
    else if (what === 'nodeGroup') summary = fields;
  }
  if (!summary) throw new Error('the JVM conversion did not report its node files');
  return { ok: true, files, created, rows: Number(summary[1]), multilineFields: summary[4] === '1' };
}

/** A kind's spec lines (`kind`, `column`, `check`, `endColumn`), or why it has no JVM twin. */
function kindSpec(k: number, kind: RelationshipKind): string[] | string {
  const spec = RELATIONSHIP_KINDS[kind];
  const rules = describeRelationshipRules(kind);
  if (typeof rules === 'string') return rules;
  const lines = [`kind\t${k}\t${spec.type}\t${spec.undirected ? 1 : 0}\t${spec.from.join(',')}\t${spec.to.join(',')}\t${spec.type === 'COLLABORATES_WITH' ? 1 : 0}`];
  for (const { column, required, parser } of rules.columns) lines.push([`column`, k, column, required ? 1 : 0, ...parser].join('\t'));
  for (const check of rules.checks) lines.push([`check`, k, ...check].join('\t'));
  // The writer checks a supply's stage against the catalogue as it does the ends (writeRelationships.linkWriter).
  if (rules.columns.some(({ column }) => column === 'stage')) lines.push(`endColumn\t${k}\tstage\tValueChainStage`);
  return lines;
}

/** The node pass's catalogue as `number id label founded` lines: what the JVM checks link ends against. */
async function writeCatalog(ctx: ImportContext, file: string): Promise<void> {
  const facts = ctx.catalog.facts();
  const stream = fs.createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 22 });
  let chunk = '';
  for (let k = 0; k < facts.ids.length; k += 1) {
    chunk += `${facts.numbers[k]}\t${facts.ids[k]}\t${facts.labels[k]}\t${facts.founded[k] ?? ''}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      chunk = '';
    }
  }
  await new Promise<void>((resolve, reject) => stream.end(chunk, () => resolve()).once('error', reject));
}

interface ConverterRun {
  lines: string[][];
  fallback: string | undefined;
}

function runConverter(specFile: string, jvm: JvmConverter, onProgress: (rows: number) => void): Promise<ConverterRun> {
  const { java, build, classpathArgs } = prepareLocalJvm({ neo4jDir: jvm.neo4jProjectDir, searchPath: jvm.searchPath, javaHome: jvm.javaHome });
  const args = [`-Xmx${HEAP_MB}m`, '-XX:+UseParallelGC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', ...classpathArgs, build.bulkConvertLinksClass, specFile];
  return new Promise((resolve, reject) => {
    const child = spawn(java.executable, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: jvm.searchPath ?? '' } });
    const lines: string[][] = [];
    let fallback: string | undefined;
    let rest = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const text = rest + chunk;
      const cut = text.lastIndexOf('\n');
      rest = text.slice(cut + 1);
      for (const line of text.slice(0, cut).split('\n')) {
        const fields = line.split('\t');
        if (fields[0] === 'progress') onProgress(Number(fields[1]));
        else if (fields[0] === 'fallback') fallback = fields.slice(1).join('\t');
        else if (line !== '') lines.push(fields);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 3 && fallback !== undefined) resolve({ lines, fallback });
      else if (code === 0) resolve({ lines, fallback: undefined });
      else reject(new Error(`the JVM conversion failed (exit code ${code}): ${stderr.trim().split('\n').slice(0, 3).join(' | ')}`));
    });
  });
}

/** Group g's part of the report and its files, from the converter's lines. */
function groupOutput(g: number, lines: readonly string[][], files: readonly RelationshipFile[]): RelationshipGroupOutput {
  const mine = lines.filter((fields) => fields[1] === String(g));
  const relationships: Record<string, KindCounts> = {};
  const report: RelationshipGroupOutput['report'] = { files: [], nodes: {}, relationships, rejects: [] };
  const outputFiles: BulkFile[] = [];
  let summary: string[] | undefined;
  for (const fields of mine) {
    const [what, , a = '', b = '', c = '', d = ''] = fields;
    if (what === 'file') {
      const file = files[Number(a)] as RelationshipFile;
      report.files.push({ file: file.path, kind: file.kind, rows: Number(b) });
    } else if (what === 'type') {
      const [rows, cited, sample] = [Number(b), Number(c), Number(d)];
      relationships[a] = { rows, cited, sample, created: cited + sample, updated: 0, unchanged: 0, rejected: 0 };
    } else if (what === 'output') {
      const type = RELATIONSHIP_TYPES.find((t) => t === b);
      if (type === undefined) throw new Error(`the JVM conversion wrote an unknown relationship type ${b}`);
      outputFiles.push({ role: 'relationships', type, file: a, rows: Number(c) });
    } else if (what === 'group') {
      summary = fields;
    }
  }
  if (!summary) throw new Error(`the JVM conversion did not report group ${g}`);
  return { report, files: outputFiles, multilineFields: summary[5] === '1', rows: Number(summary[2]), ms: Number(summary[3]), cpuMs: Number(summary[4]) };
}

function removeGroupFiles(dir: string, prefixes: readonly string[]): void {
  for (const name of fs.readdirSync(dir)) {
    if (prefixes.some((prefix) => name.startsWith(prefix))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
