export { bulkImporterMemory, bulkLoad, convertForBulkImport, defaultConversionThreads, type BulkConversion, type BulkLoadOptions, type BulkLoadResult } from './bulkLoad';
export { BulkCsvSink, BULK_ARRAY_DELIMITER, BULK_ARRAY_DELIMITER_OPTION, type BulkFile } from './bulkCsvSink';
