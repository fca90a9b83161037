import type { GraphClient, Statement } from '../graph/graphClient';
import { GraphConstraintError } from '../graph/graphErrors';

/** What one batch did: per row index, or why the database refused the whole batch. */
export type BatchOutcome =
  | {
      ok: true;
      created: number;
      updated: number;
      unchanged: number;
      /** Indexes (row.i) of rows that wrote nothing because an end was not found. */
      missing: number[];
    }
  | { ok: false; reason: string };

/**
 * Writes one batch in one write transaction: it commits whole or not at all. A constraint violation (e.g. an
 * id already held by a node of another kind) rolls the batch back and is returned, so the caller can refuse
 * the batch's rows and go on; any other failure (Neo4j unreachable, timeout) is thrown.
 */
export async function writeBatch(graph: GraphClient, statement: Omit<Statement, 'params'>, rows: readonly { i: number }[]): Promise<BatchOutcome> {
  let result;
  try {
    result = await graph.write({ ...statement, params: { rows } });
  } catch (error) {
    if (error instanceof GraphConstraintError) return { ok: false, reason: error.message };
    throw error;
  }
  const seen = new Set<number>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of result) {
    if (typeof row['i'] === 'number') seen.add(row['i']);
    if (row['existed'] !== true) created += 1;
    else if (row['changed'] === true) updated += 1;
    else unchanged += 1;
  }
  const missing = rows.filter((row) => !seen.has(row.i)).map((row) => row.i);
  return { ok: true, created, updated, unchanged, missing };
}
