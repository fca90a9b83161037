import type { ActorKindValue, AnyActorRecord, NetworkLinkRecord, NetworkMembershipRecord } from '../../graph';
import type { InteractionModel, ResolversTypes, SubgraphMembership } from '../../generated/graphql';
import { linkKindSpec } from '../../model/linkKinds';
import { actorLabelOfKind, COLLABORATION_MODELS, collaborationModel as modelOfLabels, isIllustrative } from '../../model';

const MODELS: ReadonlySet<string> = new Set<string>(COLLABORATION_MODELS);

/** The interaction model of two actor kinds: the model's one rule (model/collaborationModel.ts). */
export function modelOfKinds(a: ActorKindValue, b: ActorKindValue): InteractionModel {
  return modelOfLabels(actorLabelOfKind(a), actorLabelOfKind(b));
}

/** The interaction model of a collaboration: as stored, or derived from its ends' kinds when missing. */
export function collaborationModel(stored: string | null, a: Pick<AnyActorRecord, 'kind'> | undefined, b: Pick<AnyActorRecord, 'kind'> | undefined): InteractionModel | null {
  if (stored !== null && MODELS.has(stored)) return stored as InteractionModel;
  return a && b ? modelOfKinds(a.kind, b.kind) : null;
}

/** Every interaction model in enum order. */
export const INTERACTION_MODELS: readonly InteractionModel[] = COLLABORATION_MODELS;

/** A network link as the SubgraphEdge type: direction flag and interaction model added. */
export function toSubgraphEdge(link: NetworkLinkRecord, actorOf: (id: string) => Pick<AnyActorRecord, 'kind'> | undefined): ResolversTypes['SubgraphEdge'] {
  return {
    source: link.source,
    target: link.target,
    linkKind: link.kind,
    directed: linkKindSpec(link.kind).directed,
    topic: link.topic,
    weight: link.weight,
    interactionModel: link.kind === 'COLLABORATION' ? collaborationModel(link.model, actorOf(link.source), actorOf(link.target)) : null,
    product: link.product,
    stage: link.stage,
    cluster: link.cluster,
    project: link.project,
    since: link.since,
    until: link.until,
    sources: link.sources,
    illustrative: link.illustrative || isIllustrative(link.sources),
  };
}

/** A shared cluster's membership as the SubgraphMembership type (an edge from an actor node to a cluster node). */
export function toSubgraphMembership(membership: NetworkMembershipRecord): SubgraphMembership {
  return {
    actor: membership.actorId,
    cluster: membership.cluster.id,
    since: membership.since,
    until: membership.until,
    sources: membership.sources,
    illustrative: membership.illustrative || isIllustrative(membership.sources),
  };
}
