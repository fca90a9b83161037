import type { ActorKindValue, AnyActorRecord, NetworkLinkRecord } from '../../graph';
import type { InteractionModel, ResolversTypes } from '../../generated/graphql';
import { linkKindSpec } from '../../model/linkKinds';

const MODELS: ReadonlySet<string> = new Set<InteractionModel>([
  'SCIENCE_SCIENCE',
  'SCIENCE_INDUSTRY',
  'INDUSTRY_INDUSTRY',
  'SCIENCE_SUPPORT',
  'INDUSTRY_SUPPORT',
  'SUPPORT_SUPPORT',
]);

const SIDES: Record<ActorKindValue, { side: string; rank: number }> = {
  RESEARCH_INSTITUTE: { side: 'SCIENCE', rank: 0 },
  COMPANY: { side: 'INDUSTRY', rank: 1 },
  ORGANIZATION: { side: 'SUPPORT', rank: 2 },
};

/** The interaction model of two actor kinds: science before industry before support, as the enum names them. */
export function modelOfKinds(a: ActorKindValue, b: ActorKindValue): InteractionModel {
  const [x, y] = SIDES[a].rank <= SIDES[b].rank ? [SIDES[a], SIDES[b]] : [SIDES[b], SIDES[a]];
  return `${x.side}_${y.side}` as InteractionModel;
}

/** The interaction model of a collaboration: as stored, or derived from its ends' kinds when missing. */
export function collaborationModel(stored: string | null, a: Pick<AnyActorRecord, 'kind'> | undefined, b: Pick<AnyActorRecord, 'kind'> | undefined): InteractionModel | null {
  if (stored !== null && MODELS.has(stored)) return stored as InteractionModel;
  return a && b ? modelOfKinds(a.kind, b.kind) : null;
}

/** Every interaction model in enum order. */
export const INTERACTION_MODELS: readonly InteractionModel[] = [...MODELS] as InteractionModel[];

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
    illustrative: link.illustrative || link.sources.some((s) => s === 'illustrative' || s === 'fictional'),
  };
}
