import type { ImportContext } from './importContext';

/**
 * Refuses input rows whose id the database already holds under another label: writing them would break the
 * unique id constraint and fail their whole batch. One lookup per 10,000 input ids.
 */
export async function checkExistingIds(ctx: ImportContext): Promise<void> {
  for (const [label, ids] of ctx.catalog.inputIds()) {
    const existing = await ctx.sink.lookupLabels(ids);
    for (const [id, existingLabel] of existing) {
      if (existingLabel === label) continue;
      const origin = ctx.catalog.get(id)?.origin;
      if (!origin) continue;
      ctx.report.rejectNode(label, origin, `id: "${id}" already exists in the database as a ${existingLabel}, not a ${label}`);
      ctx.catalog.delete(id);
    }
  }
}
