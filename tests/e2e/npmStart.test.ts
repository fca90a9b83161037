import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { processExists } from '../support/localNeo4jOptions';
import { killStartedProcesses, startProcess } from '../support/startedProcess';

/** Pids of processes whose command line mentions `text` (here: a unique data folder of the local Neo4j). */
function pidsMentioning(text: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function postQuery(url: string, query: string): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> } };
}

const CLUSTER_QUERY = '{ cluster(id: "silicon-saxony") { name members(first: 3) { totalCount edges { node { id name kind } } } } }';

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-start-'));
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    PORT: '0',
    LOCAL_NEO4J_DIR: dataDir,
    LOCAL_NEO4J_BOLT_PORT: '0',
    LOCAL_NEO4J_HEAP_MB: '512',
    LOCAL_NEO4J_PAGECACHE_MB: '64',
    LOG_LEVEL: 'warn',
  };

  beforeAll(() => {
    // Built once here (a no-op after `npm test`'s pretest), so `npm start` below finds an unchanged tree.
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'buildIfChanged.mjs')], { cwd: projectRoot, stdio: 'ignore' });
  });

  // A test that failed half-way (a start that timed out under load) would leave its run holding the data folder.
  afterEach(killStartedProcesses);
  afterAll(() => {
    for (const pid of pidsMentioning(dataDir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts its own Neo4j, loads the seed graph and answers a cluster query within 90 s; Ctrl-C leaves no Java behind', async () => {
    const started = Date.now();
    const run = startProcess('npm', ['start'], { cwd: projectRoot, env });
    const [, url] = await run.waitFor(/GraphQL API at (http:\/\/\S+)/, 90_000);
    const { status, body } = await postQuery(url as string, CLUSTER_QUERY);
    const elapsed = Date.now() - started;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['cluster']).toMatchObject({ name: expect.stringMatching(/Silicon Saxony/) });
    expect(elapsed).toBeLessThan(90_000);
    const javaPids = pidsMentioning(dataDir);
    expect(javaPids.length).toBeGreaterThan(0);
    // The tree was built and has not changed: no codegen, tsc or vite ran again.
    expect(run.stdout() + run.stderr()).not.toMatch(/Generate to src\/generated|vite v\d|built in \d/);

    process.kill(-(run.child.pid as number), 'SIGINT');
    await run.exited;
    await waitUntil(() => javaPids.every((pid) => !processExists(pid)), 40_000);
    expect(pidsMentioning(dataDir)).toEqual([]);
  }, 180_000);

  it('knows an unchanged tree is built, and a changed input is not', () => {
    const script = path.join(projectRoot, 'scripts', 'buildIfChanged.mjs');
    const status = (): string => execFileSync(process.execPath, [script, '--print'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    expect(status()).toBe('up to date');
    const probe = path.join(projectRoot, 'schema', 'zz-build-probe.graphql');
    fs.writeFileSync(probe, '# probe\n');
    try {
      expect(status()).toBe('build needed');
    } finally {
      fs.rmSync(probe);
    }
    expect(status()).toBe('up to date');
  });

  it('keeps the data for the next start, and SIGTERM stops it cleanly', async () => {
    const run = startProcess(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], { cwd: projectRoot, env });
    const [, url] = await run.waitFor(/GraphQL API at (http:\/\/\S+)/, 90_000);
    expect(run.stdout()).not.toMatch(/loaded the seed graph/);
    const { body } = await postQuery(url as string, CLUSTER_QUERY);
    expect(body.data?.['cluster']).toMatchObject({ name: expect.stringMatching(/Silicon Saxony/) });
    const javaPids = pidsMentioning(dataDir);

    process.kill(run.child.pid as number, 'SIGTERM');
    const { code } = await run.exited;
    expect(code).toBe(0);
    await waitUntil(() => javaPids.every((pid) => !processExists(pid)), 40_000);
    expect(pidsMentioning(dataDir)).toEqual([]);
  }, 180_000);

  it('says how its own Neo4j died and exits non-zero when that Neo4j goes away', async () => {
    const run = startProcess(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], { cwd: projectRoot, env });
    await run.waitFor(/GraphQL API at (http:\/\/\S+)/, 90_000);
    const javaPids = pidsMentioning(dataDir);
    expect(javaPids.length).toBeGreaterThan(0);
    for (const pid of javaPids) process.kill(pid, 'SIGKILL');
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(/the local Neo4j exited \(SIGKILL\)/);
    expect(run.stderr()).toMatch(/stopping, as the GraphQL API cannot answer without it/);
  }, 180_000);

  it('says in one line that Java is missing and exits non-zero when no java is on PATH', async () => {
    const run = startProcess(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], {
      cwd: projectRoot,
      env: { ...env, PATH: '/nonexistent', JAVA_HOME: '' },
    });
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Java 17\+ is needed.*install a JDK.*NEO4J_URI/);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
