/** Second pass over relationships: derived links first, then the relationship files, in batches. */
import { ACTOR_LABELS, type ActorLabel, type NodeLabel, foundingProblems, RELATIONSHIP_KINDS, type RelationshipKind, type RelationshipType, toRelationshipWriteRow, validateRelationshipRow } from '../model';
import { Lanes } from './batcher';
import { canonicalEnds } from './canonicalLink';
import { readCsvEvents } from './csvRows';
import type { DerivedLink } from './derivedLinks';
import { endProblem, knownEndProblem } from './endProblem';
import type { ImportContext } from './importContext';
import type { NumberedRelationshipRow } from './importSink';
import type { RowOrigin } from './reportBuilder';
import { forEachCheckedLink, type CheckedLink, type RelationshipFile } from './scanRelationshipFiles';

function relationshipBatcher(ctx: ImportContext, type: RelationshipType, onRefused: (origin: RowOrigin, reason: string) => void): Lanes<NumberedRelationshipRow> {
  return new Lanes<NumberedRelationshipRow>(ctx.sink.parallelWrites, ctx.batchSize, async (rows, origins) => {
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
      const pending = batcher.add(pairKey(link.from, link.to), (i) => toRelationshipWriteRow({ from: link.from, to: link.to, sources: link.sources }, i), link.origin);
      if (pending) await pending;
    }
    await batcher.flush();
  }
}

/**
 * The write side of a relationship row the scan accepted: its ends must be known with a label the type allows
 * and founded no later than the link starts (known only once every input row and looked-up id is catalogued).
 * One writer per relationship type and file.
 */
function linkWriter(ctx: ImportContext, kind: RelationshipKind): { add: (link: CheckedLink, origin: RowOrigin) => Promise<void> | undefined; flush: () => Promise<void> } {
  const spec = RELATIONSHIP_KINDS[kind];
  const batcher = relationshipBatcher(ctx, spec.type, (origin, reason) => ctx.report.rejectRelationship(spec.type, origin, reason));
  const lanes = ctx.sink.parallelWrites;
  const add = ({ record, from, to, fromKnown, toKnown }: CheckedLink, origin: RowOrigin): Promise<void> | undefined => {
    // The scan's look-ups when it made them (the one-pass bulk conversion), else one look-up per end here.
    const fromEntry = fromKnown ?? ctx.catalog.get(from);
    const toEntry = toKnown ?? ctx.catalog.get(to);
    // A copy only when the ends were swapped (an undirected pair read the other way): the record is this row's own.
    const link = record.from === from && record.to === to ? record : { ...record, from, to };
    // No arrays for a row without problems (nearly all): each was garbage per row of a million-row conversion.
    const fromProblem = knownEndProblem(fromEntry, 'from', from, spec.from);
    const toProblem = knownEndProblem(toEntry, 'to', to, spec.to);
    const stageProblem = 'stage' in record && record.stage !== undefined ? endProblem(ctx.catalog, 'stage', record.stage, ['ValueChainStage']) : undefined;
    const reasons =
      fromProblem !== undefined || toProblem !== undefined || stageProblem !== undefined
        ? [fromProblem, toProblem, stageProblem].filter((p): p is string => p !== undefined)
        : foundingProblems(link, (id) => (id === from ? fromEntry?.founded : id === to ? toEntry?.founded : ctx.catalog.foundedOf(id)));
    if (reasons.length > 0) {
      ctx.report.rejectRelationship(spec.type, origin, reasons.join('; '));
      ctx.progress.advance(1);
      return undefined;
    }
    const ends = spec.type === 'COLLABORATES_WITH' ? actorPair(fromEntry?.label, toEntry?.label) : undefined;
    return batcher.add(
      // The key only chooses a lane: with one (the bulk sink) no string need be built.
      lanes > 1 ? pairKey(from, to) : '',
      (i) => {
        const row: NumberedRelationshipRow = toRelationshipWriteRow(link, i, ends);
        // Both ends were found above (no problem was reported).
        row.fromNumber = fromEntry?.number;
        row.toNumber = toEntry?.number;
        return row;
      },
      origin,
    );
  };
  return { add, flush: () => batcher.flush() };
}

/** The second pass over the relationship files (after scanRelationshipFiles): writes the rows the scan accepted. */
export async function writeRelationshipFiles(ctx: ImportContext, files: readonly RelationshipFile[]): Promise<void> {
  for (const { path: file, kind } of files) {
    if (ctx.skippedFiles.has(file)) continue;
    const writer = linkWriter(ctx, kind);
    for await (const events of readCsvEvents(file)) {
      for (const event of events) {
        if (event.type !== 'row') continue;
        const origin = { file, line: event.line };
        if (ctx.report.isRejected(origin)) continue;
        const validation = validateRelationshipRow(kind, event.row);
        // Refused rows were reported by the first pass; the same checks refuse them again here.
        if (!validation.ok) continue;
        const pending = writer.add({ record: validation.record, ...canonicalEnds(kind, validation.record.from, validation.record.to) }, origin);
        if (pending) await pending;
      }
    }
    await writer.flush();
  }
}

/**
 * Scan and write in one pass, for a sink that starts empty (the bulk files): with nothing to look up in the
 * target, the catalogue is complete once the node files are read, so each relationship row can be checked and
 * written as it is read, and the files are parsed and validated once instead of twice.
 */
export async function scanAndWriteRelationshipFiles(ctx: ImportContext, files: readonly RelationshipFile[], only?: ReadonlySet<number>): Promise<void> {
  let current: { file: string; writer: ReturnType<typeof linkWriter> } | undefined;
  await forEachCheckedLink(
    ctx,
    files,
    (link, kind, origin) => {
      if (current?.file !== origin.file) {
        const previous = current;
        current = { file: origin.file, writer: linkWriter(ctx, kind) };
        if (previous) return previous.writer.flush().then(() => current?.writer.add(link, origin));
      }
      return current.writer.add(link, origin);
    },
    (rows) => (ctx.progress.total += rows),
    only,
  );
  await current?.writer.flush();
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
