import type { z } from 'zod';
import { NODE_KINDS, RELATIONSHIP_KINDS, type Cell, type NodeKind, type NodeRecords, type RelationshipKind, type RelationshipRecords } from '../../model';
import { invalid, type MutationErrorModel } from './mutationErrors';

/** A validated record, or the reasons the model refused the row (code INVALID, field named as in GraphQL). */
export type Checked<T> = { ok: true; record: T } | { ok: false; errors: MutationErrorModel[] };

/** Names a column of the import format as the GraphQL field or argument it came from. */
export type FieldNames = (column: string) => string;

/** Validates a raw node row with the importer's schema for the kind (src/model). */
export function checkNodeRow<K extends NodeKind>(kind: K, row: Record<string, Cell>, fieldOf: FieldNames): Checked<NodeRecords[K]> {
  return checked(NODE_KINDS[kind].schema.safeParse(row), fieldOf);
}

/** Validates a raw relationship row with the importer's schema for the kind (src/model). */
export function checkLinkRow<K extends RelationshipKind>(kind: K, row: Record<string, Cell>, fieldOf: FieldNames): Checked<RelationshipRecords[K]> {
  return checked(RELATIONSHIP_KINDS[kind].schema.safeParse(row), fieldOf);
}

function checked<T>(result: z.ZodSafeParseResult<T>, fieldOf: FieldNames): Checked<T> {
  if (result.success) return { ok: true, record: result.data };
  const errors = result.error.issues.map((issue) => {
    const column = issue.path.map(String).join('.');
    if (column === '') return invalid(null, issue.message);
    const field = fieldOf(column);
    // Messages that name a second column ("must differ from from", "is before since") name its field instead.
    const message = issue.message.replace(/\b(differ from|is before) (\w+)/, (_m, verb: string, other: string) => `${verb} ${fieldOf(other)}`);
    return invalid(field, `${field}: ${message}`);
  });
  return { ok: false, errors };
}
