import type { z } from 'zod';
import type { RawRow } from './cells';
import { isNodeKind, NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind, type NodeRecords, type RelationshipKind, type RelationshipRecords } from './recordKinds';

/** A row turned into a typed record, or the reasons it was refused (each "column: what is wrong"). */
export type Validation<T> = { ok: true; record: T } | { ok: false; reasons: string[] };

/** Validates one raw row of a node file. */
export function validateNodeRow<K extends NodeKind>(kind: K, row: RawRow): Validation<NodeRecords[K]> {
  return toValidation(NODE_KINDS[kind].schema.safeParse(row));
}

/** Validates one raw row of a relationship file (ends are checked by the importer, against the graph). */
export function validateRelationshipRow<K extends RelationshipKind>(kind: K, row: RawRow): Validation<RelationshipRecords[K]> {
  return toValidation(RELATIONSHIP_KINDS[kind].schema.safeParse(row));
}

/** What is wrong with a file's header: unknown, repeated or missing required columns. Empty when it is fine. */
export function checkHeader(kind: NodeKind | RelationshipKind, header: readonly string[]): string[] {
  const spec = isNodeKind(kind) ? NODE_KINDS[kind] : RELATIONSHIP_KINDS[kind];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) problems.push(`column "${column}" appears twice`);
    seen.add(column);
    if (!spec.columns.includes(column)) problems.push(`unknown column "${column}" (expected: ${spec.columns.join(', ')})`);
  }
  for (const column of spec.requiredColumns) {
    if (!seen.has(column)) problems.push(`missing required column "${column}"`);
  }
  return problems;
}

function toValidation<T>(result: z.ZodSafeParseResult<T>): Validation<T> {
  if (result.success) return { ok: true, record: result.data };
  return { ok: false, reasons: result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)) };
}
