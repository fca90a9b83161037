import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { OPERATION_NAMES, type OperationName } from './operations';

export interface BenchOptions {
  /** Scale label for the result file: `small`, `full` (the default scale) or `<actors>-actors`. */
  scale: string;
  actors: number;
  seed: number;
  /** Seconds of autocannon per operation and contender. */
  duration: number;
  concurrency: number;
  /** Sequential (concurrency 1) requests per operation and contender, before the time cap. */
  requests: number;
  /** Seconds after which a sequential series stops even if it has fewer requests (slow operations). */
  sequentialCapSeconds: number;
  warmup: number;
  /**
   * Seconds of unmeasured load at --concurrency before each contender's measured window (operations whose c=1
   * p50 is under LOAD_WARMUP_MAX_P50_MS only). The windows run ours, floor, peer in turn, so without it the first
   * contender of an operation paid the JIT warm-up of Neo4j's and its own concurrent paths.
   */
  loadWarmup: number;
  ops: OperationName[];
  /** Unset: 4096 / 2048 for the transactional import, sized for the store for the bulk load. */
  heapMb: number | undefined;
  pageCacheMb: number | undefined;
  /** How the graph is loaded: Neo4j's bulk importer into a new store (default) or the transactional importer. */
  importMethod: 'bulk' | 'transactional';
  /** Development and profiling: a Neo4j data folder kept between runs, imported once (not a fresh database). */
  keepDb: string | undefined;
  /** Only set up, check equivalence and print the fixtures: no timing. */
  checkOnly: boolean;
}

const DEFAULT_ACTORS = 100_000;
const SMALL_ACTORS = 5_000;

function whole(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min) throw new InvalidArgumentError(`must be a whole number of at least ${min}`);
    return n;
  };
}

export function operationList(value: string): OperationName[] {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const known: ReadonlySet<string> = new Set(OPERATION_NAMES);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown operation(s) ${unknown.join(', ')}; known: ${OPERATION_NAMES.join(', ')}`);
  return names as OperationName[];
}

function importMethod(value: string): 'bulk' | 'transactional' {
  if (value !== 'bulk' && value !== 'transactional') throw new InvalidArgumentError('must be bulk or transactional');
  return value;
}

/** Parses `npm run bench -- …`; `--small` changes the defaults, explicit options still win. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const program = new Command('bench')
    .description('Scale benchmark: ours vs a hand-written Cypher floor vs @neo4j/graphql, on a generated graph.')
    .option('--small', `quick run: ${SMALL_ACTORS} actors, shorter series`)
    .option('--actors <n>', `actors in the generated graph (default ${DEFAULT_ACTORS})`, whole(10))
    .option('--seed <n>', 'generator seed', whole(0), 1)
    .option('--duration <s>', 'seconds of load per operation and contender at --concurrency (default 10, small 5)', whole(1))
    .option('--concurrency <c>', 'connections of the load test', whole(1), 32)
    .option('--requests <n>', 'sequential requests per operation and contender (default 200, small 100)', whole(1))
    .option('--sequential-cap <s>', 'seconds after which a sequential series stops early (default 40, small 15)', whole(1))
    .option('--warmup <n>', 'warm-up requests per operation and contender', whole(0), 20)
    .option('--load-warmup <s>', 'unmeasured seconds of load before each contender\'s window at --concurrency (fast operations only; 0: none)', whole(0), 3)
    .option('--ops <list>', `comma-separated operations (default all: ${OPERATION_NAMES.join(',')})`, operationList)
    .option('--heap-mb <n>', 'Neo4j heap (default: sized for the store after a bulk load, 4096 for a transactional import)', whole(256))
    .option('--page-cache-mb <n>', 'Neo4j page cache (default: sized for the store after a bulk load, 2048 for a transactional import)', whole(64))
    .option('--import <method>', "bulk (Neo4j's importer into a new store, the default) or transactional (the project's importer into a running Neo4j)", importMethod, 'bulk')
    .option('--keep-db <dir>', 'development only: keep the Neo4j data in <dir> and import only once (results are not from a fresh database)')
    .option('--check-only', 'set up and check that the contenders agree, then stop')
    .parse([...argv], { from: 'user' });
  const o = program.opts<{
    small?: boolean;
    actors?: number;
    seed: number;
    duration?: number;
    concurrency: number;
    requests?: number;
    sequentialCap?: number;
    warmup: number;
    loadWarmup: number;
    ops?: OperationName[];
    heapMb?: number;
    pageCacheMb?: number;
    import: 'bulk' | 'transactional';
    keepDb?: string;
    checkOnly?: boolean;
  }>();
  const small = o.small === true;
  const actors = o.actors ?? (small ? SMALL_ACTORS : DEFAULT_ACTORS);
  return {
    scale: small && o.actors === undefined ? 'small' : actors === DEFAULT_ACTORS ? 'full' : `${actors}-actors`,
    actors,
    seed: o.seed,
    duration: o.duration ?? (small ? 5 : 10),
    concurrency: o.concurrency,
    requests: o.requests ?? (small ? 100 : 200),
    sequentialCapSeconds: o.sequentialCap ?? (small ? 15 : 40),
    warmup: o.warmup,
    loadWarmup: o.loadWarmup,
    ops: o.ops ?? [...OPERATION_NAMES],
    heapMb: o.heapMb,
    pageCacheMb: o.pageCacheMb,
    importMethod: o.import,
    keepDb: o.keepDb === undefined ? undefined : path.resolve(o.keepDb),
    checkOnly: o.checkOnly === true,
  };
}
