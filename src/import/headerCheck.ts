import { checkHeader, type NodeKind, type RelationshipKind } from '../model';
import type { ImportContext } from './importContext';

/** Refuses a file whose header is wrong (FORMAT.md: unknown columns are an error); true when the file is usable. */
export function acceptHeader(ctx: ImportContext, file: string, kind: NodeKind | RelationshipKind, columns: readonly string[]): boolean {
  const problems = checkHeader(kind, columns);
  if (problems.length === 0) return true;
  ctx.report.rejectFile(file, 1, `file skipped: ${problems.join('; ')}`);
  ctx.skippedFiles.add(file);
  return false;
}
