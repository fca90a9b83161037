export { compiledExecutionGateway, createCompiledExecution, COMPILE_AFTER_RUNS, type CompiledExecution, type ExecutionCounts } from './compiledExecution';
