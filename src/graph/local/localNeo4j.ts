import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { prepareLocalJvm } from './localJvm';
import { LocalNeo4jError } from './localNeo4jError';
import { resolveLocalPassword } from './localPassword';

export interface LocalNeo4jOptions {
  /** Data folder; created when missing. */
  dir: string;
  /** Bolt port on 127.0.0.1; 0 lets Neo4j pick a free one. */
  boltPort: number;
  /** Password of user neo4j; generated and kept in the data folder when undefined. */
  password: string | undefined;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** Folder of the Maven project (neo4j/). */
  neo4jProjectDir: string;
  /** PATH and JAVA_HOME to look for java and mvn; passed in so only config reads the environment. */
  searchPath: string | undefined;
  javaHome: string | undefined;
  /** Receives the child's diagnostic output lines. */
  onLog?: (line: string) => void;
  /** False starts without the class-data archive (classDataArchive.ts): the start bench's comparison. */
  classDataArchive?: boolean;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  uri: string;
  username: 'neo4j';
  password: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s). Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Null while Neo4j runs; once it has exited, how (exit code or signal) and its last output lines, e.g. the
   * JVM's "Terminating due to java.lang.OutOfMemoryError" (it runs with ExitOnOutOfMemoryError), so a caller
   * whose connections fail can say why.
   */
  exitReport(): string | null;
  /** Resolves with `exitReport()` once Neo4j has exited, whether stopped or not. */
  exited: Promise<string>;
}

const READY = /^LOCAL_NEO4J_READY (bolt:\/\/\S+)/;
const FAILURE = /^LOCAL_NEO4J_ERROR (\w+) (.*)$/;
const STOP_GRACE_MS = 30_000;
// Output lines kept for exitReport: enough for the JVM's last words, bounded for a long run.
const KEPT_LINES = 20;
const running = new Set<ChildProcess>();

/**
 * Starts the project's own Neo4j as a child process and resolves once Bolt accepts connections.
 * The child is stopped when this process exits or gets SIGINT/SIGTERM, and it stops itself when its stdin
 * closes, so a crash of this process leaves no orphan either.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { java, build, classpathArgs } = prepareLocalJvm({
    neo4jDir: options.neo4jProjectDir,
    searchPath: options.searchPath,
    javaHome: options.javaHome,
    ...(options.classDataArchive !== undefined ? { classDataArchive: options.classDataArchive } : {}),
  });
  if (options.boltPort !== 0) await assertPortFree(options.boltPort);
  fs.mkdirSync(options.dir, { recursive: true });
  const password = resolveLocalPassword(options.dir, options.password);

  const child = spawn(
    java.executable,
    [
      `-Xms${Math.min(256, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...classpathArgs,
      build.mainClass,
      '--data',
      options.dir,
      '--port',
      String(options.boltPort),
      '--pagecache-mb',
      String(options.pageCacheMb),
      '--exit-on-stdin-eof',
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: options.searchPath ?? '', CLUSTERGRAPH_LOCAL_NEO4J_PASSWORD: password },
    },
  );
  running.add(child);
  installExitHooks();

  const lastLines: string[] = [];
  let exited: string | null = null;
  const keep = (line: string): void => {
    lastLines.push(line);
    if (lastLines.length > KEPT_LINES) lastLines.shift();
  };
  const report = (how: string): string => `the local Neo4j exited (${how})${lastLines.length > 0 ? `; its last output:\n${lastLines.join('\n')}` : ''}`;
  const exitedPromise = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = signal ?? `exit code ${code}`;
      resolve(report(exited));
    }),
  );
  const uri = await waitForReady(child, { ...options, onLog: (line) => (keep(line), options.onLog?.(line)) });
  let stopping: Promise<void> | undefined;
  return {
    uri,
    username: 'neo4j',
    password,
    pid: child.pid ?? -1,
    stop: () => (stopping ??= stopChild(child)),
    exitReport: () => (exited === null ? null : report(exited)),
    exited: exitedPromise,
  };
}

function waitForReady(child: ChildProcess, options: LocalNeo4jOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let failure: LocalNeo4jError | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      settle(() => {
        void stopChild(child);
        reject(
          new LocalNeo4jError(
            `The local Neo4j did not accept Bolt connections within ${options.startTimeoutMs} ms: see ${path.join(options.dir, 'logs', 'debug.log')}, or raise LOCAL_NEO4J_START_TIMEOUT_MS.`,
            'START_TIMEOUT',
          ),
        );
      });
    }, options.startTimeoutMs);

    onLines(child.stdout, (line) => {
      const ready = READY.exec(line);
      if (ready?.[1]) settle(() => resolve(ready[1] as string));
      else options.onLog?.(line);
    });
    onLines(child.stderr, (line) => {
      const failed = FAILURE.exec(line);
      if (failed) failure = describeFailure(failed[1] ?? 'FAILED', failed[2] ?? '', options);
      else options.onLog?.(line);
    });
    child.once('error', (error) => settle(() => reject(new LocalNeo4jError(`The local Neo4j could not be started: ${error.message}`, 'START_FAILED'))));
    child.once('exit', (code, signal) => {
      running.delete(child);
      settle(() =>
        reject(
          failure ??
            new LocalNeo4jError(
              `The local Neo4j exited before it was ready (${signal ?? `exit code ${code}`}): see ${path.join(options.dir, 'logs', 'debug.log')}.`,
              'START_FAILED',
            ),
        ),
      );
    });
  });
}

function describeFailure(kind: string, detail: string, options: LocalNeo4jOptions): LocalNeo4jError {
  switch (kind) {
    case 'PORT_IN_USE':
      return new LocalNeo4jError(
        `Bolt port ${options.boltPort} on 127.0.0.1 is in use: stop what holds it, or set LOCAL_NEO4J_BOLT_PORT to another port (0 picks a free one).`,
        'PORT_IN_USE',
      );
    case 'DATA_LOCKED':
      return new LocalNeo4jError(
        `The data folder ${options.dir} is locked by another running Neo4j: stop that run, or set LOCAL_NEO4J_DIR to another folder.`,
        'DATA_LOCKED',
      );
    default:
      return new LocalNeo4jError(`The local Neo4j failed to start: ${detail}`, 'START_FAILED');
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new LocalNeo4jError(
          `Bolt port ${port} on 127.0.0.1 is in use: stop what holds it, or set LOCAL_NEO4J_BOLT_PORT to another port (0 picks a free one).`,
          'PORT_IN_USE',
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function onLines(stream: NodeJS.ReadableStream | null, handle: (line: string) => void): void {
  if (!stream) return;
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      handle(buffered.slice(0, newline).trimEnd());
      buffered = buffered.slice(newline + 1);
    }
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      running.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let hooksInstalled = false;

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // On exit only synchronous work runs: a SIGTERM is enough, the JVM's shutdown hook does the clean stop.
  process.once('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}
