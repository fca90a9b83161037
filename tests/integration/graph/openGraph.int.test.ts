import { loadConfig } from '../../../src/config';
import { GraphAccessError, openGraph } from '../../../src/graph';

/**
 * A wrong password or an unknown database stops openGraph at once, with one line naming the variable to fix,
 * instead of a minute of "Neo4j not reachable yet" retries. Run against the test Neo4j of the global setup.
 */
describe('openGraph refused by Neo4j', () => {
  const testConfig = loadConfig();
  if (testConfig.neo4j.kind !== 'external') throw new Error('the jest global setup did not export NEO4J_URI');
  const { uri, username, password } = testConfig.neo4j;

  async function attempt(env: Record<string, string>): Promise<{ error: unknown; retries: number; ms: number }> {
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_CONNECT_TIMEOUT_MS: '60000', ...env });
    let retries = 0;
    const started = Date.now();
    try {
      const opened = await openGraph(config, { onRetry: () => void (retries += 1) });
      await opened.close();
      return { error: undefined, retries, ms: Date.now() - started };
    } catch (error) {
      return { error, retries, ms: Date.now() - started };
    }
  }

  it('stops at once on a wrong password and names NEO4J_PASSWORD', async () => {
    const { error, retries, ms } = await attempt({ NEO4J_PASSWORD: 'certainly-not-the-password' });
    expect(error).toBeInstanceOf(GraphAccessError);
    expect((error as GraphAccessError).reason).toBe('credentials');
    expect((error as Error).message).toMatch(/refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect((error as Error).message).not.toContain('certainly-not-the-password');
    expect((error as Error).message).not.toContain('\n');
    expect(retries).toBe(0);
    expect(ms).toBeLessThan(30_000);
  });

  it('stops at once on an unknown database and names NEO4J_DATABASE', async () => {
    const { error, retries } = await attempt({ NEO4J_DATABASE: 'nosuchdatabase' });
    expect(error).toBeInstanceOf(GraphAccessError);
    expect((error as GraphAccessError).reason).toBe('database');
    expect((error as Error).message).toMatch(/has no database "nosuchdatabase": set NEO4J_DATABASE/);
    expect(retries).toBe(0);
  });

  it('still opens with the right settings', async () => {
    expect((await attempt({})).error).toBeUndefined();
  });
});
