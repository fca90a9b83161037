/**
 * `npm run load [-- --duration 60 --connections 8]`: a bounded, mixed load against the real server, to show that
 * it holds steady: requests per second, latency percentiles, errors (must be 0) and the server's resident memory
 * at the start, middle and end of the run (it should stay flat).
 *
 * It starts `node dist/src/main.js` itself (with npm start's V8 flags, SERVER_NODE_FLAGS) on a free loopback port,
 * so the server is exactly what `npm start` runs, over the Neo4j of NEO4J_URI when set, else the project's own
 * local one (which main.ts starts). Traffic goes to 127.0.0.1 only, for a bounded time, and the run stops by
 * itself. When the schema has mutations, the mix includes an upsert of a test company under a run prefix (with an
 * API key of its own, as the README's "Writes and access control" describes); those companies are deleted at the
 * end.
 *
 * `--actors N` runs the same mix on the bench's synthetic graph of N actors instead (bench/data, generated once):
 * it is bulk-loaded into a fresh Neo4j (or imported once into `--keep-db DIR` and reused), the server runs over it
 * through NEO4J_URI, and the mix asks about the bench's fixtures (bench/fixtures.ts) instead of seed ids.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { projectRoot } from '../src/config';
import { generateApiKey } from '../src/server/auth';
import { SERVER_NODE_FLAGS } from '../src/server/nodeFlags';
import { bulkLoadAndStart } from './bulkPhase';
import { ensureDataset } from './dataset';
import { pickFixtures } from './fixtures';
import { importOnce } from './importPhase';
import { startBenchDatabase, type BenchDatabase } from './localDatabase';
import type { Fixtures } from './operations';
import { summarizeCpuProfile } from './profile/cpuProfile';
import { createFloorDriver } from './servers/floorServer';

interface LoadOptions {
  duration: number;
  connections: number;
  /** Run the server under `node --cpu-prof` and write the profile into this folder (summarised at the end). */
  cpuProf?: string;
  /** Write two heap snapshots of the server into this folder: after the warm-up (a quarter in) and near the end. */
  heapSnapshots?: string;
  /** Run on the bench's synthetic graph of this many actors instead of the seed graph. */
  actors?: number;
  /** With `actors`: the Neo4j data folder to import into once and reuse (development; default a fresh bulk load). */
  keepDb?: string;
}

/** The ids the mix asks about: the seed graph's, or a synthetic graph's fixtures. */
interface MixIds {
  cluster: string;
  state: string;
  searchText: string;
  actor: string;
  networkCenter: string;
  company: string;
  connectionFrom: string;
  connectionTo: string;
  countsRegion: string;
}

const SEED_IDS: MixIds = {
  cluster: 'silicon-saxony',
  state: 'de-sn',
  searchText: 'Fraunhofer Dresden',
  actor: 'jenoptik-ag',
  networkCenter: 'fraunhofer-ipms',
  company: 'vw-sachsen',
  connectionFrom: 'jenoptik-ag',
  connectionTo: 'carl-zeiss-ag',
  countsRegion: 'de-th',
};

function fixtureIds(f: Fixtures): MixIds {
  return {
    cluster: f.clusterId,
    state: f.stateId,
    searchText: f.searchText,
    actor: f.companyId,
    networkCenter: f.networkCenterId,
    company: f.companyId,
    connectionFrom: f.networkCenterId,
    connectionTo: f.connectionToId,
    countsRegion: f.stateId,
  };
}

interface MixEntry {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  write?: boolean;
}

