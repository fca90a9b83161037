/**
 * `npm run notebooks [-- notebook.ipynb …] [--url URL]`: executes the example notebooks (examples/notebooks) headless
 * and fails when any cell raises, so the notebooks cannot rot. Without --url it starts its own server, as
 * `npm start` does but on a free port with a throw-away local Neo4j (which loads the seed graph), and stops it
 * afterwards. The notebooks are committed without outputs; the executed copies, with outputs, are written to
 * .local/notebooks/ for a look.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config';
import { SERVER_NODE_FLAGS } from '../server/nodeFlags';
import { parseArguments, processIo, type CommandIo } from './commandIo';

/** Debian's Python: the `python3` on PATH may be another one without Debian's packages (see TOOLCHAIN.md). */
export const PYTHON = '/usr/bin/python3';
export const NOTEBOOK_DIR = path.join(projectRoot, 'examples', 'notebooks');
export const OUTPUT_DIR = path.join(projectRoot, '.local', 'notebooks');
export const DEBIAN_PACKAGES = ['python3-nbclient', 'python3-ipykernel', 'python3-pandas', 'python3-networkx', 'python3-requests', 'python3-matplotlib'];
const PYTHON_MODULES = ['nbclient', 'nbformat', 'ipykernel', 'pandas', 'networkx', 'requests', 'matplotlib'];

/** The first start may fetch Neo4j from Maven Central; loading the seed graph takes half a minute. */
const SERVER_START_TIMEOUT_MS = 600_000;
const SERVER_STOP_TIMEOUT_MS = 60_000;
const URL_LINE = /GraphQL API at (http:\/\/\S+\/graphql)/;

// nbclient runs every cell with a per-cell timeout and raises CellExecutionError on the first failing one; the
// notebook is written either way, so the output shows where it failed.
const EXECUTE_SCRIPT = `
import os, re, sys, nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
source, target = sys.argv[1], sys.argv[2]
nb = nbformat.read(source, as_version=4)
client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": os.path.dirname(source)}})
try:
    client.execute()
    ok = True
except CellExecutionError as error:
    # Tracebacks come coloured for a terminal; CI logs read better without the escape codes.
    print(re.sub(r"\x1b\\[[0-9;]*m", "", str(error))[-6000:], file=sys.stderr)
    ok = False
finally:
    nbformat.write(nb, target)
print(sum(1 for c in nb.cells if c.cell_type == "code"))
sys.exit(0 if ok else 1)
`;

/** The server this run started: stoppable from the moment it is spawned, so a signal during start-up stops it too. */
interface StartedServer {
  /** Resolves with the GraphQL URL once the server prints it; rejects when it exits or times out first. */
  ready: Promise<string>;
  /** SIGTERM, wait (SIGKILL after a grace time), remove the data folder; safe to call more than once. */
  stop(): Promise<void>;
}

