import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../src/server/nodeFlags';
import { CONNECTION_ENV, READY_PREFIX } from './childConnection';

/** A contender's server running in its own child process. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGTERM, then SIGKILL after 10 s; resolves when the child has exited. */
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  /** The compiled entry point beside this file, e.g. 'ourServer.js'. */
  entry: string;
  neo4jUri: string;
  neo4jPassword: string;
  /** Node flags after the server's own, e.g. --cpu-prof. */
  nodeArgs?: readonly string[];
  /** The server's own V8 flags, SERVER_NODE_FLAGS unless given (bench/nodeFlagsAb.ts weighs other sets). */
  serverFlags?: readonly string[];
  /** Working folder (where --cpu-prof writes). */
  cwd?: string;
  /** Settings for the server (e.g. GRAPHQL_EXECUTION), over its documented defaults; bench/nodeFlagsAb.ts weighs them. */
  env?: Readonly<Record<string, string>>;
}

/**
 * Starts a server child and resolves with its URL once it prints the ready line. The child gets a clean
 * environment (PATH, NODE_ENV=production and the connection) and the same V8 flags (SERVER_NODE_FLAGS, as
 * `npm start` gives ours), so every contender runs under the same settings.
 */
export function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.serverFlags ?? SERVER_NODE_FLAGS), ...(options.nodeArgs ?? []), path.join(__dirname, options.entry)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: options.cwd,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      ...options.env,
      [CONNECTION_ENV.uri]: options.neo4jUri,
      [CONNECTION_ENV.password]: options.neo4jPassword,
    },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.entry} did not start within 120 s: ${stderr}`));
    }, 120_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (!line) return;
      clearTimeout(timer);
      resolve({ url: line.slice(READY_PREFIX.length).trim(), pid: child.pid ?? -1, stop: () => stopChild(child) });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${options.entry} exited before it was ready (${signal ?? `code ${code}`}): ${stderr}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
