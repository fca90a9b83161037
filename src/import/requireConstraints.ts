import type { GraphClient } from '../graph/graphClient';
import { constraintExists } from '../graph/migrations';

/** The graph lacks the constraints `migrate` creates, which the importer relies on. */
export class GraphNotMigratedError extends Error {
  override readonly name = 'GraphNotMigratedError';
}

// The importer's MERGE statements find nodes through this constraint's index, and it is what makes a batch
// with an id held by another kind fail as a whole instead of relabelling that node.
const REQUIRED_CONSTRAINT = 'entity_id_unique';

/** Throws GraphNotMigratedError unless the unique id constraint on Entity exists. */
export async function requireConstraints(graph: GraphClient): Promise<void> {
  if (!(await constraintExists(graph, REQUIRED_CONSTRAINT))) {
    throw new GraphNotMigratedError(`The graph lacks the ${REQUIRED_CONSTRAINT} constraint: run migrate(graph) (src/graph/migrations.ts) before importing.`);
  }
}