/** Runs the command; resolves to the exit code (0 all notebooks ran, 1 a notebook failed, 2 could not run). */
export async function main(args: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const program = new Command('notebooks')
    .description('Execute the example notebooks headless against a fresh server with the seed graph; fail on any cell error.')
    .argument('[notebooks...]', 'notebooks to run (default: every examples/notebooks/*.ipynb)')
    .option('--url <url>', 'use this running GraphQL endpoint instead of starting a server');
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const say = (line: string): void => void io.stdout.write(`${line}\n`);
  const notebooks = program.args.length > 0 ? program.args.map((file) => path.resolve(io.cwd, file)) : listNotebooks();
  if (notebooks.length === 0) {
    io.stderr.write(`notebooks: no notebooks in ${NOTEBOOK_DIR}\n`);
    return 2;
  }
  const missing = missingPythonModules();
  if (missing !== null) {
    io.stderr.write(
      `notebooks: ${PYTHON} cannot import ${missing}. Install Debian's packages:\n  apt-get update && apt-get install -y ${DEBIAN_PACKAGES.join(' ')}\n`,
    );
    return 2;
  }

  const url: string | undefined = program.opts<{ url?: string }>().url;
  let server: StartedServer | undefined;
  const stopOnSignal = (signal: NodeJS.Signals): void => {
    say(`notebooks: ${signal} received, stopping the server…`);
    void (server?.stop() ?? Promise.resolve()).then(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    let endpoint = url;
    if (endpoint === undefined) {
      say('notebooks: starting a server with a fresh local Neo4j and the seed graph…');
      server = startServer(io);
      endpoint = await server.ready;
      say(`notebooks: server at ${endpoint}`);
    }
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    let failed = 0;
    for (const notebook of notebooks) {
      const result = await executeNotebook(notebook, endpoint, io.env);
      const name = path.basename(notebook);
      if (result.ok) say(`notebooks: ok      ${name} (${result.cells} code cells, ${result.seconds.toFixed(1)} s) → ${path.relative(io.cwd, result.output)}`);
      else {
        failed += 1;
        say(`notebooks: FAILED  ${name} (${result.seconds.toFixed(1)} s) → ${path.relative(io.cwd, result.output)}`);
        io.stderr.write(`${result.error}\n`);
      }
    }
    say(`notebooks: ${notebooks.length - failed} of ${notebooks.length} ran without errors`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    io.stderr.write(`notebooks: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    if (server) {
      await server.stop();
      say('notebooks: server stopped');
    }
  }
}

/** Every notebook of examples/notebooks, by name. */
export function listNotebooks(): string[] {
  return fs
    .readdirSync(NOTEBOOK_DIR)
    .filter((file) => file.endsWith('.ipynb'))
    .sort()
    .map((file) => path.join(NOTEBOOK_DIR, file));
}

/** The first module Debian's Python cannot import, or null when all are there. */
function missingPythonModules(): string | null {
  for (const module of PYTHON_MODULES) {
    const check = spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    if (check.status !== 0) return module;
  }
  return null;
}

/**
 * `node dist/src/main.js` (with npm start's V8 flags) with PORT=0, a temporary LOCAL_NEO4J_DIR and
 * LOCAL_NEO4J_BOLT_PORT=0, so it never meets a developer's server or data; the URL comes from the line main.js
 * prints. Stopping sends SIGTERM, on which main.js stops the HTTP server and its Neo4j, and waits for the process
 * to end, so no Java process is left.
 */
function startServer(io: CommandIo): StartedServer {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-notebooks-neo4j-'));
  const env: NodeJS.ProcessEnv = { ...io.env, PORT: '0', LOCAL_NEO4J_DIR: dataDir, LOCAL_NEO4J_BOLT_PORT: '0', LOG_LEVEL: io.env['LOG_LEVEL'] ?? 'warn' };
  // An external Neo4j would not be fresh; this run always uses its own.
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'LOCAL_NEO4J_PASSWORD']) delete env[name];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(projectRoot, 'dist', 'src', 'main.js')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  // Kept short: the server runs for the whole session, and only its last lines matter when it fails.
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await waitOrKill(child, exited);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    })());

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print its URL within ${SERVER_START_TIMEOUT_MS / 1000} s`)), SERVER_START_TIMEOUT_MS);
    const onData = (): void => {
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready:\n${output.slice(-3000)}`));
    });
  });
  return { ready, stop };
}

/** Waits for the process to end after SIGTERM; SIGKILL after the grace time (its Neo4j then stops on stdin EOF). */
async function waitOrKill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), SERVER_STOP_TIMEOUT_MS)));
  const outcome = await Promise.race([exited.then(() => 'exited' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

interface NotebookResult {
  ok: boolean;
  cells: number;
  seconds: number;
  output: string;
  error: string;
}

/**
 * Executes one notebook with Debian's Python and Jupyter kernel; the executed copy goes to OUTPUT_DIR. Asynchronous
 * on purpose: the server's output must keep draining while a notebook runs, or the server would block on a full pipe.
 */
async function executeNotebook(notebook: string, url: string, baseEnv: NodeJS.ProcessEnv): Promise<NotebookResult> {
  const output = path.join(OUTPUT_DIR, path.basename(notebook));
  const mplConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-mpl-'));
  // Removed when the notebook ends, and on exit should a signal end the run (process.exit) while it runs.
  const removeMplConfig = (): void => fs.rmSync(mplConfig, { recursive: true, force: true });
  process.once('exit', removeMplConfig);
  try {
    return await runNotebook(notebook, output, mplConfig, baseEnv, url);
  } finally {
    process.off('exit', removeMplConfig);
    removeMplConfig();
  }
}

/** Runs the notebook in a child Python with matplotlib's config in mplConfig; see executeNotebook. */
async function runNotebook(notebook: string, output: string, mplConfig: string, baseEnv: NodeJS.ProcessEnv, url: string): Promise<NotebookResult> {
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    CLUSTERGRAPH_URL: url,
    // Headless: no display for matplotlib, no debugger warnings from the kernel about frozen modules.
    MPLBACKEND: 'Agg',
    MPLCONFIGDIR: mplConfig,
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
    // The kernel must be Debian's Python too, whatever pyenv puts first on PATH.
    PATH: `/usr/bin:${baseEnv['PATH'] ?? ''}`,
  };
  for (const name of ['PYTHONPATH', 'PYTHONHOME', 'PYENV_VERSION', 'VIRTUAL_ENV']) delete env[name];
  const started = performance.now();
  const child = spawn(PYTHON, ['-c', EXECUTE_SCRIPT, notebook, output], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      stderr += error.message;
      resolve(null);
    });
    child.once('close', (exitCode) => resolve(exitCode));
  });
  return {
    ok: code === 0,
    cells: Number.parseInt(stdout.trim().split('\n').at(-1) ?? '0', 10) || 0,
    seconds: (performance.now() - started) / 1000,
    output,
    error: stderr.trim(),
  };
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
