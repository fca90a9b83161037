import path from 'node:path';
import { projectRoot } from '../../src/config';
import type { GraphClient } from '../../src/graph';
import { importGraph } from '../../src/import';

/** Loads the curated seed graph (seeds/) with the same importer `npm start` uses; fails on any rejected record. */
export async function loadSeedGraph(graph: GraphClient): Promise<void> {
  const report = await importGraph(graph, [path.join(projectRoot, 'seeds')]);
  if (report.rejects.length > 0) {
    throw new Error(`the seed graph has ${report.rejects.length} rejected records, first: ${JSON.stringify(report.rejects.slice(0, 5))}`);
  }
}
