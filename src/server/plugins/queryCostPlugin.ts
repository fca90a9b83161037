import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../request';
import { getVariableValues } from 'graphql';
import { CostCache } from '../limits/costCache';
import { estimateCost } from '../limits/queryCost';
import { QueryTooComplexError } from '../limits/queryTooComplexError';

/**
 * Refuses an operation whose estimated cost (see limits/queryCost) is above `maxCost`, before anything runs, and
 * keeps the estimate in the request's stats, so every answer reports it (roundTripsPlugin). It runs once the
 * operation is known, because the cost depends on the variables (`first: $n`).
 */
export function queryCostPlugin(options: { maxCost: number; maxNodes: number }): ApolloServerPlugin<RequestContext> {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, operationName, contextValue }) {
          const variables = request.variables ?? {};
          // Variables that do not fit their types are refused by execution with BAD_USER_INPUT before any
          // resolver runs; the estimate would only fail on them.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 1 });
          if (coerced.errors) return;
          let cost: number;
          try {
            cost = costs.cost(document, operationName ?? undefined, variables, () =>
              estimateCost({ schema, document, variables, operationName: operationName ?? undefined, maxNodes: options.maxNodes }),
            );
          } catch {
            // Only the selection cap of the estimate is left to fail here.
            throw new QueryTooComplexError(`The query has too many selections (fragments expanded) to run.`, { limit: 'selections', max: options.maxNodes });
          }
          contextValue.stats.estimatedCost = cost;
          if (cost > options.maxCost) {
            throw new QueryTooComplexError(
              `The query costs an estimated ${cost} and the limit is ${options.maxCost}; ask for smaller pages (first), fewer nested lists or shallower traversals.`,
              { limit: 'cost', max: options.maxCost, actual: cost },
            );
          }
        },
      };
    },
  };
}
