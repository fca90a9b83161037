import { hasAnyEntity, type GraphClient } from './graph';
import { importGraph, seedInputs, type ImportReport } from './import';
import type { Logger } from './server';

/**
 * Loads the seed graph from `seedDir` (and, with `withSamples`, its sample overlay `seedDir/samples`) with the
 * importer when the database holds no entity yet; returns a one-line summary, or undefined when the database
 * already had data.
 */
export async function loadSeedsIfEmpty(graph: GraphClient, seedDir: string, logger: Logger, withSamples = true): Promise<string | undefined> {
  if (await hasAnyEntity(graph)) return undefined;
  const report = await importGraph(graph, seedInputs(seedDir, withSamples));
  for (const reject of report.rejects) logger.warn({ reject }, 'seed record rejected');
  return summarizeImport(report);
}

/** "N nodes, M relationships (C cited and S sample rows) in T s (K rejected)". */
export function summarizeImport(report: ImportReport): string {
  const nodes = Object.values(report.nodes).reduce((sum, c) => sum + c.created + c.updated + c.unchanged, 0);
  const all = [...Object.values(report.nodes), ...Object.values(report.relationships)];
  const cited = all.reduce((sum, c) => sum + c.cited, 0);
  const sample = all.reduce((sum, c) => sum + c.sample, 0);
  const rejected = report.rejects.length > 0 ? `, ${report.rejects.length} rejected (see log)` : '';
  return `${nodes} nodes, ${report.relationshipsImported} relationships (${cited} cited and ${sample} sample rows) in ${(report.durationMs / 1000).toFixed(1)} s${rejected}`;
}
