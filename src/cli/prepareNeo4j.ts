/**
 * `npm run neo4j:prepare`: compiles the local Neo4j entry point and resolves Neo4j's jars with Maven, so the
 * first start does not have to. Prints the one-line reason and exits 1 when Java or Maven is missing.
 */
import path from 'node:path';
import { loadConfig, projectRoot } from '../config';
import { LocalNeo4jError, prepareLocalJvm } from '../graph/local';

function main(): void {
  const config = loadConfig();
  const searchPath = config.neo4j.kind === 'local' ? config.neo4j.searchPath : undefined;
  const javaHome = config.neo4j.kind === 'local' ? config.neo4j.javaHome : undefined;
  try {
    // The class-data archive is trained here (about 15 s, once per runtime and classpath) rather than by the first start.
    const { java, build, archive } = prepareLocalJvm({ neo4jDir: path.join(projectRoot, 'neo4j'), searchPath, javaHome });
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
