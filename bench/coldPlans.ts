/**
 * `npm run bench -- --cold-plans [--no-warm] [--questions N] [--seed S]`: first and warm answers of random
 * partner-network questions on the seed graph from a fresh start (docs/statements.md).
 *
 * A fresh local Neo4j, the seed graph, the server in this process; then (unless --no-warm) the plan warm-up the
 * server runs at start, timed; then N random questions (start actor, depth 1–3, any link kinds, actor kinds, asOf,
 * cluster), each asked once (its first answer: a new text/parameter-type combination would be planned now) and
 * then three more times (the median is its warm answer). Then the named questions of the traversal issue.
 */
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, projectRoot } from '../src/config';
import { createDriver, GraphClient } from '../src/graph/graphClient';
import { seededRandom } from '../src/algorithms';
import { NETWORK_LINK_KINDS } from '../src/model';
import { startBenchDatabase } from './localDatabase';
import { migrate } from '../src/graph/migrations';
import { importGraph } from '../src/import';
import { createLogger, startHttpServer } from '../src/server';
import { loadAccessPolicy } from '../src/server/auth';
import type * as PlanWarming from '../src/graph/planWarming';

type PlanWarmingModule = typeof PlanWarming;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const QUERY = `query Net($from: ID!, $depth: Int, $filter: PartnerNetworkFilter, $maxNodes: Int) {
  partnerNetwork(from: $from, depth: $depth, filter: $filter, maxNodes: $maxNodes, first: 50) {
    truncated
    subgraph { nodes { id name kind distance } edges { source target linkKind } }
    rows { totalCount edges { distance node { id name } viaSummary } }
  }
}`;

interface Question {
  from: string;
  depth: number;
  maxNodes?: number;
  filter: Record<string, unknown>;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

async function ask(url: string, question: Question): Promise<{ ms: number; nodes: number; edges: number; errors: unknown }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { from: question.from, depth: question.depth, filter: question.filter, maxNodes: question.maxNodes ?? 200 } }),
  });
  const body = (await response.json()) as { data?: { partnerNetwork?: { subgraph: { nodes: unknown[]; edges: unknown[] } } }; errors?: unknown };
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, nodes: body.data?.partnerNetwork?.subgraph.nodes.length ?? 0, edges: body.data?.partnerNetwork?.subgraph.edges.length ?? 0, errors: body.errors ?? null };
}

async function warmAnswer(url: string, question: Question): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await ask(url, question)).ms);
  return percentile(times, 50);
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

/** `--cold-plans [--no-warm] [--questions N] [--seed S]`, through the CLI parser the other scripts use. */
function parseColdPlansOptions(argv: readonly string[]): { warm: boolean; questions: number; seed: number } {
  const program = new Command('bench --cold-plans')
    .option('--cold-plans', 'measure first and warm answers after a fresh start')
    .option('--no-warm', 'skip the plan warm-up (the "before" figures)')
    .option('--questions <n>', 'random partner-network questions', positiveInt, 40)
    .option('--seed <n>', 'seed of the questions', positiveInt, 14)
    .exitOverride()
    .parse([...argv], { from: 'user' });
  return program.opts<{ warm: boolean; questions: number; seed: number }>();
}

