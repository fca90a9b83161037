import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isNodeKind, isRelationshipKind, validateNodeRow, validateRelationshipRow, type RawRow } from '../../../src/model';

/** A generated folder read back: raw rows per kind, and every validation failure found. */
export interface GeneratedFolder {
  rows: Map<string, RawRow[]>;
  headers: Map<string, string[]>;
  problems: string[];
}

export function readGeneratedFolder(dir: string): GeneratedFolder {
  const rows = new Map<string, RawRow[]>();
  const headers = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const kind = file.slice(0, -4);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    headers.set(kind, text.slice(0, text.indexOf('\n')).split(','));
    const records = parse(text, { columns: true }) as RawRow[];
    rows.set(kind, records);
    records.forEach((row, index) => {
      const result = isNodeKind(kind) ? validateNodeRow(kind, row) : isRelationshipKind(kind) ? validateRelationshipRow(kind, row) : undefined;
      if (!result) problems.push(`${file}: unknown kind`);
      else if (!result.ok) problems.push(`${file}:${index + 2}: ${result.reasons.join('; ')}`);
    });
  }
  return { rows, headers, problems };
}

export function column(folder: GeneratedFolder, kind: string, name: string): string[] {
  return (folder.rows.get(kind) ?? []).map((row) => row[name] ?? '');
}
