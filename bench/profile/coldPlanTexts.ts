/**
 * `node dist/bench/profile/coldPlanTexts.js [--keep-db DIR] --texts a.cypher,b.cypher --params q.json [--rounds N]`:
 * how long Neo4j takes to plan each text cold. One Neo4j of our own (over a kept store, or a fresh empty one),
 * then per round, for each text in turn: `CALL db.clearQueryCaches()` and `EXPLAIN <text>` with `$q` from the
 * JSON file (so nothing runs), timed by the wall clock and by the JVM's CPU (/proc/<pid>/stat). The first round
 * is the freshly started JVM's. The texts are the catalogue's (`$q.x` form), dumped from a build. Development only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { startBenchDatabase } from '../localDatabase';
import { readProcessCpuMs } from '../procStatus';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const o = new Command('coldPlanTexts')
    .option('--keep-db <dir>', 'a kept Neo4j data folder (else a fresh empty one)')
    .requiredOption('--texts <list>', 'comma-separated files, one statement text each', (v) => v.split(','))
    .requiredOption('--params <file>', 'JSON of the $q map the texts read')
    .option('--rounds <n>', 'rounds (each plans every text once, cold)', (v) => Number(v), 3)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ keepDb?: string; texts: string[]; params: string; rounds: number }>();
  const texts = o.texts.map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
  const q = JSON.parse(fs.readFileSync(o.params, 'utf8')) as Record<string, unknown>;
  const database = await startBenchDatabase({ heapMb: 2048, pageCacheMb: 1024, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: o.keepDb ? path.resolve(o.keepDb) : undefined });
  const driver = neo4j.driver(database.neo4j.uri, neo4j.auth.basic(database.neo4j.username, database.neo4j.password));
  try {
    const session = driver.session();
    try {
      for (let round = 1; round <= o.rounds; round++) {
        for (const { name, text } of texts) {
          await session.run('CALL db.clearQueryCaches()');
          const cpu0 = readProcessCpuMs(database.neo4j.pid) ?? NaN;
          const t0 = performance.now();
          await session.run(`EXPLAIN ${text}`, { q });
          const wall = performance.now() - t0;
          const cpu = (readProcessCpuMs(database.neo4j.pid) ?? NaN) - cpu0;
          const t1 = performance.now();
          await session.run(`EXPLAIN ${text}`, { q });
          const cached = performance.now() - t1;
          say(`round ${round} ${name} (${text.length} chars): cold ${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s Neo4j CPU; cached ${cached.toFixed(0)} ms; load average ${os.loadavg()[0]?.toFixed(1)}`);
        }
      }
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
