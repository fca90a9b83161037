/** Second pass over the node files: write every row the first pass accepted, in batches. */
import { NODE_KINDS, type NodeWriteRow, toNodeWriteRow, validateNodeRow } from '../model';
import { Lanes } from './batcher';
import { readCsvEvents } from './csvRows';
import type { ImportContext } from './importContext';
import type { InputFile } from './inputFiles';

export async function writeNodeFiles(ctx: ImportContext, files: readonly Extract<InputFile, { role: 'node' }>[]): Promise<void> {
  for (const { path: file, kind } of files) {
    if (ctx.skippedFiles.has(file)) continue;
    const label = NODE_KINDS[kind].label;
    const batcher = new Lanes<NodeWriteRow>(ctx.sink.parallelWrites, ctx.batchSize, async (rows, origins) => {
      const outcome = await ctx.sink.writeNodes(label, rows);
      if (outcome.ok) {
        ctx.report.addNodes(label, 'created', outcome.created);
        ctx.report.addNodes(label, 'updated', outcome.updated);
        ctx.report.addNodes(label, 'unchanged', outcome.unchanged);
      } else {
        rows.forEach((row, k) => {
          const origin = origins[k];
          if (origin) ctx.report.rejectNode(label, origin, `not written: the database refused its batch of ${rows.length}, none of which was written (${outcome.reason})`);
          ctx.catalog.delete(row.id);
        });
      }
      ctx.progress.advance(rows.length);
    });
    for await (const events of readCsvEvents(file)) {
      for (const event of events) {
        if (event.type !== 'row') continue;
        const origin = { file, line: event.line };
        if (ctx.report.isRejected(origin)) continue;
        const validation = validateNodeRow(kind, event.row);
        // Refused rows were reported by the first pass; the same checks refuse them again here.
        if (!validation.ok) continue;
        const pending = batcher.add(validation.record.id, (i) => toNodeWriteRow(kind, validation.record, i), origin);
        if (pending) await pending;
      }
    }
    await batcher.flush();
  }
}
