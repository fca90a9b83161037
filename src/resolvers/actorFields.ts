import { isFullActor, type ActorRecord } from '../graph';
import type { RequestContext } from '../request';
import type { ActorModel } from './models';

/**
 * The whole record of an actor model: itself when it is whole, else loaded through the request's actor loader
 * (all summaries asked about in one tick share one round trip). Lists hand out summaries only when the
 * selection asks for nothing more, so this load is the exception.
 */
export function fullActor(actor: ActorModel, ctx: RequestContext): ActorRecord | Promise<ActorRecord> {
  if (isFullActor(actor)) return actor;
  return ctx.loaders.actor.load(actor.id).then((record) => {
    if (!record) throw new Error(`actor ${actor.id} disappeared during the request`);
    return record;
  });
}

/** Applies `read` to the whole record, synchronously when the model already is one. */
export function fromFullActor<T>(actor: ActorModel, ctx: RequestContext, read: (record: ActorRecord) => T): T | Promise<T> {
  const record = fullActor(actor, ctx);
  return record instanceof Promise ? record.then(read) : read(record);
}

type ScalarField = 'aliases' | 'description' | 'founded' | 'website' | 'location' | 'sources' | 'illustrative' | 'size' | 'employees' | 'fictional' | 'parentOrganization';

function field<K extends ScalarField>(key: K) {
  return (actor: ActorModel, _args: unknown, ctx: RequestContext): ActorRecord[K] | Promise<ActorRecord[K]> => fromFullActor(actor, ctx, (record) => record[key]);
}

/** The scalar fields every actor type shares beyond id, kind and name, read from the whole record. */
export const sharedActorScalarFields = {
  aliases: field('aliases'),
  description: field('description'),
  founded: field('founded'),
  website: field('website'),
  location: field('location'),
  sources: field('sources'),
  illustrative: field('illustrative'),
};

export const companyScalarFields = { size: field('size'), employees: field('employees'), fictional: field('fictional') };
export const instituteScalarFields = { parentOrganization: field('parentOrganization') };
