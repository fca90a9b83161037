/**
 * The bulk load's conversion alone (src/import/bulk convertForBulkImport: checks + the importer's CSV files),
 * no Neo4j: the repeatable measurement of issue 19's largest phase. Prints one JSON line: the conversion's
 * time and CPU time, each thread's rows and rows/s, the process's peak RSS, the load average, and a SHA-256 over the
 * converted files (names and bytes) and the report, so a change can be checked to write the very same files.
 *
 *   nice -n 19 node dist/bench/convertOnly.js [--data DIR] [--threads N] [--converter jvm|node] [--out DIR] [--keep]
 *   nice -n 19 node --cpu-prof --cpu-prof-dir /tmp/prof dist/bench/convertOnly.js   (one profile per thread)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertForBulkImport } from '../src/import/bulk';
import { readProcessMemory } from './procStatus';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join(__dirname, '..', '..', 'bench', 'data', 'synthetic-100000-1') },
      threads: { type: 'string', default: '1' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      // The relationship pass in the JVM (BulkConvertLinks.java, the bulk load's default) or in Node's worker threads.
      converter: { type: 'string', default: 'node' },
    },
  });
  const out = values.out ?? path.join(os.tmpdir(), `convert-only-${process.pid}`);
  fs.rmSync(out, { recursive: true, force: true });
  const loadBefore = os.loadavg();
  // CPU time of the process (every thread, GC included): on a shared machine it moves far less than the wall time.
  const cpuBefore = process.cpuUsage();
  try {
    if (values.converter !== 'jvm' && values.converter !== 'node') throw new Error('--converter is jvm or node');
    const jvm = { neo4jProjectDir: path.join(__dirname, '..', '..', 'neo4j'), searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'] };
    const converted = await convertForBulkImport([values.data], { csvDir: out, conversionThreads: Number(values.threads), ...(values.converter === 'jvm' ? { jvm } : {}) });
    const cpu = process.cpuUsage(cpuBefore);
    const hash = crypto.createHash('sha256');
    for (const name of fs.readdirSync(out).sort()) {
      hash.update(`${name}\n`);
      hash.update(fs.readFileSync(path.join(out, name)));
    }
    const { durationMs: _ignored, ...report } = converted.report;
    hash.update(JSON.stringify(report));
    const groupMs = Math.max(0, ...converted.groups.map((g) => g.ms));
    const result = {
      data: values.data,
      converter: converted.converter,
      jvmFallback: converted.jvmFallback,
      nodeConverter: converted.nodeConverter,
      jvmNodeFallback: converted.jvmNodeFallback,
      conversionS: round(converted.conversionMs / 1000),
      // Catalogue the node files and hand it to the threads: what the threads' time leaves of the conversion.
      cpuS: round((cpu.user + cpu.system) / 1e6),
      beforeThreadsS: round((converted.conversionMs - groupMs) / 1000),
      threads: converted.groups.map((g) => ({
        rows: g.rows,
        s: round(g.ms / 1000),
        rowsPerS: Math.round(g.rows / (g.ms / 1000)),
        // Rows per second of the thread's own CPU time: what the code costs, whatever else the machine runs.
        cpuS: g.cpuMs === undefined ? null : round(g.cpuMs / 1000),
        rowsPerCpuS: g.cpuMs === undefined ? null : Math.round(g.rows / (g.cpuMs / 1000)),
      })),
      relationships: converted.report.relationshipsWritten,
      rejects: converted.report.rejects.length,
      peakRssMb: readProcessMemory('self')?.peakRssMb ?? null,
      loadAverage: { before: loadBefore.map(round), after: os.loadavg().map(round) },
      sha256: hash.digest('hex').slice(0, 16),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    if (!values.keep) fs.rmSync(out, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
