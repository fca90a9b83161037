import type { GraphClient } from './graphClient';
import { catalogueStatements } from './statementCatalogue';

const WARMING_TIMEOUT_MS = 300_000;

/** How far plan warming has got; read by /metrics. */
export interface PlanWarmingStatus {
  /** Statements in the catalogue. */
  total: number;
  /** Statements run once since the start (so Neo4j holds their plans). */
  planned: number;
  /** Statements whose warm-up run failed (logged; a request then plans the text itself). */
  failed: number;
  /** True once every statement was tried. */
  done: boolean;
}

/**
 * Runs every text of the statement catalogue once, one after another, with its sample parameters (ids that match
 * nothing, so each run is cheap), so that Neo4j plans each text before a user's request needs it: planning a
 * network text takes 1–2 s, longer than the answer. Start it after the seed graph is loaded (plans made on an
 * empty store are replanned once the statistics change). Runs in the background; `status` tells how far it got.
 */
export function warmPlans(client: GraphClient, onFailure: (name: string, error: unknown) => void = () => undefined): { status: PlanWarmingStatus; finished: Promise<PlanWarmingStatus> } {
  // Planning the deepest network texts takes seconds on a busy machine: more than a request's timeout.
  const graph = client.withTimeout(WARMING_TIMEOUT_MS);
  const statements = catalogueStatements();
  const status: PlanWarmingStatus = { total: statements.length, planned: 0, failed: 0, done: false };
  const finished = (async () => {
    for (const statement of statements) {
      try {
        await graph.read(statement);
        status.planned += 1;
      } catch (error) {
        status.failed += 1;
        onFailure(statement.name, error);
      }
    }
    status.done = true;
    return status;
  })();
  return { status, finished };
}
