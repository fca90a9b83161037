/**
 * `node dist/bench/nodeFlagsAb.js --keep-db DIR [--ops a,b] [--variants "default;none;--max-semi-space-size=64"]`:
 * what a set of V8 flags costs or saves our server, in its own CPU milliseconds per request. One server child per
 * variant over the same kept Neo4j; each operation is sent `--requests` times at `--concurrency` to each server
 * in turn, for `--rounds` rounds, so the variants share the machine's minute-to-minute load; per round it prints
 * the server's CPU time per request (/proc, user + system, every thread: GC helpers included) and its req/s,
 * then the means. CPU per request is the figure to read on a shared 2-core machine: req/s moves with Neo4j and
 * the client. `default` is SERVER_NODE_FLAGS (what `npm start` runs), `none` is Node's defaults, anything else
 * a space-separated flag list; `NAME=value` tokens set the server's settings (e.g. `GRAPHQL_EXECUTION=graphql-js`
 * against `default`: what the compiled execution saves). Development only, never part of `npm test`.
 */
import http from 'node:http';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { SERVER_NODE_FLAGS } from '../src/server/nodeFlags';
import { post, readReply, requestFor, type RequestSpec } from './contenders';
import { ensureDataset } from './dataset';
import { pickFixtures } from './fixtures';
import { importOnce } from './importPhase';
import { startBenchDatabase } from './localDatabase';
import { buildOperations, type Operation, type OperationName } from './operations';
import { operationList } from './options';
import { readProcessCpuMs } from './procStatus';
import { createFloorDriver } from './servers/floorServer';
import { spawnServer, type ServerProcess } from './servers/serverProcess';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

interface Variant {
  label: string;
  flags: readonly string[];
  /** Server settings of the variant (`NAME=value` tokens), e.g. GRAPHQL_EXECUTION=graphql-js. */
  env: Record<string, string>;
}

/**
 * A variant is a space-separated list: `default` (SERVER_NODE_FLAGS, also when no flag is given), `none` (no
 * flags), node flags, and `NAME=value` settings of the server's environment.
 */
function variantsOf(value: string): Variant[] {
  return value.split(';').map((text) => {
    const label = text.trim();
    const env: Record<string, string> = {};
    const flags: string[] = [];
    let base: readonly string[] = SERVER_NODE_FLAGS;
    const allowed = process.allowedNodeEnvironmentFlags;
    for (const token of label.split(/\s+/)) {
      const setting = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(token);
      if (setting) env[setting[1] as string] = setting[2] as string;
      else if (token === 'default') base = SERVER_NODE_FLAGS;
      else if (token === 'none') base = [];
      // --cpu-prof is a command-line flag only (not NODE_OPTIONS'), so the allow-list does not name it.
      else if (allowed.has(token.split('=')[0] ?? token) || /^--cpu-prof(-dir|-interval)?(=|$)/.test(token)) flags.push(token);
      else throw new InvalidArgumentError(`not a node flag or NAME=value setting: ${token}`);
    }
    const used = flags.length > 0 ? flags : base;
    return { label: label === 'default' ? `default (${SERVER_NODE_FLAGS.join(' ') || 'none'})` : label, flags: used, env };
  });
}

/** `requests` posts of one request over `concurrency` keep-alive sockets; resolves to the wall milliseconds. */
async function drive(spec: RequestSpec, operation: Operation, requests: number, concurrency: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let sent = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < requests) {
          sent++;
          readReply('ours', operation, await post(spec, agent));
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return performance.now() - started;
}

interface Sample {
  cpuMsPerRequest: number;
  requestsPerSecond: number;
}