/** The read mix; every id is a variable, so the seed graph and a synthetic graph share the query texts. */
function readMix(ids: MixIds): MixEntry[] {
  return [
    {
      name: 'clusterMembers',
      query: 'query LoadClusterMembers($c: ID!) { cluster(id: $c) { name members(first: 20) { totalCount edges { node { id name kind } } } } }',
      variables: { c: ids.cluster },
    },
    {
      name: 'actorsInRegion',
      query: 'query LoadActorsInRegion($r: ID) { actors(filter: { region: $r, kinds: [COMPANY] }, orderBy: { field: NAME }, first: 20) { totalCount edges { node { id name } } } }',
      variables: { r: ids.state },
    },
    { name: 'search', query: 'query LoadSearch($t: String!) { search(text: $t, first: 10) { score node { id } } }', variables: { t: ids.searchText } },
    {
      name: 'actorDetail',
      query: 'query LoadActor($a: ID!) { actor(id: $a) { name region { name } technologies { name } partners(first: 10) { edges { node { id name } } } } }',
      variables: { a: ids.actor },
    },
    {
      name: 'partnerNetwork',
      query: 'query LoadNetwork($a: ID!) { partnerNetwork(from: $a, depth: 2, first: 20) { subgraph { nodes { id } } rows { totalCount edges { distance node { id } } } } }',
      variables: { a: ids.networkCenter },
    },
    // The same network over every kind, SAME_CLUSTER included: the default before the traversal-engine issue.
    {
      name: 'partnerNetworkAllKinds',
      query:
        'query LoadNetworkAllKinds($a: ID!) { partnerNetwork(from: $a, depth: 2, first: 20, filter: { linkKinds: [COLLABORATION, SAME_CLUSTER, JOINT_PROJECT, SUPPLY, SPIN_OFF] }) { subgraph { nodes { id } } rows { totalCount edges { distance node { id } } } } }',
      variables: { a: ids.networkCenter },
    },
    {
      name: 'supplyChain',
      query: 'query LoadSupplyChain($c: ID!) { supplyChain(company: $c, tiers: 3) { tiers { tier companies { id name } } } }',
      variables: { c: ids.company },
    },
    {
      name: 'shortestConnection',
      query: 'query LoadConnection($f: ID!, $t: ID!) { shortestConnection(from: $f, to: $t) { length hops { sentence } } }',
      variables: { f: ids.connectionFrom, t: ids.connectionTo },
    },
    {
      name: 'actorCounts',
      query: 'query LoadCounts($r: ID) { actorCounts(groupBy: KIND, filter: { region: $r }) { total groups { key count } } }',
      variables: { r: ids.countsRegion },
    },
  ];
}

