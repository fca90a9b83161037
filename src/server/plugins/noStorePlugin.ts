import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../request';

/**
 * Sends `cache-control: no-store` with every GraphQL response, as Apollo's built-in cache-control plugin did for
 * this schema (no field or type sets a cache hint, so every answer was uncacheable). That plugin ran a
 * `willResolveField` hook for every resolved field to gather hints nobody sets: 3.8 % of nestedRead's server CPU
 * (500 partner edges, each with its fields). httpServer.ts disables it and installs this one instead. A header a
 * plugin set before (none does today) is kept.
 */
export function noStorePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
