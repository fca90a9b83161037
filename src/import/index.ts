export { importGraph, DEFAULT_BATCH_SIZE } from './importGraph';
export { DEFAULT_PARALLEL_WRITES } from './importSink';
export { ImportInputError } from './importInputError';
export { GraphNotMigratedError } from './requireConstraints';
export type { ImportOptions, ImportProgress, ImportReject, ImportReport, KindCounts } from './importReport';
export { kindOfFileName, resolveInputFiles, type InputFile } from './inputFiles';
export { writeBatch, type BatchOutcome } from './writeBatch';
export { SAMPLE_SUBFOLDER, seedInputs } from './seedInputs';
