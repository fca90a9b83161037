import type { GraphClient, Statement } from '../graph/graphClient';
import { GraphConstraintError, GraphLockConflictError } from '../graph/graphErrors';

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

/** Attempts of one batch that Neo4j rolls back to break a deadlock: concurrent batches share nodes (hubs). */
export const LOCK_CONFLICT_ATTEMPTS = 10;

/**
 * Writes one batch in one write transaction: it commits whole or not at all. A constraint violation (e.g. an
 * id already held by a node of another kind) rolls the batch back and is returned, so the caller can refuse
 * the batch's rows and go on. A deadlock with a concurrent batch rolls it back too; it is run again (the
 * statements are idempotent) up to LOCK_CONFLICT_ATTEMPTS times. Any other failure (Neo4j unreachable,
 * timeout) is thrown.
 */
export async function writeBatch(graph: GraphClient, statement: Omit<Statement, 'params'>, rows: readonly { i: number }[]): Promise<BatchOutcome> {
  let result;
  for (let attempt = 1; ; attempt += 1) {
    try {
      result = await graph.write({ ...statement, params: { rows } });
      break;
    } catch (error) {
      if (error instanceof GraphConstraintError) return { ok: false, reason: error.message };
      if (!(error instanceof GraphLockConflictError) || attempt >= LOCK_CONFLICT_ATTEMPTS) throw error;
      // Jittered, growing pause: the batches that collided should not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, (10 + Math.random() * 40) * attempt));
    }
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
