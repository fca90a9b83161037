import { classDataArchiveFlags, ensureClassDataArchive } from './classDataArchive';
import { resolveLocalNeo4jBuild, type LocalNeo4jBuild } from './classpath';
import { findJava, type JavaRuntime } from './javaRuntime';

/** What every JVM of the neo4j/ project starts with: the runtime, the build, and the arguments before its main class. */
export interface LocalJvm {
  java: JavaRuntime;
  build: LocalNeo4jBuild;
  /** The class-data archive the JVM maps, or null (none could be made, or none was asked for). */
  archive: string | null;
  /** The archive's flags and the classpath @argfile: put them right before the main class. */
  classpathArgs: string[];
}

/**
 * Finds Java, builds neo4j/ when its sources changed, and trains the class-data archive when it is missing: the
 * one way the local Neo4j, the bulk importer and the JVM converter are launched. `classDataArchive: false`
 * starts without the archive (the start bench's comparison).
 */
export function prepareLocalJvm(options: { neo4jDir: string; searchPath: string | undefined; javaHome: string | undefined; classDataArchive?: boolean }): LocalJvm {
  const java = findJava({ searchPath: options.searchPath, javaHome: options.javaHome });
  const build = resolveLocalNeo4jBuild({ neo4jDir: options.neo4jDir, searchPath: options.searchPath, javaHome: options.javaHome });
  const archive = options.classDataArchive === false ? null : ensureClassDataArchive({ build, java, searchPath: options.searchPath });
  return { java, build, archive, classpathArgs: [...classDataArchiveFlags(archive), `@${build.classpathArgFile}`] };
}
