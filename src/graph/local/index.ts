export { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j';
export { LocalNeo4jError } from './localNeo4jError';
export { sizeLocalMemory, directoryBytes, type LocalMemory } from './memorySettings';
export { runBulkImport, databaseStoreDir, parseImportSummary, type BulkImportGroup, type BulkImportOptions, type BulkImportResult } from './bulkImport';
export { findJava, parseJavaMajor, MINIMUM_JAVA_MAJOR } from './javaRuntime';
export { resolveLocalPassword, PASSWORD_FILE } from './localPassword';
export { resolveLocalNeo4jBuild, type LocalNeo4jBuild } from './classpath';
export { classDataArchiveFile, classDataArchiveFlags, ensureClassDataArchive } from './classDataArchive';
export { prepareLocalJvm, type LocalJvm } from './localJvm';
