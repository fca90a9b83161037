/**
 * The local Neo4j's start and stop, with and without the class-data archive (src/graph/local/classDataArchive.ts):
 * each round starts Neo4j once each way on the same data folder, in alternating order, and reads the time until it
 * answers, the JVM's CPU seconds until then, and the time its stop takes. Prints each round and the medians.
 *
 *   node dist/bench/neo4jStart.js [--rounds 5] [--dir DIR]     (DIR: an existing data folder, e.g. a bulk-loaded one)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config';
import { prepareLocalJvm, startLocalNeo4j } from '../src/graph/local';
import { readProcessCpuMs } from './procStatus';

interface Sample {
  startS: number;
  cpuS: number;
  stopS: number;
}

async function once(dir: string, classDataArchive: boolean): Promise<Sample> {
  const started = performance.now();
  const neo4j = await startLocalNeo4j({
    dir,
    boltPort: 0,
    password: undefined,
    heapMb: 1024,
    pageCacheMb: 256,
    startTimeoutMs: 300_000,
    neo4jProjectDir: path.join(projectRoot, 'neo4j'),
    searchPath: process.env['PATH'],
    javaHome: process.env['JAVA_HOME'],
    classDataArchive,
  });
  const startS = (performance.now() - started) / 1000;
  const cpuS = (readProcessCpuMs(neo4j.pid) ?? NaN) / 1000;
  const stopping = performance.now();
  await neo4j.stop();
  return { startS, cpuS, stopS: (performance.now() - stopping) / 1000 };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, dir: { type: 'string' } } });
  const rounds = Number(values.rounds);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-start-bench-'));
  // Trained before the first round, so no round pays for it.
  const { java, archive } = prepareLocalJvm({ neo4jDir: path.join(projectRoot, 'neo4j'), searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'] });
  console.log(`java ${java.major}, archive ${archive ?? 'none (could not be made)'}, data ${dir}, load average ${os.loadavg()[0]?.toFixed(2)}`);
  const samples: Record<'archive' | 'none', Sample[]> = { archive: [], none: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const order: Array<'archive' | 'none'> = round % 2 === 0 ? ['archive', 'none'] : ['none', 'archive'];
      for (const way of order) {
        const sample = await once(dir, way === 'archive');
        samples[way].push(sample);
        console.log(`round ${round + 1} ${way.padEnd(7)} start ${sample.startS.toFixed(2)} s, CPU ${sample.cpuS.toFixed(2)} s, stop ${sample.stopS.toFixed(2)} s`);
      }
    }
  } finally {
    if (values.dir === undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const way of ['archive', 'none'] as const) {
    const s = samples[way];
    console.log(
      `median ${way.padEnd(7)} start ${median(s.map((x) => x.startS)).toFixed(2)} s, CPU ${median(s.map((x) => x.cpuS)).toFixed(2)} s, stop ${median(s.map((x) => x.stopS)).toFixed(2)} s`,
    );
  }
  const ratio = median(samples.archive.map((x) => x.startS)) / median(samples.none.map((x) => x.startS));
  console.log(`start with the archive / without: ${ratio.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
