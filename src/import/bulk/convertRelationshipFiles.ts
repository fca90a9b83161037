/**
 * The relationship pass of a bulk conversion in worker threads: nearly all of a conversion's rows are links, and
 * one thread converts ~25k rows/s, so the relationship types are shared out between threads (all files of a
 * type in one thread, where repeated links are found), each writing files of its own. The node pass before it
 * stays in the calling thread: its catalogue of ids is what every thread checks link ends against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { RELATIONSHIP_KINDS } from '../../model';
import type { ImportContext } from '../importContext';
import type { RelationshipFile } from '../scanRelationshipFiles';
import type { NodeFile } from '../importGraph';
import { convertRelationshipFilesInJvm, type JvmConverter, type JvmNodeOutcome } from './jvmConversion';
import { convertRelationshipGroup, type RelationshipGroupInput, type RelationshipGroupOutput } from './relationshipGroup';
import type { RelationshipWorkerMessage } from './relationshipWorker';

export interface RelationshipThreads {
  /** Worker threads; 0 converts in the calling thread (always so when `workerScript` is missing). */
  threads: number;
  /** The compiled relationshipWorker.js; absent when running the TypeScript sources (tests). */
  workerScript: string | undefined;
  /** The conversion's folder. */
  dir: string;
  /**
   * Convert in the JVM first (jvmConversion.ts; one JVM thread per group), and in Node only when it leaves the
   * files to Node (`onJvmFallback` hears why). Absent: Node only.
   */
  jvm?: JvmConverter | undefined;
  onJvmFallback?: (reason: string) => void;
  /** Node files for the JVM to write too (their rows all accepted by the scan); absent: Node writes them. */
  jvmNodeFiles?: readonly NodeFile[] | undefined;
}

/** The groups' outputs, and which converter wrote them. */
export interface RelationshipConversion {
  outputs: RelationshipGroupOutput[];
  converter: 'jvm' | 'node';
  /** What became of `jvmNodeFiles` in the JVM; undefined when it did not run them. */
  nodes: JvmNodeOutcome | undefined;
}

/** relationshipWorker.js beside this module, when this module runs compiled. */
export function defaultWorkerScript(): string | undefined {
  const script = path.join(__dirname, 'relationshipWorker.js');
  return fs.existsSync(script) ? script : undefined;
}

// A larger young generation for the threads: they allocate a row's strings and objects by the million, most
// short-lived, and with Node's default of 16 MB semi-spaces scavenges took a fifth of the time.
const YOUNG_GENERATION_MB = 192;

/**
 * Checks and writes `files` (ctx's import, after the node pass) in `threads` groups, merging each group's
 * report into ctx's; resolves to the groups' outputs (their files, in group order).
 */
export async function convertRelationshipFiles(ctx: ImportContext, files: readonly RelationshipFile[], options: RelationshipThreads): Promise<RelationshipConversion> {
  const groups = shareOut(files, Math.max(1, options.threads));
  if (options.jvm && groups.length > 0) {
    const outcome = await convertRelationshipFilesInJvm(ctx, files, groups, { dir: options.dir, jvm: options.jvm, nodeFiles: options.jvmNodeFiles });
    if (outcome.ok) {
      for (const output of outcome.outputs) ctx.report.merge(output.report);
      return { outputs: outcome.outputs, converter: 'jvm', nodes: outcome.nodes };
    }
    options.onJvmFallback?.(outcome.reason);
  }
  const script = options.threads === 0 ? undefined : options.workerScript;
  const catalog = script === undefined ? ctx.catalog : ctx.catalog.facts();
  const inputs = groups.map(
    (only, k): RelationshipGroupInput => ({ files: [...files], only, catalog, batchSize: ctx.batchSize, dir: options.dir, filePrefix: `t${k + 1}-` }),
  );
  const onProgress = (delta: { done: number; total: number }): void => {
    ctx.progress.total += delta.total;
    ctx.progress.advance(delta.done);
  };
  const outputs: RelationshipGroupOutput[] = [];
  if (script === undefined) {
    for (const input of inputs) outputs.push(await convertRelationshipGroup(input, onProgress));
  } else {
    const workers: Worker[] = [];
    try {
      outputs.push(...(await Promise.all(inputs.map((input) => runWorker(script, input, onProgress, workers)))));
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  }
  for (const output of outputs) ctx.report.merge(output.report);
  return { outputs, converter: 'node', nodes: undefined };
}

function runWorker(script: string, input: RelationshipGroupInput, onProgress: (delta: { done: number; total: number }) => void, workers: Worker[]): Promise<RelationshipGroupOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    workers.push(worker);
    let output: RelationshipGroupOutput | undefined;
    worker.on('message', (message: RelationshipWorkerMessage) => {
      if (message.type === 'progress') onProgress(message);
      else output = message.output;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (output ? resolve(output) : reject(new Error(`a bulk conversion thread stopped (exit code ${code}) before it finished`))));
  });
}

/**
 * Groups of file indexes, all files of a relationship type in one group (repeated links are found within a
 * type), the types dealt largest first to the group with the fewest bytes so far.
 */
export function shareOut(files: readonly RelationshipFile[], threads: number): number[][] {
  const byType = new Map<string, { indexes: number[]; bytes: number }>();
  files.forEach((file, index) => {
    const type = RELATIONSHIP_KINDS[file.kind].type;
    let entry = byType.get(type);
    if (!entry) byType.set(type, (entry = { indexes: [], bytes: 0 }));
    entry.indexes.push(index);
    entry.bytes += fs.statSync(file.path).size;
  });
  const groups = Array.from({ length: Math.min(threads, Math.max(1, byType.size)) }, () => ({ indexes: [] as number[], bytes: 0 }));
  for (const entry of [...byType.values()].sort((a, b) => b.bytes - a.bytes)) {
    const lightest = groups.reduce((min, group) => (group.bytes < min.bytes ? group : min));
    lightest.indexes.push(...entry.indexes);
    lightest.bytes += entry.bytes;
  }
  return groups.map((group) => group.indexes.sort((a, b) => a - b)).filter((indexes) => indexes.length > 0);
}
