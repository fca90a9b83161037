/**
 * First pass over the relationship files: validate every row, refuse a second row for the same link, and
 * collect the ids the input does not define so they can be looked up in the database in bulk.
 */
import { isIllustrative, RELATIONSHIP_KINDS, validateRelationshipRow } from '../model';
import { canonicalEnds, linkKey } from './canonicalLink';
import { readCsvRows } from './csvRows';
import { acceptHeader } from './headerCheck';
import type { ImportContext } from './importContext';
import type { InputFile } from './inputFiles';

// More lines than any CSV file will have; keeps file index * LINE_LIMIT + line a safe integer.
const LINE_LIMIT = 2 ** 32;

/** Scans the files and adds the database's labels of ids the input lacks to the catalog; returns the rows left to write. */
export async function scanRelationshipFiles(ctx: ImportContext, files: readonly Extract<InputFile, { role: 'relationship' }>[]): Promise<number> {
  const unknownIds = new Set<string>();
  // type -> link key -> first row, per relationship type across all its files. The row is one number
  // (file index * LINE_LIMIT + line), not an object: at a million rows the difference is tens of megabytes.
  const seen = new Map<string, Map<string, number>>();
  let accepted = 0;
  const note = (id: string | undefined): void => {
    if (id !== undefined && !ctx.catalog.has(id)) unknownIds.add(id);
  };
  for (const [fileIndex, { path: file, kind }] of files.entries()) {
    ctx.report.addFile(file, kind);
    const type = RELATIONSHIP_KINDS[kind].type;
    const links = seen.get(type) ?? new Map<string, number>();
    seen.set(type, links);
    for await (const event of readCsvRows(file)) {
      if (event.type === 'header') {
        if (!acceptHeader(ctx, file, kind, event.columns)) break;
        continue;
      }
      const origin = { file, line: event.line };
      if (event.type === 'problem') {
        ctx.report.rejectRelationship(type, origin, event.reason);
        continue;
      }
      ctx.report.countFileRow(file);
      ctx.report.addRelationships(type, 'rows');
      const validation = validateRelationshipRow(kind, event.row);
      if (!validation.ok) {
        ctx.report.rejectRelationship(type, origin, validation.reasons.join('; '));
        continue;
      }
      const { from, to } = canonicalEnds(kind, validation.record.from, validation.record.to);
      const key = linkKey(from, to);
      const first = links.get(key);
      if (first !== undefined) {
        const pair = RELATIONSHIP_KINDS[kind].undirected ? 'pair (read undirected)' : 'from and to';
        const at = `${files[Math.floor(first / LINE_LIMIT)]?.path ?? '?'}:${first % LINE_LIMIT}`;
        ctx.report.rejectRelationship(type, origin, `duplicate: ${at} has the same ${pair}; one ${type} per pair`);
        continue;
      }
      links.set(key, fileIndex * LINE_LIMIT + event.line);
      note(from);
      note(to);
      if ('stage' in validation.record) note(validation.record.stage);
      ctx.report.addRelationships(type, isIllustrative(validation.record.sources) ? 'sample' : 'cited');
      accepted += 1;
    }
  }
  for (const [id, facts] of await ctx.sink.lookupNodes(unknownIds)) ctx.catalog.addFromDatabase(id, facts.label, facts.founded);
  return accepted;
}
