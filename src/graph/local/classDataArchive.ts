import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalNeo4jBuild } from './classpath';
import type { JavaRuntime } from './javaRuntime';

/**
 * The JVM's class-data archive (CDS) for the project's own Java processes: the local Neo4j, the bulk importer and
 * the converter. Neo4j loads about 20,000 classes at start; reading, parsing and verifying them is most of the
 * 6–7 s and 11–13 CPU seconds a start takes on 2 cores. A dynamic archive written by one training start holds
 * them ready to map: measured on this machine, start 6.0–6.4 → 3.5–4.1 s, CPU 10.9–11.8 → 6.3–7.5 s.
 *
 * The archive is made once per Java runtime and classpath (its name holds a hash of both, the jars' sizes and
 * times included), by starting the entry point on an empty temporary database with `-XX:ArchiveClassesAtExit`
 * and letting it stop at once. When anything is wrong (no archive, a failed training run, a JVM that cannot map
 * it) the JVM starts as it would without it: `-Xshare:auto`, the default, falls back silently with the CDS logs
 * turned off. So the archive can only make a start faster, never fail one.
 */

/** Flags that map the archive, or none when there is none. */
export function classDataArchiveFlags(archive: string | null): string[] {
  return archive === null ? [] : [`-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
}

export interface ClassDataArchiveOptions {
  build: LocalNeo4jBuild;
  java: JavaRuntime;
  /** PATH for the training run. */
  searchPath: string | undefined;
}

/** Training a fresh archive takes about 15 s (a start, `RETURN 1`, a stop and the dump); it never takes long. */
const TRAINING_TIMEOUT_MS = 180_000;

/**
 * The archive for this Java runtime and classpath, trained now when it does not exist yet; null when it cannot
 * be made (the caller then starts without one).
 */
export function ensureClassDataArchive(options: ClassDataArchiveOptions): string | null {
  const archive = classDataArchiveFile(options);
  if (fs.existsSync(archive)) return archive;
  // A training run that failed once for this runtime and classpath is not tried again at every start.
  const failedMarker = `${archive}.failed`;
  if (fs.existsSync(failedMarker)) return null;
  let dataDir: string | undefined;
  const partial = `${archive}.${process.pid}.partial`;
  try {
    const dir = path.dirname(archive);
    fs.mkdirSync(dir, { recursive: true });
    // Archives of an earlier classpath or runtime are never mapped again.
    for (const old of fs.readdirSync(dir)) if (/\.jsa(\.failed)?$/.test(old)) fs.rmSync(path.join(dir, old), { force: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-cds-training-'));
    const run = spawnSync(options.java.executable, trainingArgs(options, partial, dataDir), {
      input: '',
      encoding: 'utf8',
      env: { PATH: options.searchPath ?? '', CLUSTERGRAPH_LOCAL_NEO4J_PASSWORD: randomBytes(12).toString('base64url') },
      timeout: TRAINING_TIMEOUT_MS,
    });
    if (run.status !== 0 || !fs.existsSync(partial)) {
      fs.writeFileSync(failedMarker, `${run.error?.message ?? `exit ${run.status ?? run.signal}`}\n${run.stdout}\n${run.stderr}`.slice(0, 20_000));
      return null;
    }
    // Renamed only when whole, so a start never maps a half-written archive.
    fs.renameSync(partial, archive);
    return archive;
  } catch {
    // A read-only checkout or a full disk: the start goes on without an archive.
    return null;
  } finally {
    removeQuietly(partial);
    if (dataDir !== undefined) removeQuietly(dataDir);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { recursive: true, force: true });
  } catch {
    // Nothing was written where nothing can be removed.
  }
}

/** The entry point on an empty temporary database that stops as soon as it is ready (its stdin is empty). */
function trainingArgs(options: ClassDataArchiveOptions, partial: string, dataDir: string): string[] {
  return [
    '-Xms256m',
    '-Xmx1024m',
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    `-XX:ArchiveClassesAtExit=${partial}`,
    '-Xlog:cds=off',
    '-Xlog:cds+dynamic=off',
    `@${options.build.classpathArgFile}`,
    options.build.mainClass,
    '--data',
    dataDir,
    '--port',
    '0',
    '--pagecache-mb',
    '64',
    // The JVM writes the archive at exit, after the clean stop that the empty stdin asks for.
    '--exit-on-stdin-eof',
  ];
}

/**
 * Where the archive for this runtime and classpath lives (target/cds/), whether or not it exists yet. Its name
 * holds a hash of the runtime and of every classpath entry (path, size, time): a rebuilt jar or another JDK
 * is a new archive. The JVM would refuse a stale one anyway, but silently, and it would never be made again.
 */
export function classDataArchiveFile(options: Pick<ClassDataArchiveOptions, 'build' | 'java'>): string {
  const dir = path.join(path.dirname(options.build.classpathArgFile), 'cds');
  return path.join(dir, `local-neo4j-java${options.java.major}-${archiveKey(options)}.jsa`);
}

function archiveKey(options: Pick<ClassDataArchiveOptions, 'build' | 'java'>): string {
  const hash = createHash('sha256');
  hash.update(options.java.executable);
  hash.update(options.java.version);
  for (const entry of options.build.classpath.split(path.delimiter)) {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    hash.update(`${entry}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
