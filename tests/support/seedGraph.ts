import type { GraphClient } from '../../src/graph/graphClient';

/** Loads the curated seed graph (seeds/) the way `npm start` does; replaced once the importer lands. */
export async function loadSeedGraph(_graph: GraphClient): Promise<void> {
  // The importer is being built; until it lands the test database starts empty.
}
