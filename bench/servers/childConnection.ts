/**
 * How a server child learns where Neo4j is: the bench passes the URI and password in its environment (never
 * on the command line, where the process list would show the password). Read here only.
 */
export interface ChildConnection {
  uri: string;
  password: string;
}

export const CONNECTION_ENV = { uri: 'BENCH_NEO4J_URI', password: 'BENCH_NEO4J_PASSWORD' } as const;

export function readChildConnection(env: NodeJS.ProcessEnv = process.env): ChildConnection {
  const uri = env[CONNECTION_ENV.uri];
  const password = env[CONNECTION_ENV.password];
  if (!uri || !password) throw new Error(`${CONNECTION_ENV.uri} and ${CONNECTION_ENV.password} must be set`);
  return { uri, password };
}

/** The line a server child prints once it listens; the bench waits for it. */
export const READY_PREFIX = 'BENCH_SERVER_READY ';

export function announceReady(url: string): void {
  process.stdout.write(`${READY_PREFIX}${url}\n`);
}

/** Stops the child cleanly on SIGTERM (the bench's stop) and when the bench dies (stdin closes). */
export function stopOn(stop: () => Promise<void>): void {
  let stopping = false;
  const run = (): void => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', run);
  process.stdin.on('end', run);
  process.stdin.resume();
}
