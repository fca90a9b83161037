import type { ApolloServerPlugin } from '@apollo/server';
import type { PlanSummary } from '../../graph';
import type { RequestContext } from '../../request';

/** At most this many statements are explained per response: a deep traversal runs a few dozen at most. */
const MAX_EXPLAINED = 30;

/**
 * Operator-only: when the server runs with EXPLAIN_QUERIES=true and a request asks for it (header
 * `x-explain: plan`, and an admin key when API keys are configured), the response carries
 * `extensions.queries`: every Cypher statement the request ran, in order, with its parameter names (never the
 * values), its timings and the plan Neo4j chose (EXPLAIN). The explain round trips run after the answer is
 * complete, so they do not change what the request measured.
 */
export function explainPlugin(options: { requireAdmin: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const log = contextValue.queryLog;
          if (response.body.kind !== 'single' || log === null) return;
          const caller = contextValue.caller;
          if (options.requireAdmin && !(caller.kind === 'apiKey' && caller.role === 'admin')) return;
          const plans = new Map<string, PlanSummary | null>();
          const queries = [];
          for (const event of log.slice(0, MAX_EXPLAINED)) {
            if (!plans.has(event.text)) {
              // EXPLAIN plans without running, with the request's own parameters so the plan is the one it got.
              const statement = { name: `explain_${event.name}`, text: event.text, params: event.params };
              plans.set(event.text, await contextValue.graph.explain(statement).catch(() => null));
            }
            queries.push({
              name: event.name,
              mode: event.mode,
              cypher: event.text,
              parameterNames: event.parameterNames,
              durationMs: Math.round(event.durationMs * 10) / 10,
              serverTimes: event.serverTimes,
              plan: plans.get(event.text) ?? null,
            });
          }
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queries,
            ...(log.length > MAX_EXPLAINED ? { queriesOmitted: log.length - MAX_EXPLAINED } : {}),
          };
        },
      };
    },
  };
}