export async function runColdPlans(argv: readonly string[]): Promise<void> {
  const { warm, questions: count, seed } = parseColdPlansOptions(argv);
  const database = await startBenchDatabase({ heapMb: 1024, pageCacheMb: 256, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'] });
  const { neo4j } = database;
  say(`cold plans: fresh Neo4j in ${database.dataDir}; load average ${os.loadavg()[0]?.toFixed(2)}`);
  const graph = new GraphClient(createDriver(neo4j.uri, neo4j.username, neo4j.password), { database: undefined, timeoutMs: 60_000 });
  try {
    for (let i = 0; ; i++) {
      try {
        await graph.ping(30_000);
        break;
      } catch (error) {
        if (i > 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      }
    }
    await migrate(graph);
    await importGraph(graph, [path.join(projectRoot, 'seeds')]);
    if (warm) {
      // Loaded only when asked for, so the script also runs against a tree without a plan warmer ("before" figures).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { warmPlans } = require('../src/graph/planWarming') as PlanWarmingModule;
      const started = Date.now();
      const { finished } = warmPlans(graph);
      const status = await finished;
      say(`cold plans: warm-up planned ${status.planned} of ${status.total} statements (${status.failed} failed) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const config = loadConfig();
    const server = await startHttpServer({ port: 0, graph, logger: createLogger('silent'), production: false, settings: config.server, accessPolicy: loadAccessPolicy(config.auth) });
    try {
      const next = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
      const starts = (await graph.read({ name: 'bench_starts', text: 'MATCH (a:Actor) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY id' })).map((r) => r['id'] as string);
      const clusters = (await graph.read({ name: 'bench_clusters', text: 'MATCH (c:Cluster) RETURN c.id AS id ORDER BY id' })).map((r) => r['id'] as string);
      const kinds = [...NETWORK_LINK_KINDS];
      const actorKinds = ['COMPANY', 'RESEARCH_INSTITUTE', 'ORGANIZATION'];
      const questions: Question[] = Array.from({ length: count }, () => {
        const filter: Record<string, unknown> = {};
        if (next() < 0.7) filter['linkKinds'] = kinds.filter(() => next() < 0.5).concat(next() < 0.5 ? ['COLLABORATION'] : []);
        if (next() < 0.35) filter['actorKinds'] = actorKinds.filter(() => next() < 0.6).concat(['COMPANY']);
        if (next() < 0.35) filter['asOf'] = String(2005 + Math.floor(next() * 20));
        if (next() < 0.25) filter['cluster'] = pick(clusters);
        return { from: pick(starts), depth: 1 + Math.floor(next() * 3), filter };
      });
      const first: number[] = [];
      const warmTimes: number[] = [];
      for (const [i, question] of questions.entries()) {
        const answer = await ask(server.url, question);
        const w = await warmAnswer(server.url, question);
        first.push(answer.ms);
        warmTimes.push(w);
        say(`  q${i + 1} ${question.from} depth ${question.depth} ${JSON.stringify(question.filter)}: first ${round(answer.ms)} ms, warm ${round(w)} ms, ${answer.nodes} nodes, ${answer.edges} edges${answer.errors ? ` ERRORS ${JSON.stringify(answer.errors).slice(0, 200)}` : ''}`);
      }
      say(`cold plans: ${count} questions (seed ${seed}${warm ? '' : ', no warm-up'}): first answers p50 ${round(percentile(first, 50))} ms, p95 ${round(percentile(first, 95))} ms, slowest ${round(Math.max(...first))} ms; warm p50 ${round(percentile(warmTimes, 50))} ms, p95 ${round(percentile(warmTimes, 95))} ms`);

      const named: Array<[string, Question]> = [
        ['infineon-dresden, defaults', { from: 'infineon-dresden', depth: 2, filter: {} }],
        ['tu-dresden, depth 4, 1,000 nodes', { from: 'tu-dresden', depth: 4, maxNodes: 1000, filter: {} }],
        ['senorics, depth 2, 1,000 nodes', { from: 'senorics', depth: 2, maxNodes: 1000, filter: {} }],
        ['jenoptik-ag, depth 4, four kinds, actor kinds, region, asOf', { from: 'jenoptik-ag', depth: 4, filter: { linkKinds: ['COLLABORATION', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'], actorKinds: ['COMPANY', 'RESEARCH_INSTITUTE'], region: 'de-th', asOf: '2020' } }],
      ];
      for (const [label, question] of named) {
        const answer = await ask(server.url, question);
        const w = await warmAnswer(server.url, question);
        say(`named: ${label}: first ${round(answer.ms)} ms, warm ${round(w)} ms, ${answer.nodes} nodes, ${answer.edges} edges${answer.errors ? ` ERRORS ${JSON.stringify(answer.errors).slice(0, 300)}` : ''}`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    await graph.close();
    await database.dispose();
  }
}
