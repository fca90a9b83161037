/**
 * `node dist/bench/profile/connectionCompare.js --keep-db DIR --old OTHER/dist [--pairs N] [--seed S]`: the same
 * shortestConnection questions asked of two builds of our server on one kept store, their whole answers (data and
 * errors) compared byte for byte. Pairs: a third random actors, the rest actors 1–5 direct links apart (so most
 * connect); each pair with four kind sets and maxHops (COLLABORATION+SUPPLY/4, every kind/3, four kinds/5,
 * COLLABORATION/6) and once more with `asOf` and CITED. Development only (checking a rewrite of the search).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { seededRandom } from '../../src/algorithms';
import { startBenchDatabase } from '../localDatabase';
import { createFloorDriver } from '../servers/floorServer';
import { spawnServer, type ServerProcess } from '../servers/serverProcess';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const QUERY = `query($from: ID!, $to: ID!, $via: [NetworkLinkKind!], $maxHops: Int, $asOf: Date, $evidence: Evidence) {
  shortestConnection(from: $from, to: $to, via: $via, maxHops: $maxHops, asOf: $asOf, evidence: $evidence) {
    length explanation
    hops { from { id name kind } to { id name } sentence link { linkKind source target directed topic weight interactionModel product since until sources illustrative stage { name } cluster { id name } project { id title } } }
  } }`;

const KIND_SETS: Array<[string[], number]> = [
  [['COLLABORATION', 'SUPPLY'], 4],
  [['COLLABORATION', 'SAME_CLUSTER', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'], 3],
  [['COLLABORATION', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF'], 5],
  [['COLLABORATION'], 6],
];

async function ask(url: string, variables: Record<string, unknown>): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return JSON.stringify({ data: body.data, errors: body.errors?.map((e) => [e.message, e.extensions?.code]) });
}

async function main(): Promise<void> {
  const o = new Command('connectionCompare')
    .requiredOption('--keep-db <dir>', 'the kept Neo4j data folder')
    .requiredOption('--old <dist>', "the old build's dist folder")
    .option('--pairs <n>', 'actor pairs', (v) => Number(v), 30)
    .option('--seed <n>', 'seed', (v) => Number(v), 11)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ keepDb: string; old: string; pairs: number; seed: number }>();
  const database = await startBenchDatabase({ heapMb: 4096, pageCacheMb: 2048, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: path.resolve(o.keepDb) });
  const driver = createFloorDriver(database.neo4j.uri, database.neo4j.password);
  const servers: ServerProcess[] = [];
  try {
    const next = seededRandom(o.seed);
    const session = driver.session();
    const ids = (await session.run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
    const pairs: Array<[string, string]> = [];
    while (pairs.length < o.pairs) {
      const from = ids[Math.floor(next() * ids.length)] as string;
      let to = ids[Math.floor(next() * ids.length)] as string;
      if (pairs.length % 3 !== 0) {
        const walk = await session.run(
          'MATCH (a:Actor {id: $from})-[:COLLABORATES_WITH|SUPPLIES|SPUN_OFF_FROM*1..5]-(b:Actor) WITH b LIMIT 300 RETURN collect(b.id) AS ids',
          { from },
        );
        const reached = (walk.records[0]?.get('ids') ?? []) as string[];
        if (reached.length > 0) to = reached[Math.floor(next() * reached.length)] as string;
      }
      if (from !== to) pairs.push([from, to]);
    }
    await session.close();
    const oldModule = (await import(pathToFileURL(path.resolve(o.old, 'bench/servers/serverProcess.js')).href)) as { spawnServer: typeof spawnServer };
    for (const spawn of [oldModule.spawnServer, spawnServer]) servers.push(await spawn({ entry: 'ourServer.js', neo4jUri: database.neo4j.uri, neo4jPassword: database.neo4j.password }));
    let same = 0;
    let total = 0;
    const lengths = new Map<string, number>();
    for (const [from, to] of pairs) {
      for (const [via, maxHops] of KIND_SETS) {
        for (const extra of [{}, { asOf: '2015', evidence: 'CITED' }]) {
          const variables = { from, to, via, maxHops, ...extra };
          const [before, after] = [await ask(servers[0]?.url ?? '', variables), await ask(servers[1]?.url ?? '', variables)];
          total += 1;
          const answer = JSON.parse(after) as { data?: { shortestConnection?: { length: number } | null }; errors?: Array<[string, string | undefined]> };
          const key = answer.errors ? `error ${answer.errors[0]?.[1] ?? ''}` : String(answer.data?.shortestConnection?.length ?? 'null');
          lengths.set(key, (lengths.get(key) ?? 0) + 1);
          if (before === after) same += 1;
          else say(`DIFFER ${JSON.stringify(variables)}\n  old ${before.slice(0, 600)}\n  new ${after.slice(0, 600)}`);
        }
      }
    }
    say(`connectionCompare: ${same} of ${total} answers identical; answers by length: ${JSON.stringify(Object.fromEntries(lengths))}`);
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`connectionCompare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
