export { importGraph, DEFAULT_BATCH_SIZE } from './importGraph';
export { ImportInputError } from './importInputError';
export { GraphNotMigratedError } from './requireConstraints';
export type { ImportOptions, ImportProgress, ImportReject, ImportReport, KindCounts } from './importReport';
export { kindOfFileName, resolveInputFiles, type InputFile } from './inputFiles';
export { writeBatch, type BatchOutcome } from './writeBatch';
export { NODE_WRITES, RELATIONSHIP_WRITES } from '../graph/queries/importWrites';
export { toNodeWriteRow, type NodeWriteRow } from './nodeWriteRows';
export { toRelationshipWriteRow, type RelationshipWriteRow } from './relationshipWriteRows';
