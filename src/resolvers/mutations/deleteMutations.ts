import { deleteActor, deleteCluster, type Deleted } from '../../graph';
import type { RequestContext } from '../../request';
import { notFound } from './mutationErrors';

function payload(id: string, deleted: Deleted | null, kind: 'actor' | 'cluster') {
  if (!deleted) return { deletedId: null, removedRelationships: null, errors: [notFound('id', `id: no ${kind} has the id "${id}"`)] };
  return { deletedId: id, removedRelationships: deleted.removedRelationships, errors: [] };
}

/** Deletes an actor with all its relationships (DETACH DELETE), in one write transaction. */
export async function deleteActorMutation({ id }: { id: string }, ctx: RequestContext) {
  const deleted = await deleteActor(ctx.graph, id);
  ctx.loaders.actor.clear(id);
  ctx.loaders.node.clear(id);
  return payload(id, deleted, 'actor');
}

/** Deletes a cluster with all its relationships (DETACH DELETE), in one write transaction. */
export async function deleteClusterMutation({ id }: { id: string }, ctx: RequestContext) {
  const deleted = await deleteCluster(ctx.graph, id);
  ctx.loaders.cluster.clear(id);
  ctx.loaders.node.clear(id);
  return payload(id, deleted, 'cluster');
}
