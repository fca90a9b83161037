import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { AllowList } from '../limits/allowList';

/**
 * Allow-list mode, second half (the first is limits/allowListGate): a request that names a listed document by
 * `extensions.persistedQuery.sha256Hash` runs that document. The extension is removed before Apollo sees it,
 * so Apollo's own automatic persisted queries (which would let clients register new documents) never apply.
 */
export function persistedOperationsPlugin(allowList: AllowList): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const persisted = request.extensions?.['persistedQuery'];
      if (typeof persisted !== 'object' || persisted === null) return;
      const hash: unknown = (persisted as Record<string, unknown>)['sha256Hash'];
      const document = typeof hash === 'string' ? allowList.documentFor(hash) : undefined;
      if (request.query === undefined && document !== undefined) request.query = document;
      const { persistedQuery: _resolved, ...rest } = request.extensions ?? {};
      request.extensions = rest;
    },
  };
}
