/**
 * `npm run neo4j:prepare`: compiles the local Neo4j entry point and resolves Neo4j's jars with Maven, so the
 * first start does not have to. Prints the one-line reason and exits 1 when Java or Maven is missing.
 */
import path from 'node:path';
import { loadConfig, projectRoot } from '../config';
import { ensureClassDataArchive, findJava, LocalNeo4jError } from '../graph/local';
import { resolveLocalNeo4jBuild } from '../graph/local/classpath';

function main(): void {
  const config = loadConfig();
  const searchPath = config.neo4j.kind === 'local' ? config.neo4j.searchPath : undefined;
  const javaHome = config.neo4j.kind === 'local' ? config.neo4j.javaHome : undefined;
  try {
    const java = findJava({ searchPath, javaHome });
    const build = resolveLocalNeo4jBuild({ neo4jDir: path.join(projectRoot, 'neo4j'), searchPath, javaHome });
    // Trained here (about 15 s, once per runtime and classpath) rather than by the first start.
    const archive = ensureClassDataArchive({ build, java, searchPath });
    console.log(
      `local Neo4j ready to start: Java ${java.major}, ${build.classpath.split(path.delimiter).length} classpath entries, ${archive === null ? 'no class-data archive (starts read every class)' : 'class-data archive ready'}`,
    );
  } catch (error) {
    if (error instanceof LocalNeo4jError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

main();
