/**
 * `npm run bench [-- --small] [--actors N] [--duration S] [--concurrency C] [--ops a,b]`: the scale benchmark.
 * Generates (or reuses) a synthetic graph, imports it into a fresh local Neo4j, then runs the mix
 * against three contenders on the same database: our server, the floor (hand-written Cypher behind a minimal
 * Express endpoint, plus the same Cypher run in-process) and the peer (@neo4j/graphql). Prints the tables and
 * writes bench/results/<date>-<scale>.json. bench/README.md explains how to read them.
 */
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../src/config';
import { checkOperation } from './check';
import { runColdPlans } from './coldPlans';
import { HTTP_CONTENDERS, requestFor, type ContenderUrls, type HttpContender } from './contenders';
import { bulkLoadAndStart } from './bulkPhase';
import { ensureDataset } from './dataset';
import { pickFixtures } from './fixtures';
import { importOnce, runImport } from './importPhase';
import { startBenchDatabase, type BenchDatabase } from './localDatabase';
import { describeMachine, packageVersions } from './machine';
import { drainAfterWindow } from './measure/drain';
import { measureLoad } from './measure/loadTest';
import { measureSequential } from './measure/sequential';
import { buildOperations, type Operation } from './operations';
import { parseBenchOptions, type BenchOptions } from './options';
import { readProcessCpuMs, readProcessMemory } from './procStatus';
import { failedOperation, formatReport, ratio, resultFile, writeResult, type BenchResult, type OperationResult, type ServerMemory } from './report';
import { createFloorDriver } from './servers/floorServer';
import { spawnServer, type ServerProcess } from './servers/serverProcess';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const SERVER_ENTRIES: Record<HttpContender, string> = { ours: 'ourServer.js', floor: 'floorServer.js', peer: 'peerServer.js' };

/** Everything started by the run, so any exit path stops it. */
interface Running {
  database?: BenchDatabase;
  driver?: Driver;
  servers: Partial<Record<HttpContender, ServerProcess>>;
}

async function cleanUp(running: Running): Promise<void> {
  await Promise.all(Object.values(running.servers).map((s) => s.stop()));
  await running.driver?.close();
  await running.database?.dispose();
}

async function awaitIndexes(driver: Driver): Promise<void> {
  // The full-text index fills in the background after the import; queries before that would search a part.
  const session = driver.session();
  try {
    await session.run('CALL db.awaitIndexes(600)');
  } finally {
    await session.close();
  }
}

/** The most seconds a load test is stretched to for a slow operation. */
const MAX_LOAD_SECONDS = 120;

/**
 * Operations slower than this at concurrency 1 get no warm-up window: their sequential series already ran long
 * requests, and a window of 32 of them would leave Neo4j busy for many seconds after it.
 */
export const LOAD_WARMUP_MAX_P50_MS = 100;

/** The slowest of some contenders' c=1 p50s, in ms; a contender that did not run (NaN) does not count. */
function slowestP50(p50s: readonly number[]): number {
  return Math.max(...p50s.filter(Number.isFinite), 0);
}

/**
 * Seconds of load for an operation: `--duration`, stretched for slow operations so that every connection
 * completes about two requests. Requests still in flight when autocannon stops are not counted, so a duration
 * shorter than one wave of C slow requests (C × p50 ÷ cores) would report nothing at all.
 */
export function loadDuration(options: BenchOptions, p50s: readonly number[]): number {
  const slowestMs = slowestP50(p50s);
  const waveSeconds = (options.concurrency * slowestMs) / Math.max(1, os.cpus().length) / 1000;
  return Math.min(MAX_LOAD_SECONDS, Math.max(options.duration, Math.ceil(2 * waveSeconds)));
}

/** CPU ms per request of a process over a window, from two readings; null when either is missing or nothing completed. */
function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number): number | null {
  if (before === undefined || after === undefined || requests === 0) return null;
  return Math.round(((after - before) / requests) * 10) / 10;
}

