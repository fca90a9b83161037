export { compiledExecutionGateway, createCompiledExecution, COMPILE_AFTER_RUNS, MAX_REMEMBERED_DOCUMENTS, type CompiledExecution, type ExecutionCounts } from './compiledExecution';
