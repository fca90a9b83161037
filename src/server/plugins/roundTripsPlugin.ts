import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../request';

/**
 * Adds `extensions.cost.roundTrips` to every response: how many Cypher statements the request ran. Clients
 * and benchmarks see what a query costs the database; tests prove batching with it.
 */
export function roundTripsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { roundTrips: contextValue.stats.roundTrips },
          };
        },
      };
    },
  };
}
