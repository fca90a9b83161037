import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../request';
import type { OperationLabels } from '../metrics';

/**
 * Tells the HTTP metrics and the request log which operation a request runs, once Apollo has resolved it (by
 * the request id both sides know).
 */
export function operationLabelPlugin(operations: OperationLabels): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          operations.set(contextValue.requestId, operationName);
        },
      };
    },
  };
}
