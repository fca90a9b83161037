import fs from 'node:fs';

/** Stops the run's local Neo4j and removes its temporary data folder. */
export default async function globalTeardown(): Promise<void> {
  const local = globalThis.__clustergraphNeo4j;
  if (!local) return;
  await local.neo4j.stop();
  fs.rmSync(local.dir, { recursive: true, force: true });
}
