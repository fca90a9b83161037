export { createServerMetrics, requestIdOf, type ServerMetrics } from './serverMetrics';
export { OperationLabels, NO_OPERATION, OTHER_OPERATION } from './operationLabels';
