/**
 * First pass over the relationship files: validate every row, refuse a second row for the same link, and
 * collect the ids the input does not define so they can be looked up in the database in bulk.
 */
import { RELATIONSHIP_KINDS, validateRelationshipRow } from '../model';
import { canonicalEnds, linkKey } from './canonicalLink';
import { readCsvRows } from './csvRows';
import { acceptHeader } from './headerCheck';
import type { ImportContext } from './importContext';
import type { InputFile } from './inputFiles';
import { lookupLabels } from './lookupLabels';
import type { RowOrigin } from './reportBuilder';

/** Scans the files and adds the database's labels of ids the input lacks to the catalog; returns the rows left to write. */
export async function scanRelationshipFiles(ctx: ImportContext, files: readonly Extract<InputFile, { role: 'relationship' }>[]): Promise<number> {
  const unknownIds = new Set<string>();
  // type -> link key -> first row, per relationship type across all its files.
  const seen = new Map<string, Map<string, RowOrigin>>();
  let accepted = 0;
  const note = (id: string | undefined): void => {
    if (id !== undefined && !ctx.catalog.has(id)) unknownIds.add(id);
  };
  for (const { path: file, kind } of files) {
    ctx.report.addFile(file, kind);
    const type = RELATIONSHIP_KINDS[kind].type;
    const links = seen.get(type) ?? new Map<string, RowOrigin>();
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
      if (first) {
        const pair = RELATIONSHIP_KINDS[kind].undirected ? 'pair (read undirected)' : 'from and to';
        ctx.report.rejectRelationship(type, origin, `duplicate: ${first.file}:${first.line} has the same ${pair}; one ${type} per pair`);
        continue;
      }
      links.set(key, origin);
      note(from);
      note(to);
      if ('stage' in validation.record) note(validation.record.stage);
      accepted += 1;
    }
  }
  for (const [id, label] of await lookupLabels(ctx.graph, unknownIds)) ctx.catalog.addFromDatabase(id, label);
  return accepted;
}
