import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_PROGRESS_PREFIX, IMPORT_RESULT_PREFIX, type ImportChildResult } from './importChild';
import { MemoryWatch, readProcessMemory } from './procStatus';
import { CONNECTION_ENV } from './servers/childConnection';

export interface ImportFigures extends ImportChildResult {
  /** Relationships imported per second of the importer's run. */
  relationshipsPerSecond: number;
  /** Peak RSS of the Neo4j JVM by the end of the import (VmHWM), MiB. */
  neo4jPeakRssMb: number | null;
}

/** Imports `dir` into the fresh database with the project's importer in a child process, watching both memories. */
export async function runImport(
  dir: string,
  neo4j: { uri: string; password: string; pid: number },
  onProgress: (line: string) => void = () => undefined,
): Promise<ImportFigures> {
  const neo4jWatch = new MemoryWatch(neo4j.pid, 1000);
  const child = spawn(process.execPath, [path.join(__dirname, 'importChild.js'), dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      [CONNECTION_ENV.uri]: neo4j.uri,
      [CONNECTION_ENV.password]: neo4j.password,
      // The lanes setting to compare (importChild.ts); without passing it on, the child always ran the default.
      ...(process.env['BENCH_IMPORT_PARALLEL_WRITES'] ? { BENCH_IMPORT_PARALLEL_WRITES: process.env['BENCH_IMPORT_PARALLEL_WRITES'] } : {}),
    },
  });
  const childWatch = new MemoryWatch(child.pid ?? -1, 250);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    for (const line of c.split('\n')) {
      if (!line.startsWith(IMPORT_PROGRESS_PREFIX)) continue;
      const seconds = (performance.now() - started) / 1000;
      onProgress(`${line.slice(IMPORT_PROGRESS_PREFIX.length)} rows after ${seconds.toFixed(0)} s`);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => void (stderr = (stderr + c).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const childPeak = childWatch.stop();
  const neo4jPeak = neo4jWatch.stop() ?? readProcessMemory(neo4j.pid)?.peakRssMb ?? null;
  const line = stdout.split('\n').find((l) => l.startsWith(IMPORT_RESULT_PREFIX));
  if (code !== 0 || !line) throw new Error(`the import failed (exit ${code}): ${stderr}`);
  const result = JSON.parse(line.slice(IMPORT_RESULT_PREFIX.length)) as ImportChildResult;
  if (stderr.trim()) process.stderr.write(stderr);
  return {
    ...result,
    peakRssMb: result.peakRssMb ?? childPeak ?? null,
    relationshipsPerSecond: Math.round(result.relationships / (result.durationMs / 1000)),
    neo4jPeakRssMb: neo4jPeak,
  };
}

/**
 * With a kept database (`--keep-db`), the import of a dataset runs once: its figures are stored beside the data
 * and returned by later runs, keyed by the dataset folder.
 */
export async function importOnce(dataDir: string, datasetDir: string, neo4j: { uri: string; password: string; pid: number }): Promise<ImportFigures & { reused: boolean }> {
  const marker = path.join(dataDir, 'bench-import.json');
  if (fs.existsSync(marker)) {
    const stored = JSON.parse(fs.readFileSync(marker, 'utf8')) as { datasetDir: string; figures: ImportFigures };
    if (fs.realpathSync(stored.datasetDir) !== fs.realpathSync(datasetDir)) throw new Error(`${dataDir} holds ${stored.datasetDir}, not ${datasetDir}: use another --keep-db folder`);
    return { ...stored.figures, reused: true };
  }
  const figures = await runImport(datasetDir, neo4j);
  fs.writeFileSync(marker, JSON.stringify({ datasetDir, figures }));
  return { ...figures, reused: false };
}
