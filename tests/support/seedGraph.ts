import path from 'node:path';
import { projectRoot } from '../../src/config';
import type { GraphClient } from '../../src/graph';
import { importGraph, seedInputs } from '../../src/import';

/**
 * Loads the curated seed graph (seeds/ with its sample overlay seeds/samples/, as `npm start` does by default)
 * with the same importer; fails on any rejected record.
 */
export async function loadSeedGraph(graph: GraphClient, withSamples = true): Promise<void> {
  const report = await importGraph(graph, seedInputs(path.join(projectRoot, 'seeds'), withSamples));
  if (report.rejects.length > 0) {
    throw new Error(`the seed graph has ${report.rejects.length} rejected records, first: ${JSON.stringify(report.rejects.slice(0, 5))}`);
  }
}
