/**
 * First pass over the relationship files: validate every row, refuse a second row for the same link, and
 * collect the ids the input does not define so they can be looked up in the database in bulk.
 */
import { isIllustrative, RELATIONSHIP_KINDS, type RawRow, type RelationshipKind, type RelationshipRecords, validateRelationshipRow } from '../model';
import { canonicalEnds, linkKey } from './canonicalLink';
import { readCsvEvents } from './csvRows';
import { acceptHeader } from './headerCheck';
import type { KnownId } from './idCatalog';
import type { ImportContext } from './importContext';
import type { KindCounts } from './importReport';
import type { InputFile } from './inputFiles';
import { PairTable } from './pairTable';
import type { RowOrigin } from './reportBuilder';

// More lines than any CSV file will have; keeps file index * LINE_LIMIT + line a safe integer.
const LINE_LIMIT = 2 ** 32;

export type RelationshipFile = Extract<InputFile, { role: 'relationship' }>;

/** A row that passed the checks one row can tell: its record, and its ends as stored (canonical for undirected kinds). */
export interface CheckedLink {
  record: RelationshipRecords[RelationshipKind];
  from: string;
  to: string;
  /** The ends' catalogue entries as the scan found them (undefined: not catalogued then), so the writer need not look again. */
  fromKnown?: KnownId | undefined;
  toKnown?: KnownId | undefined;
}

/**
 * The checks of the scan, row by row: validation and repeated links. A link is one per type and pair of ends
 * across all files of its type; the first row wins, even when it is refused later for an end.
 */
export class LinkScan {
  // type -> link -> first row, per relationship type across all its files. The row is one number
  // (file index * LINE_LIMIT + line), not an object: at a million rows the difference is tens of megabytes.
  // The link is the pair of the ends' catalogue numbers when both are catalogued (PairTable: no string to build
  // or hash per row), else the ids' text; the two never meet, as a catalogued id and an unknown one differ.
  private readonly seen = new Map<string, { numbered: PairTable; named: Map<string, number> }>();
  // Numbers below this were given when the scan started; a pair of them is only exact below it.
  private readonly bound: number;
  // The counts of the file and the type of the last row: the same for a whole file, so they are looked up
  // when the file or type changes, not twice per row.
  private counted: { file: string; fileCounts: { rows: number } | undefined; type: string; typeCounts: KindCounts } | undefined;

  constructor(
    private readonly ctx: ImportContext,
    private readonly files: readonly RelationshipFile[],
  ) {
    this.bound = ctx.catalog.numberBound;
  }

  /** Counts the row and checks it; a refused row is reported and undefined returned. */
  check(fileIndex: number, kind: RelationshipKind, row: RawRow, origin: RowOrigin): CheckedLink | undefined {
    const { report } = this.ctx;
    const type = RELATIONSHIP_KINDS[kind].type;
    let counted = this.counted;
    if (counted?.file !== origin.file || counted.type !== type) {
      counted = this.counted = { file: origin.file, fileCounts: report.fileCounts(origin.file), type, typeCounts: report.relationshipCounts(type) };
    }
    if (counted.fileCounts) counted.fileCounts.rows += 1;
    counted.typeCounts.rows += 1;
    const validation = validateRelationshipRow(kind, row);
    if (!validation.ok) {
      report.rejectRelationship(type, origin, validation.reasons.join('; '));
      return undefined;
    }
    const { from, to } = canonicalEnds(kind, validation.record.from, validation.record.to);
    let links = this.seen.get(type);
    if (!links) this.seen.set(type, (links = { numbered: new PairTable(), named: new Map() }));
    const fromKnown = this.ctx.catalog.get(from);
    const toKnown = this.ctx.catalog.get(to);
    const at = fileIndex * LINE_LIMIT + origin.line;
    let first: number | undefined;
    if (fromKnown && toKnown && fromKnown.number < this.bound && toKnown.number < this.bound) {
      first = links.numbered.firstOrSet(fromKnown.number, toKnown.number, at);
    } else {
      const key = linkKey(from, to);
      first = links.named.get(key);
      if (first === undefined) links.named.set(key, at);
    }
    if (first !== undefined) {
      const pair = RELATIONSHIP_KINDS[kind].undirected ? 'pair (read undirected)' : 'from and to';
      const where = `${this.files[Math.floor(first / LINE_LIMIT)]?.path ?? '?'}:${first % LINE_LIMIT}`;
      report.rejectRelationship(type, origin, `duplicate: ${where} has the same ${pair}; one ${type} per pair`);
      return undefined;
    }
    if (isIllustrative(validation.record.sources)) counted.typeCounts.sample += 1;
    else counted.typeCounts.cited += 1;
    return { record: validation.record, from, to, fromKnown, toKnown };
  }
}

/**
 * Reads each relationship file (of `only`, by index, when given) once, handing every row the scan accepts to `accepted` (which may wait, e.g.
 * for a batch to be written). Problems and files with a bad header are reported here.
 */
export async function forEachCheckedLink(
  ctx: ImportContext,
  files: readonly RelationshipFile[],
  accepted: (link: CheckedLink, kind: RelationshipKind, origin: RowOrigin) => Promise<void> | undefined,
  onRows: (rows: number) => void = () => undefined,
  only?: ReadonlySet<number>,
): Promise<void> {
  const scan = new LinkScan(ctx, files);
  for (const [fileIndex, { path: file, kind }] of files.entries()) {
    // A worker thread of the bulk conversion reads some of the files (all of a type's), but numbers them all.
    if (only && !only.has(fileIndex)) continue;
    ctx.report.addFile(file, kind);
    const type = RELATIONSHIP_KINDS[kind].type;
    reading: for await (const events of readCsvEvents(file)) {
      onRows(events.length);
      for (const event of events) {
        if (event.type === 'header') {
          if (!acceptHeader(ctx, file, kind, event.columns)) break reading;
          continue;
        }
        const origin = { file, line: event.line };
        if (event.type === 'problem') {
          ctx.report.rejectRelationship(type, origin, event.reason);
          continue;
        }
        const link = scan.check(fileIndex, kind, event.row, origin);
        if (!link) continue;
        const pending = accepted(link, kind, origin);
        if (pending) await pending;
      }
    }
  }
}

/** Scans the files and adds the database's labels of ids the input lacks to the catalog; returns the rows left to write. */
export async function scanRelationshipFiles(ctx: ImportContext, files: readonly RelationshipFile[]): Promise<number> {
  const unknownIds = new Set<string>();
  let accepted = 0;
  const note = (id: string | undefined): void => {
    if (id !== undefined && !ctx.catalog.has(id)) unknownIds.add(id);
  };
  await forEachCheckedLink(ctx, files, (link) => {
    note(link.from);
    note(link.to);
    if ('stage' in link.record) note(link.record.stage);
    accepted += 1;
    return undefined;
  });
  for (const [id, facts] of await ctx.sink.lookupNodes(unknownIds)) ctx.catalog.addFromDatabase(id, facts.label, facts.founded);
  return accepted;
}
