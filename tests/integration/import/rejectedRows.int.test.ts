import path from 'node:path';
import { Writable } from 'node:stream';
import { main, type CommandIo } from '../../../src/cli/import';
import type { GraphClient } from '../../../src/graph/graphClient';
import { importGraph } from '../../../src/import';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { writeCsvFolder } from './importFixtures';

let graph: GraphClient;
const prefix = uniquePrefix('imprej');
const p = prefix;

beforeAll(() => {
  graph = createTestGraph();
});

afterAll(async () => {
  await deleteByPrefix(graph, prefix);
  await graph.close();
});

// Ten good companies and three bad ones, on lines 5, 9 and 13 (line 1 is the header).
const lines = ['id,name,size,lat,lon,sources'];
for (let k = 1; k <= 13; k += 1) {
  if (k === 4) lines.push(`${p}Bad-Id,Bad id,SMALL,,,fictional`);
  else if (k === 8) lines.push(`${p}co-${k},Too far north,SMALL,91.5,13,fictional`);
  else if (k === 12) lines.push(`${p}co-${k},,HUGE,,,fictional`);
  else lines.push(`${p}co-${k},"Company ${k}, Ltd",SMALL,51,13,fictional`);
}
const dir = writeCsvFolder({ 'companies.csv': lines });
const file = path.join(dir, 'companies.csv');

async function countOwnCompanies(): Promise<number> {
  const [row] = await graph.read({ name: 'test_count', text: 'MATCH (n:Company) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', params: { prefix } });
  return Number(row?.['n']);
}

function captureIo(): { io: CommandIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  return {
    io: { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: process.env, cwd: dir },
    out: () => out,
    err: () => err,
  };
}

describe('a file with good and bad rows', () => {
  it('imports the good rows and reports each bad one with its line and reason', async () => {
    const report = await importGraph(graph, [dir]);
    expect(report.nodes['Company']).toEqual({ rows: 13, cited: 0, sample: 10, created: 10, updated: 0, unchanged: 0, rejected: 3 });
    expect(report.rejects).toEqual([
      { file, line: 5, reason: `id: "${p}Bad-Id" is not a valid id: use lowercase letters and digits in parts joined by "-" or ".", at most 100 characters` },
      { file, line: 9, reason: 'lat: must be a number from -90 to 90, got "91.5"' },
      { file, line: 13, reason: 'name: is required; size: "HUGE" is not one of MICRO, SMALL, MEDIUM, LARGE' },
    ]);
    expect(await countOwnCompanies()).toBe(10);
  });

  it('makes the CLI exit with 1 and list the rejected lines', async () => {
    const { io, out } = captureIo();
    expect(await main([dir, '--batch-size', '3'], io)).toBe(1);
    expect(out()).toMatch(/^Company +13 +0 +10 +0 +0 +10 +3$/m);
    expect(out()).toContain('companies.csv:9: lat: must be a number from -90 to 90');
    expect(await countOwnCompanies()).toBe(10);
  });

  it('makes the CLI exit with 0 when nothing is rejected', async () => {
    const good = writeCsvFolder({ 'companies.csv': [lines[0] ?? '', lines[1] ?? ''] });
    const { io } = captureIo();
    expect(await main([good], io)).toBe(0);
  });

  it('makes the CLI exit with 2 on bad arguments or a missing input', async () => {
    const missing = captureIo();
    expect(await main([path.join(dir, 'nothing-here')], missing.io)).toBe(2);
    expect(missing.err()).toContain('Input not found');
    expect(await main([dir, '--batch-size', '0'], captureIo().io)).toBe(2);
    expect(await main([], captureIo().io)).toBe(2);
  });

  it('makes the CLI exit with 2 when Neo4j is unreachable', async () => {
    const { io, err } = captureIo();
    // The CLI retries as long as NEO4J_CONNECT_TIMEOUT_MS says, like the server at start.
    io.env = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant', NEO4J_CONNECT_TIMEOUT_MS: '1500' };
    expect(await main([dir], io)).toBe(2);
    expect(err()).toMatch(/import failed: .*did not answer within 1500 ms/);
  });
});
