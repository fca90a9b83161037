import fs from 'node:fs/promises';
import path from 'node:path';
import { isNodeKind, isRelationshipKind, type NodeKind, type RelationshipKind } from '../model';
import { ImportInputError } from './importInputError';

/** One CSV file to import, with the kind its name gives. */
export type InputFile =
  | { path: string; kind: NodeKind; role: 'node' }
  | { path: string; kind: RelationshipKind; role: 'relationship' }
  | { path: string; kind: string; role: 'unknown' };

/** The kind a file name gives: `<kind>.csv` or `<kind>.<part>.csv` (e.g. `member_of.companies.csv` → member_of). */
export function kindOfFileName(fileName: string): string {
  const base = path.basename(fileName);
  const withoutExtension = base.toLowerCase().endsWith('.csv') ? base.slice(0, -4) : base;
  return withoutExtension.split('.')[0] ?? '';
}

/**
 * Expands files and folders (a folder's own `*.csv` files, not its subfolders) into input files, sorted by
 * path so a run is repeatable, each file once. Throws ImportInputError for a path that does not exist.
 */
export async function resolveInputFiles(inputs: readonly string[]): Promise<InputFile[]> {
  if (inputs.length === 0) throw new ImportInputError('No input: name CSV files or folders to import.');
  const paths = new Set<string>();
  for (const input of inputs) {
    const resolved = path.resolve(input);
    const stat = await fs.stat(resolved).catch(() => {
      throw new ImportInputError(`Input not found: ${input}`);
    });
    if (stat.isDirectory()) {
      const entries = await fs.readdir(resolved, { withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && entry.name.toLowerCase().endsWith('.csv')) paths.add(path.join(resolved, entry.name));
      }
    } else {
      paths.add(resolved);
    }
  }
  return [...paths].sort().map(classify);
}

function classify(filePath: string): InputFile {
  const kind = kindOfFileName(filePath);
  if (isNodeKind(kind)) return { path: filePath, kind, role: 'node' };
  if (isRelationshipKind(kind)) return { path: filePath, kind, role: 'relationship' };
  return { path: filePath, kind, role: 'unknown' };
}
