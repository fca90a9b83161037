/**
 * The one place that reads the environment. Everything else receives a typed, validated `Config`.
 * Names are fixed by the design notes (scripts, tests and notebooks rely on them).
 */
import path from 'node:path';
import { z } from 'zod';

/** The project's root folder (where package.json lives), whether running from src/ or dist/src/. */
export const projectRoot: string = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  // src/config.ts and dist/src/config.js both sit one level under a folder that holds package.json.
  const up = path.resolve(start, '..');
  return path.basename(up) === 'dist' ? path.resolve(up, '..') : up;
}

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  PORT: port.default(4000),
  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
      .optional(),
  ),
  NEO4J_USERNAME: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  LOCAL_NEO4J_DIR: optionalString,
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_PASSWORD: optionalString.pipe(z.string().min(8, 'must be at least 8 characters').optional()),
  LOCAL_NEO4J_HEAP_MB: positiveInt.optional(),
  LOCAL_NEO4J_PAGECACHE_MB: positiveInt.optional(),
  LOCAL_NEO4J_START_TIMEOUT_MS: positiveInt.default(120_000),
  QUERY_TIMEOUT_MS: positiveInt.default(15_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: optionalString,
  SEED_DIR: optionalString,
  SEED_SAMPLES: z.enum(['true', 'false']).default('true'),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt.default(60_000),
  PATH: optionalString,
  JAVA_HOME: optionalString,
  // Writes and access control (README "Writes and access control"): API keys file, and whether reads need a key.
  API_KEYS_FILE: optionalString,
  READS_REQUIRE_AUTH: z.enum(['true', 'false']).default('false'),
  // Limits and production settings of the HTTP server (README "Limits and production settings").
  MAX_QUERY_DEPTH: positiveInt.default(12),
  MAX_QUERY_COST: positiveInt.default(25_000),
  MAX_ALIASES: positiveInt.default(30),
  MAX_ROOT_FIELDS: positiveInt.default(20),
  MAX_DIRECTIVES: positiveInt.default(50),
  MAX_QUERY_TOKENS: positiveInt.default(5_000),
  MAX_BODY_BYTES: positiveInt.default(102_400),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  EXPLAIN_QUERIES: z.enum(['true', 'false']).default('false'),
  GRAPHQL_EXECUTION: z.enum(['jit', 'graphql-js']).default('jit'),
  // Plan every traversal statement in the background after start (docs/statements.md); tests turn it off.
  WARM_PLANS: z.enum(['true', 'false']).default('true'),
  ALLOWED_OPERATIONS_FILE: optionalString,
});

/** How to reach Neo4j: either an existing server or the project's own local one. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string | undefined }
  | {
      kind: 'local';
      dir: string;
      boltPort: number;
      password: string | undefined;
      /** Unset: derived from the store size and the machine when Neo4j starts (graph/local/memorySettings.ts). */
      heapMb: number | undefined;
      pageCacheMb: number | undefined;
      startTimeoutMs: number;
      /** Where to look for java and mvn. */
      searchPath: string | undefined;
      javaHome: string | undefined;
    };

/** Limits every GraphQL document must keep before it runs; past any of them it is refused with QUERY_TOO_COMPLEX. */
export interface QueryLimits {
  /** Deepest field nesting, counted through fragments. */
  maxDepth: number;
  /** Highest estimated cost (list fields weighed by `first`, traversals by their depth, tiers or hops). */
  maxCost: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Most fields at the root of one operation. */
  maxRootFields: number;
  /** Most directive uses in one document. */
  maxDirectives: number;
  /** Most lexical tokens in one document; the parser stops there (GRAPHQL_PARSE_FAILED). */
  maxTokens: number;
}

/** Which engine runs a query document: `jit` compiles the repeated ones, `graphql-js` interprets every one. */
export type ExecutionEngine = 'jit' | 'graphql-js';

