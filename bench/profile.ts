/**
 * `node dist/bench/profile.js --keep-db DIR [--small | --actors N] [--ops a,b] [--cpu OP]`: what bounds an
 * operation. For each operation, the Cypher our server sends for one request (captured at the driver) is
 * PROFILEd and timed beside the floor's one query: db hits, rows, median ms, the heaviest operators. With
 * --cpu, our server runs in a child under `node --cpu-prof` while the operation is requested back to back,
 * and the self time is summed by function and by package. Uses a kept database (`npm run bench -- --keep-db
 * DIR` imports it once); development only, never part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config';
import { createDriver, GraphClient } from '../src/graph';
import { createLogger, startHttpServer } from '../src/server';
import { loadAccessPolicy } from '../src/server/auth';
import { post, readReply, requestFor } from './contenders';
import { ensureDataset } from './dataset';
import { pickFixtures } from './fixtures';
import { importOnce } from './importPhase';
import { startBenchDatabase } from './localDatabase';
import { buildOperations, FLOOR_CYPHER, OPERATION_NAMES, type Operation, type OperationName } from './operations';
import { summarizeCpuProfile } from './profile/cpuProfile';
import { profileCypher } from './profile/cypherProfile';
import { recordingDriver, type RecordedStatement } from './profile/recordingDriver';
import { createFloorDriver } from './servers/floorServer';
import { spawnServer } from './servers/serverProcess';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function operationName(value: string): OperationName {
  if (!(OPERATION_NAMES as readonly string[]).includes(value)) throw new InvalidArgumentError(`unknown operation ${value}`);
  return value as OperationName;
}

async function cypherReport(operation: Operation, ourUrl: string, recorded: RecordedStatement[], driver: ReturnType<typeof createFloorDriver>): Promise<void> {
  const urls = { ours: ourUrl, floor: '', peer: '' };
  readReply('ours', operation, await post(requestFor('ours', operation, urls)));
  recorded.length = 0;
  readReply('ours', operation, await post(requestFor('ours', operation, urls)));
  const ours = [...recorded];
  say(`\n${operation.name}: ours ${ours.length} statement(s), floor 1`);
  let oursMs = 0;
  let oursHits = 0;
  for (const [i, statement] of ours.entries()) {
    const p = await profileCypher(driver, statement.text, statement.params);
    oursMs += p.medianMs;
    oursHits += p.dbHits;
    say(`  ours #${i + 1}: ${p.medianMs.toFixed(1)} ms, ${p.dbHits} db hits, ${p.rows} rows — ${statement.text.replace(/\s+/g, ' ').slice(0, 110)}…`);
    for (const h of p.heaviest) say(`      ${h}`);
  }
  if (operation.oursOnly) {
    say(`  (ours only: no floor query) => Cypher alone: ours ${oursMs.toFixed(1)} ms / ${oursHits} hits`);
    return;
  }
  const floor = await profileCypher(driver, FLOOR_CYPHER[operation.name], operation.floorParams);
  say(`  floor:  ${floor.medianMs.toFixed(1)} ms, ${floor.dbHits} db hits, ${floor.rows} rows`);
  for (const h of floor.heaviest) say(`      ${h}`);
  say(`  => Cypher alone: ours ${oursMs.toFixed(1)} ms / ${oursHits} hits vs floor ${floor.medianMs.toFixed(1)} ms / ${floor.dbHits} hits`);
}

async function cpuReport(operation: Operation, uri: string, password: string, seconds: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-cpuprof-'));
  const server = await spawnServer({ entry: 'ourServer.js', neo4jUri: uri, neo4jPassword: password, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const urls = { ours: server.url, floor: '', peer: '' };
  let requests = 0;
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    readReply('ours', operation, await post(requestFor('ours', operation, urls)));
    requests++;
  }
  await server.stop();
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile was written to ${dir}`);
  const summary = summarizeCpuProfile(path.join(dir, file));
  say(`\nCPU profile of our server, ${operation.name}, ${requests} sequential requests in ${seconds} s (${path.join(dir, file)})`);
  say('  self time by owner:');
  for (const h of summary.owners) say(`    ${h.selfPercent.toFixed(1).padStart(5)} %  ${h.where}`);
  say('  self time by function:');
  for (const h of summary.functions) say(`    ${h.selfPercent.toFixed(1).padStart(5)} %  ${h.where}`);
}

async function main(): Promise<void> {
  const o = new Command('profile')
    .requiredOption('--keep-db <dir>', 'the kept Neo4j data folder (imported once)')
    .option('--small', '5000 actors')
    .option('--actors <n>', 'actors of the dataset', (v) => Number(v))
    .option('--seed <n>', 'generator seed', (v) => Number(v), 1)
    .option('--ops <list>', 'comma-separated operations', (v) => v.split(',').map(operationName))
    .option('--cpu <op>', 'also CPU-profile our server on this operation', operationName)
    .option('--cpu-seconds <s>', 'seconds of requests under the CPU profiler', (v) => Number(v), 20)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ keepDb: string; small?: boolean; actors?: number; seed: number; ops?: OperationName[]; cpu?: OperationName; cpuSeconds: number }>();
  const actors = o.actors ?? (o.small ? 5_000 : 100_000);
  const dataset = ensureDataset(actors, o.seed);
  const database = await startBenchDatabase({ heapMb: 4096, pageCacheMb: 2048, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: path.resolve(o.keepDb) });
  const driver = createFloorDriver(database.neo4j.uri, database.neo4j.password);
  const recorded: RecordedStatement[] = [];
  const graph = new GraphClient(recordingDriver(createDriver(database.neo4j.uri, 'neo4j', database.neo4j.password), (s) => recorded.push(s)), {
    database: undefined,
    timeoutMs: 300_000,
  });
  try {
    await importOnce(path.resolve(o.keepDb), dataset.dir, database.neo4j);
    const operations = buildOperations(await pickFixtures(driver));
    const config = loadConfig();
    const server = await startHttpServer({
      port: 0,
      graph,
      logger: createLogger('silent'),
      production: true,
      settings: config.server,
      accessPolicy: loadAccessPolicy(config.auth),
    });
    try {
      for (const name of o.ops ?? OPERATION_NAMES) await cypherReport(operations[name], server.url, recorded, driver);
    } finally {
      await server.stop();
    }
    if (o.cpu) await cpuReport(operations[o.cpu], database.neo4j.uri, database.neo4j.password, o.cpuSeconds);
  } finally {
    await graph.close();
    await driver.close();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
