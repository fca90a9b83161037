import path from 'node:path';
import { isNodeKind, NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind, type RelationshipKind } from '../model';
import { CsvWriter } from './csvWriter';

/** A writer for `<kind>.csv` in `outDir` with the kind's documented header, so output is exactly the import format. */
export function openKindWriter(outDir: string, kind: NodeKind | RelationshipKind): CsvWriter {
  const columns = isNodeKind(kind) ? NODE_KINDS[kind].columns : RELATIONSHIP_KINDS[kind].columns;
  return new CsvWriter(path.join(outDir, `${kind}.csv`), columns);
}
