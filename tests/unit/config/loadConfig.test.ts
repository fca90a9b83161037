import path from 'node:path';
import { ConfigError, loadConfig, projectRoot } from '../../../src/config';

describe('loadConfig', () => {
  it('uses the documented defaults and the local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ kind: 'local', boltPort: 7687, dir: path.join(projectRoot, '.local', 'neo4j'), password: undefined });
  });

  it('talks to an existing Neo4j when NEO4J_URI is set, with its credentials and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'u', password: 'p', database: 'graph' });
  });

  it.each(['bolt://localhost:7687', 'neo4j://cluster.example:7687', 'bolt+s://h:7687', 'neo4j+ssc://h'])('accepts the URI scheme of %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).neo4j.kind).toBe('external');
  });

  it('refuses an http URI, a bad port and a short local password, naming each variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOCAL_NEO4J_PASSWORD: 'short' })).toThrow(/LOCAL_NEO4J_PASSWORD/);
    expect(() => loadConfig({ LOCAL_NEO4J_BOLT_PORT: 'abc' })).toThrow(ConfigError);
  });

  it('loads the sample overlay unless SEED_SAMPLES=false, and refuses other values', () => {
    expect(loadConfig({}).seedSamples).toBe(true);
    expect(loadConfig({ SEED_SAMPLES: 'false' }).seedSamples).toBe(false);
    expect(() => loadConfig({ SEED_SAMPLES: 'no' })).toThrow(/SEED_SAMPLES/);
  });

  it('needs a password for an external Neo4j', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD is required/);
  });

  it('takes LOCAL_NEO4J_DIR, LOCAL_NEO4J_BOLT_PORT=0 and LOCAL_NEO4J_PASSWORD', () => {
    const config = loadConfig({ LOCAL_NEO4J_DIR: '/tmp/x', LOCAL_NEO4J_BOLT_PORT: '0', LOCAL_NEO4J_PASSWORD: 'longenough' });
    expect(config.neo4j).toMatchObject({ kind: 'local', dir: '/tmp/x', boltPort: 0, password: 'longenough' });
  });
});
