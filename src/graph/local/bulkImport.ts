import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prepareLocalJvm } from './localJvm';
import { LocalNeo4jError } from './localNeo4jError';

/** One group of files for the bulk importer: node files with their labels, or relationship files with their type. */
export type BulkImportGroup = { role: 'nodes'; labels: readonly string[]; files: readonly string[] } | { role: 'relationships'; type: string; files: readonly string[] };

export interface BulkImportOptions {
  /** Data folder of the local Neo4j (its home); must hold no database yet. */
  dir: string;
  groups: readonly BulkImportGroup[];
  /**
   * What the files' `:ID`, `:START_ID` and `:END_ID` columns hold: `actual` (each node's own record number in
   * the new store, distinct, from 0 up: the importer keeps no id map at all), `integer` (whole numbers, which it
   * maps faster and in less memory than strings) or `string`. An unnamed `:ID` column is not stored.
   */
  idType: 'actual' | 'integer' | 'string';
  /** The importer's `--array-delimiter` (the files' list separator, also between a group's labels in cells). */
  arrayDelimiter: string;
  /** Whether a quoted field may span lines; slower to read, so only when a value holds a line break. */
  multilineFields: boolean;
  /** Heap of the importer's JVM; its big buffers are off heap (`offHeapMb`). */
  heapMb: number;
  offHeapMb: number;
  /** Worker threads; the importer's default is the machine's cores. */
  threads?: number;
  neo4jProjectDir: string;
  searchPath: string | undefined;
  javaHome: string | undefined;
  onLog?: (line: string) => void;
}

/** What the importer reported. */
export interface BulkImportResult {
  /** Wall time of the importer's process, JVM start included. */
  durationMs: number;
  /** The importer's own figure ("IMPORT DONE in …"), when it printed one. */
  reportedMs: number | null;
  nodes: number;
  relationships: number;
  properties: number;
  /** "Peak memory usage" the importer printed, as text (e.g. "1.004GiB"). */
  peakMemory: string | null;
}

/** Where the store of the default database lives in a data folder (the layout LocalNeo4j.java uses). */
export function databaseStoreDir(dir: string): string {
  return path.join(dir, 'data', 'databases', 'neo4j');
}

/**
 * Runs Neo4j's own bulk importer (`neo4j-admin database import full`, through BulkImport.java) into the data
 * folder of the local Neo4j, which must not be running and must hold no database: the importer writes a new
 * store, and refuses to replace one. Start the local Neo4j on the folder afterwards; it takes the store as its
 * default database. Throws LocalNeo4jError (DATABASE_EXISTS, IMPORT_FAILED, or the Java/Maven reasons).
 */
export async function runBulkImport(options: BulkImportOptions): Promise<BulkImportResult> {
  if (fs.existsSync(databaseStoreDir(options.dir))) {
    throw new LocalNeo4jError(
      `The data folder ${options.dir} already holds a database: a bulk import only writes a new one. Use another LOCAL_NEO4J_DIR, remove that folder, or import without --bulk.`,
      'DATABASE_EXISTS',
    );
  }
  const { java, build, classpathArgs } = prepareLocalJvm({ neo4jDir: options.neo4jProjectDir, searchPath: options.searchPath, javaHome: options.javaHome });
  fs.mkdirSync(options.dir, { recursive: true });
  const args = [
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...classpathArgs,
    build.bulkImportClass,
    '--home',
    options.dir,
    `--id-type=${options.idType}`,
    `--array-delimiter=${options.arrayDelimiter}`,
    `--multiline-fields=${options.multilineFields}`,
    // Every row was validated before: anything the importer still refuses is a bug, and must stop the load
    // rather than leave a graph that differs from the transactional import's.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--max-off-heap-memory=${options.offHeapMb}m`,
    `--report-file=${path.join(options.dir, 'logs', 'bulk-import.report')}`,
    ...(options.threads !== undefined ? [`--threads=${options.threads}`] : []),
    ...options.groups.map((group) =>
      group.role === 'nodes' ? `--nodes=${group.labels.join(':')}=${group.files.join(',')}` : `--relationships=${group.type}=${group.files.join(',')}`,
    ),
  ];
  fs.mkdirSync(path.join(options.dir, 'logs'), { recursive: true });
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(java.executable, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: options.searchPath ?? '' } });
    const collect = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        const trimmed = line.trimEnd();
        if (trimmed.length === 0) continue;
        output.push(trimmed);
        if (output.length > 400) output.splice(0, output.length - 400);
        options.onLog?.(trimmed);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => reject(new LocalNeo4jError(`Neo4j's bulk importer could not be started: ${error.message}`, 'IMPORT_FAILED')));
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  const durationMs = performance.now() - started;
  if (code !== 0) {
    const detail = output.filter((line) => /error|exception|fail|invalid/i.test(line)).slice(-3).join(' | ') || output.slice(-3).join(' | ');
    throw new LocalNeo4jError(`Neo4j's bulk importer failed (exit code ${code}): ${detail}; see ${path.join(options.dir, 'logs', 'bulk-import.report')}.`, 'IMPORT_FAILED');
  }
  return { durationMs, ...parseImportSummary(output.join('\n')) };
}

/** Reads the importer's closing summary ("IMPORT DONE in 23s 984ms.", "2 nodes", "Peak memory usage: 1.004GiB"). */
export function parseImportSummary(text: string): Omit<BulkImportResult, 'durationMs'> {
  const done = /IMPORT DONE in ((?:\d+h )?(?:\d+m )?(?:\d+s )?\d+ms)/.exec(text);
  const count = (what: string): number => Number(new RegExp(`^\\s*(\\d+) ${what}$`, 'm').exec(text)?.[1] ?? 0);
  return {
    reportedMs: done?.[1] ? durationOf(done[1]) : null,
    nodes: count('nodes'),
    relationships: count('relationships'),
    properties: count('properties'),
    peakMemory: /Peak memory usage: (\S+)/.exec(text)?.[1] ?? null,
  };
}

function durationOf(text: string): number {
  const unit = (u: string): number => Number(new RegExp(`(\\d+)${u}(?![a-z])`).exec(text)?.[1] ?? 0);
  return unit('h') * 3_600_000 + unit('m') * 60_000 + unit('s') * 1000 + unit('ms');
}
