/** Second pass over relationships: derived links first, then the relationship files, in batches. */
import { ACTOR_LABELS, type ActorLabel, type NodeLabel, foundingProblems, RELATIONSHIP_KINDS, type RelationshipType, type RelationshipWriteRow, toRelationshipWriteRow, validateRelationshipRow } from '../model';
import { Lanes } from './batcher';
import { canonicalEnds } from './canonicalLink';
import { readCsvRows } from './csvRows';
import type { DerivedLink } from './derivedLinks';
import { endProblem } from './endProblem';
import type { ImportContext } from './importContext';
import type { InputFile } from './inputFiles';
import type { RowOrigin } from './reportBuilder';

function relationshipBatcher(ctx: ImportContext, type: RelationshipType, onRefused: (origin: RowOrigin, reason: string) => void): Lanes<RelationshipWriteRow> {
  return new Lanes<RelationshipWriteRow>(ctx.sink.parallelWrites, ctx.batchSize, async (rows, origins) => {
    const outcome = await ctx.sink.writeRelationships(type, rows);
    if (outcome.ok) {
      ctx.report.addRelationships(type, 'created', outcome.created);
      ctx.report.addRelationships(type, 'updated', outcome.updated);
      ctx.report.addRelationships(type, 'unchanged', outcome.unchanged);
      for (const i of outcome.missing) {
        const origin = origins[i];
        if (origin) onRefused(origin, 'not written: an end is no longer in the database');
      }
    } else {
      for (const origin of origins) onRefused(origin, `not written: the database refused its batch of ${rows.length}, none of which was written (${outcome.reason})`);
    }
    ctx.progress.advance(rows.length);
  });
}

/** Writes PART_OF, BROADER, STAGE_OF and FEEDS derived from the node files. */
export async function writeDerivedLinks(ctx: ImportContext, links: readonly DerivedLink[]): Promise<void> {
  const byType = new Map<RelationshipType, DerivedLink[]>();
  for (const link of links) {
    const typed = byType.get(link.type) ?? [];
    byType.set(link.type, typed);
    typed.push(link);
  }
  for (const [type, typed] of byType) {
    const batcher = relationshipBatcher(ctx, type, (origin, reason) => ctx.report.rejectDerived(type, origin, reason));
    for (const link of typed) {
      // The node may have been refused since its link was derived (its batch failed).
      if (!ctx.catalog.has(link.from) || !ctx.catalog.has(link.to)) {
        ctx.report.rejectDerived(type, link.origin, `not written: "${ctx.catalog.has(link.from) ? link.to : link.from}" was not imported`);
        ctx.progress.advance(1);
        continue;
      }
      await batcher.add(pairKey(link.from, link.to), (i) => toRelationshipWriteRow({ from: link.from, to: link.to, sources: link.sources }, i), link.origin);
    }
    await batcher.flush();
  }
}

export async function writeRelationshipFiles(ctx: ImportContext, files: readonly Extract<InputFile, { role: 'relationship' }>[]): Promise<void> {
  for (const { path: file, kind } of files) {
    if (ctx.skippedFiles.has(file)) continue;
    const spec = RELATIONSHIP_KINDS[kind];
    const batcher = relationshipBatcher(ctx, spec.type, (origin, reason) => ctx.report.rejectRelationship(spec.type, origin, reason));
    for await (const event of readCsvRows(file)) {
      if (event.type !== 'row') continue;
      const origin = { file, line: event.line };
      if (ctx.report.isRejected(origin)) continue;
      const validation = validateRelationshipRow(kind, event.row);
      if (!validation.ok) continue;
      const record = validation.record;
      const { from, to } = canonicalEnds(kind, record.from, record.to);
      const problems = [endProblem(ctx.catalog, 'from', from, spec.from), endProblem(ctx.catalog, 'to', to, spec.to)];
      if ('stage' in record && record.stage !== undefined) problems.push(endProblem(ctx.catalog, 'stage', record.stage, ['ValueChainStage']));
      const reasons = problems.filter((p): p is string => p !== undefined);
      // The ends' founding dates are known only now that every input row and looked-up id is catalogued.
      if (reasons.length === 0) reasons.push(...foundingProblems({ ...record, from, to }, (id) => ctx.catalog.foundedOf(id)));
      if (reasons.length > 0) {
        ctx.report.rejectRelationship(spec.type, origin, reasons.join('; '));
        ctx.progress.advance(1);
        continue;
      }
      const ends = spec.type === 'COLLABORATES_WITH' ? actorPair(ctx.catalog.get(from)?.label, ctx.catalog.get(to)?.label) : undefined;
      await batcher.add(pairKey(from, to), (i) => toRelationshipWriteRow({ ...record, from, to }, i, ends), origin);
    }
    await batcher.flush();
  }
}

function isActorLabel(label: NodeLabel | undefined): label is ActorLabel {
  return (ACTOR_LABELS as readonly (NodeLabel | undefined)[]).includes(label);
}

function actorPair(a: NodeLabel | undefined, b: NodeLabel | undefined): readonly [ActorLabel, ActorLabel] | undefined {
  return isActorLabel(a) && isActorLabel(b) ? [a, b] : undefined;
}

/** The lane key of a relationship row: its ends (canonical for undirected kinds, so both spellings share it). */
function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
