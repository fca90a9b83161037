export { GraphClient, createDriver, type Statement, type Row, type QueryObserver, type QueryEvent, type PlanSummary, type GraphClientOptions } from './graphClient';
export { GraphAccessError, GraphUnavailableError, GraphTimeoutError, GraphConstraintError, GraphLockConflictError, GraphMemoryError } from './graphErrors';
export { migrate, MIGRATIONS, constraintExists, type MigrateOptions } from './migrations';
export * from './queries';
export { openGraph, type OpenGraph, type OpenGraphHooks } from './openGraph';
