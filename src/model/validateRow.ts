import type { z } from 'zod';
import { CellProblem, cleanCell, plainCells, type RawRow } from './cells';
import { finishOf, rowChecksOf, type RowCheck } from './schemaChecks';
import { isNodeKind, NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind, type NodeRecords, type RelationshipKind, type RelationshipRecords } from './recordKinds';

/** A row turned into a typed record, or the reasons it was refused (each "column: what is wrong"). */
export type Validation<T> = { ok: true; record: T } | { ok: false; reasons: string[] };

/** Validates one raw row of a node file (the fast path of fastRelationshipRecord first, zod for a refused row). */
export function validateNodeRow<K extends NodeKind>(kind: K, row: RawRow): Validation<NodeRecords[K]> {
  const record = fastNodeRecord(kind, row);
  if (record !== undefined) return { ok: true, record };
  return toValidation(NODE_KINDS[kind].schema.safeParse(row));
}

/** fastRelationshipRecord for a node row: zod's record without zod (its last step, a rename, included). */
export function fastNodeRecord<K extends NodeKind>(kind: K, row: RawRow): NodeRecords[K] | undefined {
  const validate = (fastNodeValidators[kind] ??= fastValidator(NODE_KINDS[kind].schema));
  return validate(row) as NodeRecords[K] | undefined;
}

/** Validates one raw row of a relationship file (ends are checked by the importer, against the graph). */
export function validateRelationshipRow<K extends RelationshipKind>(kind: K, row: RawRow): Validation<RelationshipRecords[K]> {
  const record = fastRelationshipRecord(kind, row);
  if (record !== undefined) return { ok: true, record };
  return toValidation(RELATIONSHIP_KINDS[kind].schema.safeParse(row));
}

/**
 * The record of a valid relationship row without zod: the same cell parsers and row checks, run directly, and
 * undefined at the first problem (the caller then asks zod, which words every problem). zod on every row was
 * 6–9 % of a bulk conversion thread and a good part of its garbage; nearly every row is valid. The record is
 * the one zod gives, key for key and in the same order (an absent optional column is left out, a present empty
 * one is undefined): tests/unit/model/fastValidation.test.ts compares both on the seeds and on broken rows.
 */
export function fastRelationshipRecord<K extends RelationshipKind>(kind: K, row: RawRow): RelationshipRecords[K] | undefined {
  const validate = (fastValidators[kind] ??= fastValidator(RELATIONSHIP_KINDS[kind].schema));
  return validate(row) as RelationshipRecords[K] | undefined;
}

type FastValidator = (row: RawRow) => object | undefined;
const fastValidators: Partial<Record<RelationshipKind, FastValidator>> = {};
const fastNodeValidators: Partial<Record<NodeKind, FastValidator>> = {};

// A row check reports through ctx.addIssue; the fast path only needs to know that it did.
let flagged = false;
const flaggingCtx = { addIssue: (): void => void (flagged = true) } as unknown as z.RefinementCtx;

function fastValidator(finished: z.ZodType): FastValidator {
  // A schema with a last step (withFinish): the checked schema's fast path, then the step.
  const last = finishOf(finished);
  const schema = last?.checked ?? finished;
  const finish = last?.finish as ((row: object) => object) | undefined;
  const checks = rowChecksOf(schema) as readonly RowCheck<object>[] | undefined;
  const shape = (schema as Partial<z.ZodObject>).shape;
  const cells = shape === undefined ? undefined : plainCells(shape);
  // A schema not built from plain cells and listed checks: always zod.
  if (checks === undefined || cells === undefined) return () => undefined;
  return (row) => {
    const record: Record<string, unknown> = {};
    for (const { column, required, parse } of cells) {
      const raw = row[column];
      if (raw !== undefined && typeof raw !== 'string') return undefined;
      const text = cleanCell(raw);
      let value: unknown;
      if (text === undefined) {
        if (required) return undefined;
      } else {
        value = parse(text);
        if (value instanceof CellProblem) return undefined;
      }
      if (value !== undefined || column in row) record[column] = value;
    }
    flagged = false;
    for (const check of checks) check(record, flaggingCtx);
    if (flagged) return undefined;
    return finish ? finish(record) : record;
  };
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
