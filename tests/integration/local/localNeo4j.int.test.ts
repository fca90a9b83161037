import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createDriver, GraphClient } from '../../../src/graph';
import { LocalNeo4jError, PASSWORD_FILE, startLocalNeo4j, type LocalNeo4j } from '../../../src/graph/local';
import { extraLocalNeo4jOptions, processExists } from '../../support/localNeo4jOptions';
import { createTestGraph } from '../../support/testGraph';

async function failureOf(start: Promise<LocalNeo4j>): Promise<LocalNeo4jError> {
  try {
    const started = await start;
    await started.stop();
  } catch (error) {
    if (error instanceof LocalNeo4jError) return error;
    throw error;
  }
  throw new Error('expected the start to fail');
}

describe('the local Neo4j', () => {
  const options = extraLocalNeo4jOptions();
  let second: LocalNeo4j;

  beforeAll(async () => {
    second = await startLocalNeo4j(options);
  });

  afterAll(async () => {
    await second?.stop();
    fs.rmSync(options.dir, { recursive: true, force: true });
  });

  it('runs beside the test run’s Neo4j, with its own folder, port and data', async () => {
    const runGraph = createTestGraph();
    const graph = new GraphClient(createDriver(second.uri, second.username, second.password), { database: undefined, timeoutMs: 10_000 });
    try {
      await graph.write({ name: 't', text: 'CREATE (:Marker {value: $v})', params: { v: 'second' } });
      const [here] = await graph.read({ name: 't', text: 'MATCH (m:Marker) RETURN collect(m.value) AS values' });
      const [there] = await runGraph.read({ name: 't', text: 'MATCH (m:Marker) RETURN count(m) AS n' });
      expect(here?.['values']).toEqual(['second']);
      expect(there?.['n']).toBe(0);
      expect(second.uri).not.toBe(process.env['NEO4J_URI']);
    } finally {
      await graph.close();
      await runGraph.close();
    }
  });

  it('runs with authentication on: a wrong password is refused', async () => {
    const graph = new GraphClient(createDriver(second.uri, 'neo4j', 'wrong-password'), { database: undefined, timeoutMs: 10_000 });
    try {
      await expect(graph.read({ name: 't', text: 'RETURN 1' })).rejects.toThrow(/auth|credentials|unauthorized/i);
    } finally {
      await graph.close();
    }
  });

  it('keeps the generated password in the data folder, readable by its owner only', () => {
    const file = path.join(options.dir, PASSWORD_FILE);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(second.password);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves no initial-password file behind after the first start (user neo4j was made from it)', () => {
    expect(fs.existsSync(path.join(options.dir, 'data', 'dbms', 'auth.ini'))).toBe(false);
    expect(fs.existsSync(path.join(options.dir, 'data', 'databases', 'system'))).toBe(true);
  });

  it('refuses a data folder another run holds, in one line that says what to do', async () => {
    const error = await failureOf(startLocalNeo4j({ ...options, boltPort: 0 }));
    expect(error.reason).toBe('DATA_LOCKED');
    expect(error.message).toMatch(/locked by another running Neo4j.*LOCAL_NEO4J_DIR/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a Bolt port in use, in one line that says what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const other = extraLocalNeo4jOptions({ boltPort: port });
    try {
      const error = await failureOf(startLocalNeo4j(other));
      expect(error.reason).toBe('PORT_IN_USE');
      expect(error.message).toContain(`Bolt port ${port}`);
      expect(error.message).toContain('LOCAL_NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
      fs.rmSync(other.dir, { recursive: true, force: true });
    }
  });

  it('stops without leaving its process behind, and keeps the data for the next start', async () => {
    const pid = second.pid;
    expect(second.exitReport()).toBeNull();
    await second.stop();
    expect(processExists(pid)).toBe(false);
    expect(second.exitReport()).toMatch(/^the local Neo4j exited \(/);

    second = await startLocalNeo4j(options);
    const graph = new GraphClient(createDriver(second.uri, second.username, second.password), { database: undefined, timeoutMs: 10_000 });
    try {
      const [row] = await graph.read({ name: 't', text: 'MATCH (m:Marker) RETURN collect(m.value) AS values' });
      expect(row?.['values']).toEqual(['second']);
    } finally {
      await graph.close();
    }
  });

  it('takes a changed password on a kept store: the new one logs in, the old one is refused', async () => {
    const before = second.password;
    await second.stop();
    second = await startLocalNeo4j({ ...options, password: 'a-changed-password-42' });
    expect(second.password).toBe('a-changed-password-42');
    const changed = new GraphClient(createDriver(second.uri, 'neo4j', 'a-changed-password-42'), { database: undefined, timeoutMs: 10_000 });
    const old = new GraphClient(createDriver(second.uri, 'neo4j', before), { database: undefined, timeoutMs: 10_000 });
    try {
      const [row] = await changed.read({ name: 't', text: 'MATCH (m:Marker) RETURN collect(m.value) AS values' });
      expect(row?.['values']).toEqual(['second']);
      await expect(old.read({ name: 't', text: 'RETURN 1' })).rejects.toThrow(/auth|credentials|unauthorized/i);
    } finally {
      await changed.close();
      await old.close();
    }
  });

  it('says how it died when it goes away on its own, with its last output', async () => {
    const victim = second;
    process.kill(victim.pid, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (victim.exitReport() === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(victim.exitReport()).toMatch(/^the local Neo4j exited \(SIGKILL\)/);
  });
});
