import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jError } from './localNeo4jError';

/** Where the Maven project of the local Neo4j lives, and what it produces. */
export interface LocalNeo4jBuild {
  /** Classpath (the entry points' jar first, then Neo4j's jars) to start the entry point with. */
  classpath: string;
  /** A java @argfile holding `-cp <classpath>`, so the process list shows a short command line. */
  classpathArgFile: string;
  mainClass: string;
  /** Entry point that runs Neo4j's bulk importer into a data folder (BulkImport.java). */
  bulkImportClass: string;
  /** Entry point that converts relationship files for the bulk importer (BulkConvertLinks.java). */
  bulkConvertLinksClass: string;
}

const MAIN_CLASS = 'clustergraph.localneo4j.LocalNeo4j';

/**
 * Compiles the entry point and resolves Neo4j's jars with Maven once, then reuses the result.
 * The cache is keyed by a hash of the pom and the Java sources, so editing either rebuilds.
 */
export function resolveLocalNeo4jBuild(options: { neo4jDir: string; searchPath: string | undefined; javaHome: string | undefined }): LocalNeo4jBuild {
  const { neo4jDir } = options;
  const target = path.join(neo4jDir, 'target');
  const classpathFile = path.join(target, 'classpath.txt');
  const stampFile = path.join(target, 'clustergraph.stamp');
  // A jar, not target/classes: the class-data archive (classDataArchive.ts) maps classes from jars only.
  const entryJar = path.join(target, 'local-neo4j.jar');
  const stamp = hashInputs(neo4jDir);

  const cached = fs.existsSync(classpathFile) && fs.existsSync(entryJar) && readIfExists(stampFile) === stamp;
  if (!cached) {
    // Maven keeps its repository under the user's home (~/.m2); the OS says where that is.
    const env: NodeJS.ProcessEnv = { PATH: options.searchPath ?? '', HOME: os.homedir() };
    if (options.javaHome) env['JAVA_HOME'] = options.javaHome;
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', '-f', path.join(neo4jDir, 'pom.xml'), 'compile', 'jar:jar', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
      { encoding: 'utf8', env, timeout: 15 * 60_000 },
    );
    if (mvn.error && (mvn.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LocalNeo4jError(
        'Maven is needed once to fetch Neo4j for the local database but `mvn` was not found: install it (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j.',
        'MAVEN_MISSING',
      );
    }
    if (mvn.status !== 0) {
      const detail = `${mvn.stdout}\n${mvn.stderr}`.split('\n').find((l) => l.includes('ERROR')) ?? 'see `mvn -f neo4j/pom.xml compile` output';
      throw new LocalNeo4jError(`Resolving Neo4j with Maven failed (${detail.trim()}): check the network to Maven Central, or set NEO4J_URI.`, 'RESOLVE_FAILED');
    }
    fs.writeFileSync(stampFile, stamp);
  }
  const jars = fs.readFileSync(classpathFile, 'utf8').trim();
  const classpath = [entryJar, jars].join(path.delimiter);
  const classpathArgFile = path.join(target, 'java-classpath.args');
  const argFileText = `-cp "${classpath.replace(/\\/g, '/')}"\n`;
  if (readIfExists(classpathArgFile) !== argFileText) fs.writeFileSync(classpathArgFile, argFileText);
  return { classpath, classpathArgFile, mainClass: MAIN_CLASS, bulkImportClass: 'clustergraph.localneo4j.BulkImport', bulkConvertLinksClass: 'clustergraph.localneo4j.BulkConvertLinks' };
}

function hashInputs(neo4jDir: string): string {
  const hash = createHash('sha256');
  const files = [path.join(neo4jDir, 'pom.xml'), ...listFiles(path.join(neo4jDir, 'src'))].sort();
  for (const file of files) {
    hash.update(path.relative(neo4jDir, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
