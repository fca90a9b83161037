/**
 * `node dist/bench/profile/abServers.js --keep-db DIR --old OTHER/dist --ops a,b [--rounds N]`: two builds of our
 * server on one Neo4j over a kept store, each operation requested of the old and the new server in turn (one
 * request each per round, after three warm-up rounds), so drift on a shared machine falls on both alike. Prints
 * each one's median and new/old, and whether the whole `data` of their answers is byte-identical (the answers of
 * the first round are compared; a difference is written to the system's temporary folder). OTHER is a checkout
 * of the old commit built with `npx tsc -p tsconfig.build.json`; the kept store is one `profile.js` or
 * `npm run bench -- --keep-db` imported. Development only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { post, requestFor } from '../contenders';
import { pickFixtures } from '../fixtures';
import { startBenchDatabase } from '../localDatabase';
import { buildOperations, OPERATION_NAMES, type OperationName } from '../operations';
import { createFloorDriver } from '../servers/floorServer';
import { spawnServer, type ServerProcess } from '../servers/serverProcess';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function operationName(value: string): OperationName {
  if (!(OPERATION_NAMES as readonly string[]).includes(value)) throw new InvalidArgumentError(`unknown operation ${value}`);
  return value as OperationName;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const o = new Command('abServers')
    .requiredOption('--keep-db <dir>', 'the kept Neo4j data folder (imported once)')
    .requiredOption('--old <dist>', "the old build's dist folder")
    .requiredOption('--ops <list>', 'comma-separated operations', (v) => v.split(',').map(operationName))
    .option('--rounds <n>', 'measured rounds per operation', (v) => Number(v), 20)
    .parse(process.argv.slice(2), { from: 'user' })
    .opts<{ keepDb: string; old: string; ops: OperationName[]; rounds: number }>();
  const database = await startBenchDatabase({ heapMb: 4096, pageCacheMb: 2048, searchPath: process.env['PATH'], javaHome: process.env['JAVA_HOME'], keepDir: path.resolve(o.keepDb) });
  const driver = createFloorDriver(database.neo4j.uri, database.neo4j.password);
  const servers: ServerProcess[] = [];
  try {
    const operations = buildOperations(await pickFixtures(driver));
    const oldModule = (await import(pathToFileURL(path.resolve(o.old, 'bench/servers/serverProcess.js')).href)) as { spawnServer: typeof spawnServer };
    const oldSpawn = oldModule.spawnServer;
    for (const spawn of [oldSpawn, spawnServer]) servers.push(await spawn({ entry: 'ourServer.js', neo4jUri: database.neo4j.uri, neo4jPassword: database.neo4j.password }));
    for (const name of o.ops) {
      const operation = operations[name];
      const times: [number[], number[]] = [[], []];
      const answers: Array<string | undefined> = [undefined, undefined];
      for (let round = -3; round < o.rounds; round++) {
        for (const [i, server] of servers.entries()) {
          const started = performance.now();
          const reply = await post(requestFor('ours', operation, { ours: server.url, floor: '', peer: '' }));
          const ms = performance.now() - started;
          const body = JSON.parse(reply.text) as { data?: unknown; errors?: unknown };
          if (body.errors !== undefined) throw new Error(`${i === 0 ? 'old' : 'new'} ${name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
          answers[i] ??= JSON.stringify(body.data);
          if (round >= 0) times[i]?.push(ms);
        }
      }
      const [before, after] = [median(times[0]), median(times[1])];
      const same = answers[0] === answers[1];
      if (!same) answers.forEach((answer, i) => fs.writeFileSync(path.join(os.tmpdir(), `ab-${name}-${i === 0 ? 'old' : 'new'}.json`), answer ?? ''));
      say(`${name}: ${o.rounds} rounds, p50 old ${before.toFixed(1)} ms, new ${after.toFixed(1)} ms, new/old ${(after / before).toFixed(2)}; answers ${same ? 'identical' : 'DIFFER'} (${answers[0]?.length ?? 0} / ${answers[1]?.length ?? 0} chars)`);
    }
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`abServers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