async function benchOperation(operation: Operation, urls: ContenderUrls, running: Running, options: BenchOptions, driver: Driver): Promise<OperationResult> {
  const check = await checkOperation(operation, urls, driver);
  const checked = check.ok ? (check.oursOnly ? '✔ (ours only: answered without errors, nothing to compare)' : '✔') : `✘\n    ${check.differences.join('\n    ')}`;
  if (check.ok && check.peerError !== null) say(`  check ${operation.name}: the peer could not answer, timed without it: ${check.peerError}`);
  say(`  check ${operation.name}: ${checked} (answer ${check.answerChars} chars, our round trips ${check.roundTrips ?? '–'})`);
  const result: OperationResult = {
    name: operation.name,
    title: operation.title,
    depth: operation.depth,
    check,
    roundTripTarget: operation.depth + 1,
    load: {},
    ratios: { oursOverFloorP50: null, oursOverPeerP50: null, oursOverDriverP50: null, oursOverFloorRps: null, oursOverPeerRps: null },
  };
  if (options.checkOnly) return result;
  // A contender that answers with an error would be timed on its error path: measure only agreeing answers.
  if (!check.ok) return result;

  const sequential = await measureSequential(operation, urls, driver, {
    warmup: options.warmup,
    requests: options.requests,
    capSeconds: options.sequentialCapSeconds,
    withoutPeer: check.peerError !== null,
  });
  result.sequential = sequential;
  const l = sequential.latency;
  const others = operation.oursOnly ? 'floor — peer — (ours only)' : `floor ${l.floor.p50} driver ${l.driver.p50} peer ${l.peer.p50}`;
  say(`  c=1 ${operation.name}: p50 ours ${l.ours.p50} ${others} ms (n=${l.ours.count}${sequential.capped ? ', time cap' : ''})`);

  const durationSeconds = loadDuration(options, [l.ours.p50, l.floor.p50, l.peer.p50]);
  const neo4jPid = running.database?.neo4j.pid;
  const loaded = operation.oursOnly ? (['ours'] as const) : HTTP_CONTENDERS.filter((c) => c !== 'peer' || check.peerError === null);
  const warmLoad = options.loadWarmup > 0 && slowestP50([l.ours.p50, l.floor.p50]) < LOAD_WARMUP_MAX_P50_MS;
  for (const contender of loaded) {
    const server = running.servers[contender];
    if (warmLoad) {
      // Unmeasured: the same requests at the same concurrency, so the measured window starts with Neo4j's and the
      // contender's concurrent paths compiled, whichever contender runs first (session 15, bench/README.md).
      await measureLoad(requestFor(contender, operation, urls), { connections: options.concurrency, durationSeconds: options.loadWarmup });
      await drainAfterWindow(driver, server?.pid);
    }
    const cpuBefore = { server: server ? readProcessCpuMs(server.pid) : undefined, neo4j: neo4jPid === undefined ? undefined : readProcessCpuMs(neo4jPid) };
    const load = await measureLoad(requestFor(contender, operation, urls), { connections: options.concurrency, durationSeconds });
    // The window ends with one request in flight per connection; the server and Neo4j finish them after it.
    // Their CPU is read once both are idle and spread over the counted requests plus those leftovers, so a slow
    // operation's few completions do not carry the whole window's work (32 analyses of 0.8 s finish together).
    const { neo4jMs: drainMs, serverMs: serverDrainMs } = await drainAfterWindow(driver, server?.pid);
    const finished = load.latency.count + options.concurrency;
    const cpuMsPerRequest = {
      server: cpuPerRequest(cpuBefore.server, server ? readProcessCpuMs(server.pid) : undefined, finished),
      neo4j: cpuPerRequest(cpuBefore.neo4j, neo4jPid === undefined ? undefined : readProcessCpuMs(neo4jPid), finished),
    };
    result.load[contender] = { ...load, serverRssMb: server ? (readProcessMemory(server.pid)?.rssMb ?? null) : null, cpuMsPerRequest, drainMs, serverDrainMs };
    say(
      `  c=${options.concurrency} ${operation.name} ${contender}: ${load.requestsPerSecond} req/s, p95 ${load.latency.p95} ms ` +
        `(${load.latency.count} in ${durationSeconds} s)${load.failures + load.errors ? `, ${load.failures + load.errors} failed` : ''}; ` +
        `CPU per request: server ${cpuMsPerRequest.server ?? '–'} ms, Neo4j ${cpuMsPerRequest.neo4j ?? '–'} ms` +
        (drainMs >= 1000 ? `; Neo4j busy with the window's leftovers for ${(drainMs / 1000).toFixed(1)} s after it` : '') +
        (serverDrainMs >= 1000 ? `; the server for ${(serverDrainMs / 1000).toFixed(1)} s` : ''),
    );
  }
  result.ratios = {
    oursOverFloorP50: ratio(l.ours.p50, l.floor.p50),
    oursOverPeerP50: ratio(l.ours.p50, l.peer.p50),
    oursOverDriverP50: ratio(l.ours.p50, l.driver.p50),
    oursOverFloorRps: ratio(result.load.ours?.requestsPerSecond, result.load.floor?.requestsPerSecond),
    oursOverPeerRps: ratio(result.load.ours?.requestsPerSecond, result.load.peer?.requestsPerSecond),
  };
  return result;
}