/** How the HTTP server treats requests: limits, introspection, the allow-list. */
export interface ServerSettings {
  limits: QueryLimits;
  /** Largest accepted request body, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Whether the schema can be introspected. */
  introspection: boolean;
  /** A JSON file mapping sha256 → document: when set, only those documents run. */
  allowedOperationsFile: string | undefined;
  /**
   * Operator-only: requests with the header `x-explain: plan` (from an admin key when keys are configured) get
   * the Cypher they ran, with plans, in `extensions.queries`. Off by default; never needed in production.
   */
  explainQueries: boolean;
  /**
   * `jit`: a query document run more than once is compiled by graphql-jit; `graphql-js`: every query is
   * interpreted by graphql-js (src/server/execution).
   */
  execution: ExecutionEngine;
}

export interface Config {
  /** HTTP port of the GraphQL server; 0 picks a free one. */
  port: number;
  /** Address the HTTP server binds to; loopback unless set. */
  host: string;
  /** How long to keep retrying (with backoff) when Neo4j does not answer at start. */
  connectTimeoutMs: number;
  neo4j: Neo4jTarget;
  /** Transaction timeout for every query a request runs. */
  queryTimeoutMs: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
  /** Folder of the seed graph loaded into an empty database. */
  seedDir: string;
  /** Plan every statement of the catalogue in the background once the seed graph is loaded (src/graph/planWarming.ts). */
  warmPlans: boolean;
  /** Whether the sample overlay (`<seedDir>/samples`) loads on top of the cited seed graph. */
  seedSamples: boolean;
  /** Writes and access control: the API keys file (one `{id, role, hash}` per line) and whether reads need a key. */
  auth: { apiKeysFile: string | undefined; readsRequireAuth: boolean };
  /** Limits, introspection and the allow-list of the HTTP server. */
  server: ServerSettings;
}

/** Thrown when the environment is invalid; the message is one line that says what to change. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the configuration; throws ConfigError naming every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  let neo4j: Neo4jTarget;
  if (e.NEO4J_URI !== undefined) {
    if (e.NEO4J_PASSWORD === undefined) {
      throw new ConfigError('Invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set');
    }
    neo4j = {
      kind: 'external',
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME ?? 'neo4j',
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  } else {
    neo4j = {
      kind: 'local',
      dir: path.resolve(e.LOCAL_NEO4J_DIR ?? path.join(projectRoot, '.local', 'neo4j')),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      password: e.LOCAL_NEO4J_PASSWORD,
      heapMb: e.LOCAL_NEO4J_HEAP_MB,
      pageCacheMb: e.LOCAL_NEO4J_PAGECACHE_MB,
      startTimeoutMs: e.LOCAL_NEO4J_START_TIMEOUT_MS,
      searchPath: e.PATH,
      javaHome: e.JAVA_HOME,
    };
  }
  return {
    port: e.PORT,
    host: e.HOST,
    connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    neo4j,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    seedDir: path.resolve(e.SEED_DIR ?? path.join(projectRoot, 'seeds')),
    warmPlans: e.WARM_PLANS === 'true',
    seedSamples: e.SEED_SAMPLES === 'true',
    auth: { apiKeysFile: e.API_KEYS_FILE === undefined ? undefined : path.resolve(e.API_KEYS_FILE), readsRequireAuth: e.READS_REQUIRE_AUTH === 'true' },
    server: {
      limits: {
        maxDepth: e.MAX_QUERY_DEPTH,
        maxCost: e.MAX_QUERY_COST,
        maxAliases: e.MAX_ALIASES,
        maxRootFields: e.MAX_ROOT_FIELDS,
        maxDirectives: e.MAX_DIRECTIVES,
        maxTokens: e.MAX_QUERY_TOKENS,
      },
      maxBodyBytes: e.MAX_BODY_BYTES,
      // A production schema is not advertised unless asked for; in development it feeds tools like GraphiQL.
      introspection: e.INTROSPECTION === undefined ? e.NODE_ENV !== 'production' : e.INTROSPECTION === 'true',
      explainQueries: e.EXPLAIN_QUERIES === 'true',
      execution: e.GRAPHQL_EXECUTION,
      allowedOperationsFile: e.ALLOWED_OPERATIONS_FILE === undefined ? undefined : path.resolve(e.ALLOWED_OPERATIONS_FILE),
    },
  };
}
