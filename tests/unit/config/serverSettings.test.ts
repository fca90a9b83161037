import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';

describe('the server settings from the environment', () => {
  it('has the documented defaults', () => {
    // Other settings may sit beside these; this test owns the limits, introspection and the allow-list.
    expect(loadConfig({}).server).toMatchObject({
      limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, maxRootFields: 20, maxDirectives: 50, maxTokens: 5_000 },
      maxBodyBytes: 102_400,
      introspection: true,
      allowedOperationsFile: undefined,
    });
  });

  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).server.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).server.introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'false' }).server.introspection).toBe(false);
  });

  it('reads every limit and resolves the allow-list file', () => {
    const server = loadConfig({
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '1000',
      MAX_ALIASES: '5',
      MAX_ROOT_FIELDS: '4',
      MAX_DIRECTIVES: '3',
      MAX_QUERY_TOKENS: '900',
      MAX_BODY_BYTES: '2048',
      ALLOWED_OPERATIONS_FILE: 'ops.json',
    }).server;
    expect(server.limits).toEqual({ maxDepth: 8, maxCost: 1000, maxAliases: 5, maxRootFields: 4, maxDirectives: 3, maxTokens: 900 });
    expect(server.maxBodyBytes).toBe(2048);
    expect(server.allowedOperationsFile).toBe(path.resolve('ops.json'));
  });

  it('refuses values that are not positive whole numbers or booleans, naming the variable', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => loadConfig({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST/);
    expect(() => loadConfig({ MAX_BODY_BYTES: '1.5' })).toThrow(/MAX_BODY_BYTES/);
    expect(() => loadConfig({ INTROSPECTION: 'yes' })).toThrow(ConfigError);
  });
});
