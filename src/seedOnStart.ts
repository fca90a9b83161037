import { hasAnyEntity, type GraphClient } from './graph';
import { importGraph, type ImportReport } from './import';
import type { Logger } from './server';

/**
 * Loads the seed graph from `seedDir` with the importer when the database holds no entity yet; returns a
 * one-line summary, or undefined when the database already had data.
 */
export async function loadSeedsIfEmpty(graph: GraphClient, seedDir: string, logger: Logger): Promise<string | undefined> {
  if (await hasAnyEntity(graph)) return undefined;
  const report = await importGraph(graph, [seedDir]);
  for (const reject of report.rejects) logger.warn({ reject }, 'seed record rejected');
  return summarizeImport(report);
}

/** "N nodes, M relationships in T s (K rejected)". */
export function summarizeImport(report: ImportReport): string {
  const nodes = Object.values(report.nodes).reduce((sum, c) => sum + c.created + c.updated + c.unchanged, 0);
  const rejected = report.rejects.length > 0 ? `, ${report.rejects.length} rejected (see log)` : '';
  return `${nodes} nodes, ${report.relationshipsImported} relationships in ${(report.durationMs / 1000).toFixed(1)} s${rejected}`;
}
