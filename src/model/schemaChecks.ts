/**
 * Row schemas whose checks and final step are known by value, so validateRow's fast path (no zod for a valid row)
 * runs the very same checks and step: withChecks adds row checks to an object of cell schemas, withFinish a
 * last step (a rename of columns) after them.
 */
import type { z } from 'zod';

/** A check that spans several cells of a row (rowChecks.ts, dateRules.ts): it adds an issue to `ctx` or nothing. */
export type RowCheck<R> = (row: R, ctx: z.RefinementCtx) => void;

// The row checks of each schema, kept beside it.
const rowChecks = new WeakMap<z.ZodType, readonly RowCheck<never>[]>();
// Schemas with a last step: the checked schema it follows, and the step.
const finishes = new WeakMap<z.ZodType, { checked: z.ZodType; finish: (row: never) => unknown }>();

/** `cells` with `checks` run after them, in order. */
export function withChecks<S extends z.ZodObject>(cells: S, checks: readonly RowCheck<z.output<S>>[]): S {
  let schema = cells;
  for (const check of checks) schema = schema.superRefine(check);
  rowChecks.set(schema, checks);
  return schema;
}

/** A checked schema (withChecks) with a last step that reshapes its record. */
export function withFinish<S extends z.ZodObject, R>(checked: S, finish: (row: z.output<S>) => R): z.ZodPipe<S, z.ZodTransform<Awaited<R>, z.output<S>>> {
  const schema = checked.transform(finish);
  finishes.set(schema, { checked, finish: finish as (row: never) => unknown });
  return schema;
}

/** The row checks a schema runs after its cells (in order); undefined for a schema not built by withChecks. */
export function rowChecksOf(schema: z.ZodType): readonly RowCheck<never>[] | undefined {
  return rowChecks.get(schema);
}

/** The checked schema and last step of a schema built by withFinish. */
export function finishOf(schema: z.ZodType): { checked: z.ZodType; finish: (row: never) => unknown } | undefined {
  return finishes.get(schema);
}