async function measure(server: ServerProcess, operation: Operation, requests: number, concurrency: number): Promise<Sample> {
  const spec = requestFor('ours', operation, { ours: server.url, floor: '', peer: '' });
  const before = readProcessCpuMs(server.pid);
  const wallMs = await drive(spec, operation, requests, concurrency);
  const after = readProcessCpuMs(server.pid);
  if (before === undefined || after === undefined) throw new Error(`cannot read the CPU time of process ${server.pid}`);
  return { cpuMsPerRequest: (after - before) / requests, requestsPerSecond: (requests * 1000) / wallMs };
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

async function main(): Promise<void> {
  const o = new Command('nodeFlagsAb')
    .requiredOption('--keep-db <dir>', 'the kept Neo4j data folder (imported once)')
    .option('--actors <n>', 'actors of the dataset', (v) => Number(v), 100_000)
    .option('--seed <n>', 'generator seed', (v) => Number(v), 1)
    .option('--ops <list>', 'comma-separated operations', operationList, ['nestedRead', 'partnerNetwork2', 'actorById'] as OperationName[])
    .option('--variants <list>', "';'-separated flag sets: default, none, or flags", variantsOf, variantsOf('none;default'))
    .option('--rounds <n>', 'rounds over all variants', (v) => Number(v), 4)
    .option('--requests <n>', 'requests per operation, variant and round', (v) => Number(v), 400)
    .option('--concurrency <c>', 'sockets', (v) => Number(v), 8)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ keepDb: string; actors: number; seed: number; ops: OperationName[]; variants: Variant[]; rounds: number; requests: number; concurrency: number }>();
  const dataset = ensureDataset(o.actors, o.seed);
  const database = await startBenchDatabase({ heapMb: 4096, pageCacheMb: 2048, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: path.resolve(o.keepDb) });
  const driver = createFloorDriver(database.neo4j.uri, database.neo4j.password);
  const servers: ServerProcess[] = [];
  try {
    await importOnce(path.resolve(o.keepDb), dataset.dir, database.neo4j);
    const operations = buildOperations(await pickFixtures(driver));
    for (const variant of o.variants) {
      servers.push(await spawnServer({ entry: 'ourServer.js', neo4jUri: database.neo4j.uri, neo4jPassword: database.neo4j.password, serverFlags: variant.flags, env: variant.env }));
    }
    say(`nodeFlagsAb: ${o.actors} actors, ${o.rounds} rounds × ${o.requests} requests at concurrency ${o.concurrency}`);
    for (const name of o.ops) {
      const operation = operations[name];
      // Warm each server's code paths and Neo4j's plans before anything is measured.
      for (const server of servers) await drive(requestFor('ours', operation, { ours: server.url, floor: '', peer: '' }), operation, Math.min(o.requests, 200), o.concurrency);
      const samples: Sample[][] = o.variants.map(() => []);
      for (let round = 0; round < o.rounds; round++) {
        // ABBA: every other round runs the variants in reverse, so a machine speeding up or slowing down over
        // the minutes favours none of them.
        const order = servers.map((_, k) => k);
        if (round % 2 === 1) order.reverse();
        for (const k of order) {
          const server = servers[k] as ServerProcess;
          const sample = await measure(server, operation, o.requests, o.concurrency);
          samples[k]?.push(sample);
          say(`  ${name} round ${round + 1} ${o.variants[k]?.label}: ${sample.cpuMsPerRequest.toFixed(2)} ms CPU/request, ${sample.requestsPerSecond.toFixed(1)} req/s`);
        }
      }
      say(`${name} (ratio: this variant's CPU/request ÷ the first's, per round, geometric mean; the pairing cancels the machine's drift):`);
      const first = samples[0] ?? [];
      for (const [k, variant] of o.variants.entries()) {
        const own = samples[k] ?? [];
        const ratios = own.map((s, round) => s.cpuMsPerRequest / (first[round]?.cpuMsPerRequest ?? Number.NaN));
        const ratio = Math.exp(mean(ratios.map(Math.log)));
        say(
          `  ${variant.label.padEnd(40)} ${mean(own.map((s) => s.cpuMsPerRequest)).toFixed(2)} ms CPU/request, ${mean(own.map((s) => s.requestsPerSecond)).toFixed(1)} req/s, ratio ${ratio.toFixed(3)} (rounds ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
        );
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await driver.close();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`nodeFlagsAb failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
