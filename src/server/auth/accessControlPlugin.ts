import type { ApolloServerPlugin } from '@apollo/server';
import { authorize, type RequestContext, requiredAccess, UnauthenticatedError } from '../../request';
import type { Logger } from '../logger';
import type { AccessPolicy } from './accessPolicy';
import { authenticate } from './authenticate';

/**
 * Access control for every operation, decided after the operation is parsed and validated and before anything
 * runs: the Authorization header names the caller (stored in the request context as `caller`), the operation
 * says which role it needs (`requiredAccess`), and a caller without a key gets UNAUTHENTICATED (HTTP 401), one
 * with too small a role FORBIDDEN (HTTP 403). A wrong key is refused even for public reads. Each authorised
 * write is logged with the key's id.
 *
 * The policy is the configuration's (API_KEYS_FILE, READS_REQUIRE_AUTH), read once at start by the entry point.
 */
export function accessControlPlugin(logger: Logger, policy: AccessPolicy): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const authentication = authenticate(request.http?.headers.get('authorization'), policy.keys);
      if (authentication.ok) contextValue.caller = authentication.caller;
      return {
        async didResolveOperation({ operation, document, operationName, contextValue: context }) {
          if (!authentication.ok) throw new UnauthenticatedError(authentication.reason);
          // Apollo resolves an operation before this hook; without one nothing runs.
          if (!operation) return;
          const access = requiredAccess(operation, document, policy.readsRequireAuth);
          if (access === null) return;
          authorize(context.caller, access);
          if (operation.operation === 'mutation' && context.caller.kind === 'apiKey') {
            logger.info({ requestId: context.requestId, keyId: context.caller.keyId, role: context.caller.role, operationName, fields: access.fields }, 'write authorised');
          }
        },
      };
    },
  };
}
