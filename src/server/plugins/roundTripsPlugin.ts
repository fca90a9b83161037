import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../request';

/**
 * Adds `extensions.cost` to every response: `roundTrips`, how many Cypher statements the request ran, and
 * `estimated`, the operation's estimated cost as the limit counts it (absent when the request never got that
 * far, e.g. a parse error). Clients and benchmarks see what a query costs and how close it is to the limit;
 * tests prove batching with it.
 */
export function roundTripsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: {
              roundTrips: contextValue.stats.roundTrips,
              ...(contextValue.stats.estimatedCost === null ? {} : { estimated: contextValue.stats.estimatedCost }),
            },
          };
        },
      };
    },
  };
}
