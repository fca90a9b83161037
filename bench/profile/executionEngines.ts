/**
 * `node dist/bench/profile/executionEngines.js [--rounds 10] [--runs 300]`: what executing nestedRead's document
 * costs in graphql-js and in its graphql-jit compilation, on the project's schema, without Neo4j or HTTP. The
 * resolvers of the three pages return prepared objects through a promise (as the loaders do), every other field
 * is read by the default resolver, so the figures are the engines' own work for 610 objects. Prints each
 * engine's CPU milliseconds per execution (median of the rounds, engines interleaved) and the cost of building
 * the objects alone, which both include. Development only, never part of `npm test`.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Command } from 'commander';
import { execute, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { loadTypeDefs } from '../../src/server/typeDefs';
import { MIX } from '../operations/floorCypher';
import { nestedRead } from '../operations/nestedRead';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

// The bench's own nestedRead request, so the two measure the same document.
const QUERY = nestedRead().ours.query;

interface Page<T> {
  edges: T[];
}
interface Partner {
  weight: number;
  node: { __typename: 'Company'; id: string; name: string };
}
interface Member {
  node: { __typename: 'Company'; id: string; name: string; partners: Page<Partner> };
}
interface Cluster {
  node: { id: string; name: string; members: Page<Member> };
}

/** A fresh answer tree per run, as a request's loaders would produce. */
function answerTree(): { clusters: Page<Cluster> } {
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return {
    clusters: {
      edges: range(MIX.clustersFirst).map((c) => ({
        node: {
          id: `c${c}`,
          name: `Cluster ${c}`,
          members: {
            edges: range(MIX.membersFirst).map((m) => ({
              node: {
                __typename: 'Company' as const,
                id: `a${c}-${m}`,
                name: `Actor ${c} ${m}`,
                partners: { edges: range(MIX.partnersFirst).map((p) => ({ weight: p + 1, node: { __typename: 'Company' as const, id: `p${c}-${m}-${p}`, name: `Partner ${p}` } })) },
              },
            })),
          },
        },
      })),
    },
  };
}

const page = (field: string) => (source: Record<string, unknown>) => Promise.resolve(source[field]);

async function main(): Promise<void> {
  const o = new Command('executionEngines')
    .option('--rounds <n>', 'rounds, engines interleaved', (v) => Number(v), 10)
    .option('--runs <n>', 'executions per engine and round', (v) => Number(v), 300)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ rounds: number; runs: number }>();
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: {
      Query: { clusters: page('clusters') },
      Cluster: { members: page('members') },
      Company: { partners: page('partners') },
      Actor: { __resolveType: (actor: { __typename: string }) => actor.__typename },
    },
  });
  const document = parse(QUERY);
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit did not compile: ${JSON.stringify(compiled)}`);
  const engines: Record<string, () => Promise<unknown>> = {
    'objects only': async () => answerTree(),
    'graphql-js': async () => execute({ schema, document, rootValue: answerTree() }),
    'graphql-jit': async () => compiled.query(answerTree(), {}, {}),
  };
  const [js, jit] = [JSON.stringify(await engines['graphql-js']?.()), JSON.stringify(await engines['graphql-jit']?.())];
  if (js !== jit) throw new Error('the engines answer differently');
  for (let warm = 0; warm < o.runs; warm++) for (const run of Object.values(engines)) await run();
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
  for (let round = 0; round < o.rounds; round++) {
    const names = Object.keys(engines);
    if (round % 2 === 1) names.reverse();
    for (const name of names) {
      const run = engines[name] as () => Promise<unknown>;
      const started = process.cpuUsage();
      for (let i = 0; i < o.runs; i++) await run();
      const used = process.cpuUsage(started);
      samples[name]?.push((used.user + used.system) / 1000 / o.runs);
    }
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  say(`nestedRead's document (${js.length} characters of answer), CPU ms per execution, median of ${o.rounds} rounds × ${o.runs}:`);
  for (const [name, values] of Object.entries(samples)) say(`  ${name.padEnd(13)} ${median(values).toFixed(3)}  (rounds ${values.map((v) => v.toFixed(2)).join(' ')})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`executionEngines failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