// Upserts rotate over a few ids, so a long run updates rather than piles up nodes.
const WRITE_IDS = 20;
const SERVER_START_TIMEOUT_MS = 10 * 60_000;

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function parseOptions(argv: string[]): LoadOptions {
  const command = new Command('load')
    .description('a bounded mixed load against a server this script starts on a free loopback port')
    .option('--duration <seconds>', 'how long the load runs (at most 600)', positive, 60)
    .option('--connections <n>', 'concurrent connections (at most 64)', positive, 8)
    .option('--cpu-prof <dir>', 'run the server under the CPU profiler; the profile goes into <dir> and is summarised')
    .option('--heap-snapshots <dir>', 'two heap snapshots of the server into <dir>: a quarter into the run and near its end')
    .option('--actors <n>', "the bench's synthetic graph of <n> actors instead of the seed graph", positive)
    .option('--keep-db <dir>', 'with --actors: import once into <dir> and reuse it (development; default: a fresh bulk load)')
    .parse(argv);
  const opts = command.opts<{ duration: number; connections: number; cpuProf?: string; heapSnapshots?: string; actors?: number; keepDb?: string }>();
  if (opts.keepDb !== undefined && opts.actors === undefined) throw new InvalidArgumentError('--keep-db needs --actors');
  return {
    duration: Math.min(opts.duration, 600),
    connections: Math.min(opts.connections, 64),
    ...(opts.cpuProf ? { cpuProf: path.resolve(opts.cpuProf) } : {}),
    ...(opts.heapSnapshots ? { heapSnapshots: path.resolve(opts.heapSnapshots) } : {}),
    ...(opts.actors !== undefined ? { actors: opts.actors } : {}),
    ...(opts.keepDb !== undefined ? { keepDb: path.resolve(opts.keepDb) } : {}),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const withWrites = fs.existsSync(path.join(projectRoot, 'schema', 'mutations.graphql'));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-load-'));
  const editor = generateApiKey();
  const admin = generateApiKey();
  const keysFile = path.join(workDir, 'api-keys.jsonl');
  fs.writeFileSync(
    keysFile,
    [{ id: 'load-editor', role: 'editor', hash: editor.hash }, { id: 'load-admin', role: 'admin', hash: admin.hash }].map((e) => JSON.stringify(e)).join('\n') + '\n',
    { mode: 0o600 },
  );
  const prefix = `t-load-${Date.now().toString(36)}-`;

  const nodeArgs: string[] = [];
  if (options.cpuProf) {
    fs.mkdirSync(options.cpuProf, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`);
  }
  if (options.heapSnapshots) {
    fs.mkdirSync(options.heapSnapshots, { recursive: true });
    nodeArgs.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${options.heapSnapshots}`);
  }
  const profilesBefore = new Set(options.cpuProf ? fs.readdirSync(options.cpuProf) : []);
  const synthetic = options.actors === undefined ? undefined : await startSyntheticGraph(options.actors, options.keepDb);
  const ids = synthetic?.ids ?? SEED_IDS;
  let server: StartedServer;
  try {
    server = await startServer({ API_KEYS_FILE: keysFile, ...(synthetic?.env ?? {}) }, nodeArgs);
  } catch (error) {
    await synthetic?.database.dispose();
    throw error;
  }
  let exitCode = 0;
  let loadWindow: { started: number; ended: number } | undefined;
  try {
    const origin = new URL(server.url).origin;
    // Traffic starts once the server has planned its statements (WARM_PLANS), as a user's would on a started server.
    const warmed = await plansWarmed(origin);
    say(`load: ${warmed.planned} of ${warmed.total} statements planned before traffic (waited ${(warmed.waitedMs / 1000).toFixed(1)} s)`);
    const mix: MixEntry[] = readMix(ids);
    if (withWrites) {
      mix.push({
        name: 'upsertCompany',
        write: true,
        query: 'mutation LoadUpsert($i: CompanyInput!) { upsertCompany(input: $i) { created errors { code message } } }',
      });
    }
    say(`load: server ${server.url} (pid ${server.pid}); ${options.connections} connections for ${options.duration} s; mix: ${mix.map((m) => m.name).join(', ')}`);

    // Every operation must work before the load starts: a failing mix would only measure errors.
    for (const entry of mix) {
      const body = await post(server.url, requestBody(entry, prefix, 0), entry.write ? editor.key : undefined);
      if (body.errors !== undefined || hasPayloadErrors(body)) throw new Error(`warm-up of ${entry.name} failed: ${JSON.stringify(body).slice(0, 500)}`);
    }

    const rss: Array<[string, number]> = [['start', await serverRss(origin)]];
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    const byName = new Map<string, number>();
    let sent = 0;
    const countFailure = (what: string): void => void failures.set(what, (failures.get(what) ?? 0) + 1);

    const requests: autocannon.Request[] = mix.map((entry) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(entry.write ? { authorization: `Bearer ${editor.key}` } : {}) },
      setupRequest: (request: autocannon.Request): autocannon.Request => ({ ...request, body: JSON.stringify(requestBody(entry, prefix, sent++)) }),
      onResponse: (status: number, body: string) => {
        byName.set(entry.name, (byName.get(entry.name) ?? 0) + 1);
        if (status !== 200) return countFailure(`${entry.name}: HTTP ${status}`);
        let parsed: GraphqlBody;
        try {
          parsed = JSON.parse(body) as GraphqlBody;
        } catch {
          return countFailure(`${entry.name}: not JSON`);
        }
        const code = parsed.errors?.[0]?.extensions?.code;
        if (parsed.errors !== undefined) countFailure(`${entry.name}: ${String(code)}`);
        else if (hasPayloadErrors(parsed)) countFailure(`${entry.name}: payload errors`);
      },
    }));

    const middle = setTimeout(() => {
      void serverRss(origin).then((bytes) => void rss.push(['middle', bytes]));
    }, (options.duration * 1000) / 2);
    // A soak is judged on the RSS series: flat after the warm-up (the first fifth of the run) within 10 %.
    const series: Array<[number, number]> = [];
    // The live JS heap beside it: RSS that grows while the heap does not is the allocator's, not a leak.
    const heapSeries: Array<[number, number]> = [];
    const loadStarted = Date.now();
    const sampler = setInterval(() => {
      const at = (Date.now() - loadStarted) / 1000;
      void serverRss(origin).then((bytes) => void series.push([at, bytes]));
      void serverGauge(origin, 'nodejs_heap_size_used_bytes').then((bytes) => void heapSeries.push([at, bytes]));
    }, Math.max(5, options.duration / 12) * 1000);
    const snapshots = options.heapSnapshots
      ? [0.25, 0.95].map((at) => setTimeout(() => server.signal('SIGUSR2'), at * options.duration * 1000))
      : [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: origin, connections: options.connections, duration: options.duration, requests, timeout: 30 }, (error: unknown, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
      );
      // autocannon keeps percentiles of its own, but not p95.
      instance.on('response', (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
    });
    clearTimeout(middle);
    clearInterval(sampler);
    loadWindow = { started: loadStarted, ended: Date.now() };
    snapshots.forEach(clearTimeout);
    rss.push(['end', await serverRss(origin)]);
    series.push([(Date.now() - loadStarted) / 1000, rss.at(-1)?.[1] ?? Number.NaN]);
    rss.sort((a, b) => ['start', 'middle', 'end'].indexOf(a[0]) - ['start', 'middle', 'end'].indexOf(b[0]));

    const errors = result.errors + result.timeouts + result.non2xx + [...failures.values()].reduce((a, b) => a + b, 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    const percentile = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
    say('');
    say(`requests:      ${result.requests.total} in ${result.duration.toFixed(1)} s, ${(result.requests.total / result.duration).toFixed(1)} requests/s`);
    say(`latency (ms):  p50 ${percentile(50).toFixed(1)}  p95 ${percentile(95).toFixed(1)}  p99 ${percentile(99).toFixed(1)}  max ${(sorted.at(-1) ?? 0).toFixed(1)}`);
    say(`by operation:  ${[...byName].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    const serverSide = await meanLatencyByOperation(origin);
    say(`server mean:   ${[...serverSide].map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ')}`);
    say(`errors:        ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${[...failures.values()].reduce((a, b) => a + b, 0)})`);
    for (const [what, n] of failures) say(`  ${n} × ${what}`);
    say(`server RSS:    ${rss.map(([at, bytes]) => `${at} ${(bytes / 2 ** 20).toFixed(0)} MiB`).join(', ')}`);
    say(`RSS series:    ${series.map(([s, bytes]) => `${s.toFixed(0)} s ${(bytes / 2 ** 20).toFixed(0)}`).join(', ')} (MiB)`);
    say(`heap used:     ${heapSeries.map(([s, bytes]) => `${s.toFixed(0)} s ${(bytes / 2 ** 20).toFixed(0)}`).join(', ')} (MiB)`);
    const warm = series.filter(([s]) => s >= options.duration / 5);
    if (warm.length >= 2) {
      const first = warm[0]?.[1] ?? Number.NaN;
      const last = warm.at(-1)?.[1] ?? Number.NaN;
      const peak = Math.max(...warm.map(([, b]) => b));
      say(`RSS after warm-up: ${(first / 2 ** 20).toFixed(0)} → ${(last / 2 ** 20).toFixed(0)} MiB (${(((last - first) / first) * 100).toFixed(1)} %, peak ${(peak / 2 ** 20).toFixed(0)} MiB)`);
      // Two samples land anywhere on the collector's sawtooth (±15 % between neighbours is common); what grows
      // without bound raises the peaks, so the peaks of the two halves after warm-up say whether it grows.
      const middle = ((warm[0]?.[0] ?? 0) + (warm.at(-1)?.[0] ?? 0)) / 2;
      const peakOf = (part: ReadonlyArray<readonly [number, number]>): number => Math.max(...part.map(([, b]) => b));
      const early = peakOf(warm.filter(([s]) => s <= middle));
      const late = peakOf(warm.filter(([s]) => s > middle));
      if (Number.isFinite(early) && Number.isFinite(late)) {
        say(`RSS peaks after warm-up, first half → second half: ${(early / 2 ** 20).toFixed(0)} → ${(late / 2 ** 20).toFixed(0)} MiB (${(((late - early) / early) * 100).toFixed(1)} %)`);
      }
    }
    if (errors > 0) exitCode = 1;

    if (withWrites) {
      let deleted = 0;
      for (let i = 0; i < WRITE_IDS; i++) {
        const body = await post(server.url, { query: 'mutation LoadCleanup($id: ID!) { deleteActor(id: $id) { deletedId } }', variables: { id: `${prefix}${i}` } }, admin.key);
        if ((body.data?.['deleteActor'] as { deletedId?: unknown } | undefined)?.deletedId) deleted += 1;
      }
      say(`cleanup:       deleted ${deleted} test companies (${prefix}*)`);
    }
  } finally {
    await server.stop();
    await synthetic?.database.dispose();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  if (options.cpuProf) {
    const file = fs.readdirSync(options.cpuProf).find((f) => f.endsWith('.cpuprofile') && !profilesBefore.has(f));
    if (file) {
      // The profile covers the server's whole life (start, plan warming, load): read it for the request path.
      // The profile ends when the server exits; only the samples of the load itself are summed.
      const window = loadWindow ? { fromMsBeforeEnd: server.exitedAt() - loadWindow.started, toMsBeforeEnd: server.exitedAt() - loadWindow.ended } : undefined;
      const summary = summarizeCpuProfile(path.join(options.cpuProf, file), 25, window);
      say(`\nCPU profile of the server during the load (${path.join(options.cpuProf, file)}), self time`);
      say('  by owner:');
      for (const h of summary.owners) say(`    ${h.selfPercent.toFixed(1).padStart(5)} %  ${h.where}`);
      say('  by function:');
      for (const h of summary.functions) say(`    ${h.selfPercent.toFixed(1).padStart(5)} %  ${h.where}`);
    }
  }
  if (options.heapSnapshots) say(`heap snapshots: ${fs.readdirSync(options.heapSnapshots).filter((f) => f.endsWith('.heapsnapshot')).join(', ')} in ${options.heapSnapshots}`);
  process.exit(exitCode);
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
}

function requestBody(entry: MixEntry, prefix: string, n: number): { query: string; variables?: Record<string, unknown> } {
  if (!entry.write) return { query: entry.query, ...(entry.variables ? { variables: entry.variables } : {}) };
  const id = `${prefix}${n % WRITE_IDS}`;
  return { query: entry.query, variables: { i: { id, name: `Load test company ${n % WRITE_IDS}`, size: 'SMALL', employees: n % 500, sources: ['illustrative'] } } };
}

// A mutation answers refusals inside its payload (`errors: [MutationError]`), not as GraphQL errors.
function hasPayloadErrors(body: GraphqlBody): boolean {
  return Object.values(body.data ?? {}).some((payload) => {
    const errors = (payload as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.length > 0;
  });
}

async function post(url: string, body: unknown, key?: string): Promise<GraphqlBody> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as GraphqlBody;
}

/** Waits (at most 10 minutes) until /metrics says the warm-up has tried every catalogued statement. */
async function plansWarmed(origin: string): Promise<{ planned: number; total: number; waitedMs: number }> {
  const started = Date.now();
  for (;;) {
    const text = await (await fetch(`${origin}/metrics`)).text();
    const gauge = (name: string): number => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? Number.NaN);
    const planned = gauge('clustergraph_statements_planned');
    const total = gauge('clustergraph_statements_total');
    const waitedMs = Date.now() - started;
    if (gauge('clustergraph_statements_warmup_done') !== 0 || waitedMs > 10 * 60_000) return { planned, total, waitedMs };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The server's resident set size, from its own /metrics (process_resident_memory_bytes). */
async function serverRss(origin: string): Promise<number> {
  return serverGauge(origin, 'process_resident_memory_bytes');
}

/** One unlabelled gauge of the server's /metrics. */
async function serverGauge(origin: string, name: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.split(' ')[1]);
}

/** Mean latency of each operation as the server measured it (its /metrics histogram), in ms. */
async function meanLatencyByOperation(origin: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const read = (suffix: string): Map<string, number> => {
    const values = new Map<string, number>();
    const pattern = new RegExp(`^clustergraph_http_request_duration_seconds_${suffix}\\{method="POST",route="/graphql",operation="Load(\\w+)"\\} (\\S+)$`, 'gm');
    for (const match of text.matchAll(pattern)) values.set(match[1] ?? '', Number(match[2]));
    return values;
  };
  const sums = read('sum');
  const counts = read('count');
  return new Map([...sums].map(([name, sum]) => [name, (1000 * sum) / (counts.get(name) ?? 1)]));
}

interface StartedServer {
  url: string;
  pid: number;
  signal(name: NodeJS.Signals): void;
  /** When the process exited (Date.now()), NaN before. */
  exitedAt(): number;
  stop(): Promise<void>;
}

/**
 * The synthetic graph of `actors` actors in a Neo4j of its own: the server's NEO4J_URI and password, and the
 * fixtures the mix asks about.
 */
async function startSyntheticGraph(actors: number, keepDb: string | undefined): Promise<{ database: BenchDatabase; env: Record<string, string>; ids: MixIds }> {
  const dataset = ensureDataset(actors, 1);
  let database: BenchDatabase;
  if (keepDb === undefined) {
    database = (await bulkLoadAndStart(dataset.dir, { heapMb: undefined, pageCacheMb: undefined, keepDir: undefined }, (line) => say(`load: ${line}`))).database;
  } else {
    database = await startBenchDatabase({ heapMb: 4096, pageCacheMb: 2048, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: keepDb });
    await importOnce(keepDb, dataset.dir, database.neo4j);
  }
  const driver = createFloorDriver(database.neo4j.uri, database.neo4j.password);
  try {
    const fixtures = await pickFixtures(driver);
    say(`load: ${actors} actors (${dataset.dir}); fixtures ${JSON.stringify(fixtures)}`);
    return { database, env: { NEO4J_URI: database.neo4j.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: database.neo4j.password }, ids: fixtureIds(fixtures) };
  } catch (error) {
    await database.dispose();
    throw error;
  } finally {
    await driver.close();
  }
}

/** Starts dist/src/main.js on a free loopback port and resolves with its GraphQL URL once it prints it. */
async function startServer(env: Record<string, string>, nodeArgs: string[]): Promise<StartedServer> {
  const main = path.join(projectRoot, 'dist', 'src', 'main.js');
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, main], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exitedAt = Number.NaN;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exitedAt = Date.now();
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the server did not start in time')), SERVER_START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) say(`  ${line}`);
      const match = /GraphQL API at (http:\/\/(?:localhost|127\.0\.0\.1):\d+\/graphql)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready`));
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    signal: (name) => void child.kill(name),
    exitedAt: () => exitedAt,
    stop: async () => {
      // main.ts drains requests, closes the driver and stops its local Neo4j on SIGTERM.
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
