import type { z } from 'zod';
import { plainCells } from './cells';
import { NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind, type RelationshipKind } from './recordKinds';
import { finishOf, rowChecksOf } from './schemaChecks';
import { descriptionOf, type RuleDescription } from './ruleDescriptions';

/** A relationship kind's rules as data: each column with its parser, then the row checks, in the order they run. */
export interface RelationshipRules {
  columns: { column: string; required: boolean; parser: RuleDescription }[];
  checks: RuleDescription[];
}

/**
 * The rules validateRelationshipRow applies to a kind's rows, as descriptions (ruleDescriptions.ts), for the bulk
 * conversion's JVM twin; a string says why they cannot be described (a parser or check without a description).
 */
export function describeRelationshipRules(kind: RelationshipKind): RelationshipRules | string {
  const schema = RELATIONSHIP_KINDS[kind].schema as z.ZodType;
  const shape = (schema as Partial<z.ZodObject>).shape;
  const cells = shape === undefined ? undefined : plainCells(shape);
  const checks = rowChecksOf(schema);
  if (cells === undefined || checks === undefined) return `${kind}: its schema is not built from plain cells and listed checks`;
  const rules: RelationshipRules = { columns: [], checks: [] };
  for (const { column, required, parse } of cells) {
    const parser = descriptionOf(parse);
    if (parser === undefined) return `${kind}: the parser of column ${column} has no description`;
    rules.columns.push({ column, required, parser });
  }
  for (const check of checks) {
    const description = descriptionOf(check);
    if (description === undefined) return `${kind}: a row check has no description`;
    rules.checks.push(description);
  }
  return rules;
}

/**
 * The cells of a node kind as descriptions (its columns and their parsers, in order), for the JVM twin that
 * writes node rows the scan has already accepted; a string says why they cannot be described.
 */
export function describeNodeColumns(kind: NodeKind): RelationshipRules['columns'] | string {
  const finished = NODE_KINDS[kind].schema as z.ZodType;
  const schema = finishOf(finished)?.checked ?? finished;
  const shape = (schema as Partial<z.ZodObject>).shape;
  const cells = shape === undefined ? undefined : plainCells(shape);
  if (cells === undefined) return `${kind}: its schema is not built from plain cells`;
  const columns: RelationshipRules['columns'] = [];
  for (const { column, required, parse } of cells) {
    const parser = descriptionOf(parse);
    if (parser === undefined) return `${kind}: the parser of column ${column} has no description`;
    columns.push({ column, required, parser });
  }
  return columns;
}
