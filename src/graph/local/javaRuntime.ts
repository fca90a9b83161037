import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './localNeo4jError';

/** Neo4j 5.26 LTS needs Java 17 or newer. */
export const MINIMUM_JAVA_MAJOR = 17;

export interface JavaRuntime {
  /** The `java` executable to run. */
  executable: string;
  major: number;
  /** What `java -version` says, whole: the class-data archive is tied to the exact build (classDataArchive.ts). */
  version: string;
}

/**
 * Finds `java` (JAVA_HOME first, then PATH) and checks its major version.
 * `searchPath` and `javaHome` are passed in by the caller, so this module reads no environment itself.
 */
export function findJava(options: { searchPath: string | undefined; javaHome: string | undefined }): JavaRuntime {
  const executable = options.javaHome ? path.join(options.javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(executable, ['-version'], {
    encoding: 'utf8',
    env: { PATH: options.searchPath ?? '' },
    timeout: 30_000,
  });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      `Java ${MINIMUM_JAVA_MAJOR}+ is needed for the local Neo4j but no \`java\` was found: install a JDK (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j.`,
      'JAVA_MISSING',
    );
  }
  const version = `${probe.stderr}\n${probe.stdout}`.trim();
  const major = parseJavaMajor(version);
  if (major === undefined || major < MINIMUM_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      `Java ${MINIMUM_JAVA_MAJOR}+ is needed for the local Neo4j but ${executable} is version ${major ?? 'unknown'}: install a newer JDK, point JAVA_HOME at one, or set NEO4J_URI.`,
      'JAVA_TOO_OLD',
    );
  }
  return { executable, major, version };
}

/** Reads the major version from `java -version` output ("1.8.0_392" → 8, "17.0.15" → 17). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