async function main(): Promise<void> {
  if (process.argv.includes('--cold-plans')) {
    await runColdPlans(process.argv.slice(2));
    return;
  }
  const started = performance.now();
  const options = parseBenchOptions(process.argv.slice(2));
  const loadAtStart = os.loadavg()[0] ?? 0;
  const running: Running = { servers: {} };
  const interrupt = (): void => {
    say('bench: interrupted, stopping…');
    void cleanUp(running).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  try {
    say(`bench: ${options.scale}, ${options.actors} actors, seed ${options.seed}; load average ${loadAtStart.toFixed(2)}`);
    const dataset = ensureDataset(options.actors, options.seed);
    say(`bench: data ${dataset.generated ? `generated in ${(dataset.durationMs / 1000).toFixed(1)} s` : 'reused'}: ${dataset.dir}`);

    let imported: BenchResult['import'];
    if (options.importMethod === 'bulk') {
      if (options.keepDb !== undefined) throw new Error('--keep-db takes --import transactional: a bulk load writes a new store');
      const bulk = await bulkLoadAndStart(dataset.dir, { heapMb: options.heapMb, pageCacheMb: options.pageCacheMb, keepDir: undefined }, say);
      running.database = bulk.database;
      imported = bulk.figures;
      const { memory, phases } = bulk.figures;
      say(
        `bench: bulk-loaded Neo4j at ${bulk.database.neo4j.uri} (store ${bulk.figures.storeMb} MB, ${bulk.figures.storeWithIndexesMb} MB with indexes; ` +
          `heap ${memory.heapMb} MB, page cache ${memory.pageCacheMb} MB, ${memory.pageCacheSource}); convert ${phases.conversionMs} ms, importer ${phases.toolMs} ms ` +
          `(${bulk.figures.toolRelationshipsPerSecond} rel/s), start ${phases.startMs} ms, migrate ${phases.migrateMs} ms`,
      );
    } else {
      const [heapMb, pageCacheMb] = [options.heapMb ?? 4096, options.pageCacheMb ?? 2048];
      running.database = await startBenchDatabase({ heapMb, pageCacheMb, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: options.keepDb });
      say(`bench: fresh Neo4j at ${running.database.neo4j.uri} (heap ${heapMb} MB, page cache ${pageCacheMb} MB, data ${running.database.dataDir})`);
      const { neo4j: started } = running.database;
      imported = options.keepDb === undefined ? await runImport(dataset.dir, started, (line) => say(`bench: importing… ${line}`)) : await importOnce(options.keepDb, dataset.dir, started);
    }
    const { neo4j } = running.database;
    say(
      `bench: imported ${imported.nodes} nodes, ${imported.relationships} relationships in ${(imported.durationMs / 1000).toFixed(1)} s ` +
        `(${imported.relationshipsPerSecond} rel/s, ${imported.rejects} rejected); peak RSS importer ${imported.peakRssMb} MiB, Neo4j ${imported.neo4jPeakRssMb} MiB`,
    );

    const driver = createFloorDriver(neo4j.uri, neo4j.password);
    running.driver = driver;
    await awaitIndexes(driver);
    const fixtures = await pickFixtures(driver);
    say(`bench: fixtures ${JSON.stringify(fixtures)}`);
    const machine = await describeMachine(driver, process.env['PATH'], loadAtStart);

    const servers: Record<HttpContender, ServerMemory> = {
      ours: { startRssMb: null, peakRssMb: null },
      floor: { startRssMb: null, peakRssMb: null },
      peer: { startRssMb: null, peakRssMb: null },
    };
    for (const contender of HTTP_CONTENDERS) {
      const server = await spawnServer({ entry: SERVER_ENTRIES[contender], neo4jUri: neo4j.uri, neo4jPassword: neo4j.password });
      running.servers[contender] = server;
      servers[contender].startRssMb = readProcessMemory(server.pid)?.rssMb ?? null;
    }
    const urls: ContenderUrls = {
      ours: running.servers.ours?.url ?? '',
      floor: running.servers.floor?.url ?? '',
      peer: running.servers.peer?.url ?? '',
    };
    say(`bench: servers ours ${urls.ours}, floor ${urls.floor}, peer ${urls.peer}`);

    const all = buildOperations(fixtures);
    const results: OperationResult[] = [];
    const outputFile = resultFile(options, new Date());
    let stoppedBy: string | null = null;
    const assemble = (finished: boolean): BenchResult => {
      for (const contender of HTTP_CONTENDERS) {
        const pid = running.servers[contender]?.pid;
        servers[contender].peakRssMb = pid === undefined ? null : (readProcessMemory(pid)?.peakRssMb ?? null);
      }
      return {
        date: new Date().toISOString(),
        scale: options.scale,
        options,
        finished,
        stoppedBy,
        machine,
        versions: packageVersions(),
        dataset: { dir: path.relative(projectRoot, dataset.dir), actors: options.actors, seed: options.seed, generated: dataset.generated, generationMs: dataset.durationMs },
        import: imported,
        fixtures,
        operations: results,
        servers,
        neo4jPeakRssMb: readProcessMemory(neo4j.pid)?.peakRssMb ?? null,
        loadAverageAtEnd: os.loadavg()[0] ?? 0,
        durationSeconds: Math.round((performance.now() - started) / 1000),
      };
    };
    for (const name of options.ops) {
      say(`bench: ${name} — ${all[name].title}`);
      try {
        results.push(await benchOperation(all[name], urls, running, options, driver));
      } catch (error) {
        // One operation's failure is recorded and the run goes on; without the database there is nothing left to measure.
        const exit = neo4j.exitReport();
        const message = error instanceof Error ? error.message : String(error);
        say(`  ${name} failed: ${message}${exit === null ? '' : `\n  ${exit.replaceAll('\n', '\n    ')}`}`);
        results.push(failedOperation(all[name], exit ?? message));
        if (exit !== null) {
          stoppedBy = `${name}: ${exit}`;
          break;
        }
      }
      // Written after every operation, so a run that stops half-way still leaves what it measured.
      if (!options.checkOnly) writeResult(assemble(false), outputFile);
    }

    const result = assemble(stoppedBy === null);
    say('');
    process.stdout.write(formatReport(result));
    if (!options.checkOnly) say(`\nbench: results written to ${writeResult(result, outputFile)}`);
    if (results.some((r) => !r.check.ok)) process.exitCode = 1;
  } finally {
    await cleanUp(running);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
