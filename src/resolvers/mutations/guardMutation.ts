import { authorize, mutationRole, type RequestContext } from '../../request';

/**
 * Wraps a mutation resolver with the role check of its field. The access-control plugin already checks the whole
 * operation before it runs; this second check keeps a mutation closed should it ever run without the plugin.
 */
export function guardMutation<A, R>(field: string, resolve: (args: A, ctx: RequestContext) => Promise<R>) {
  return (_root: unknown, args: A, ctx: RequestContext): Promise<R> => {
    authorize(ctx.caller, { role: mutationRole(field), fields: [field] });
    return resolve(args, ctx);
  };
}
