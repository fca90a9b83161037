import { DEFAULT_NETWORK_LINK_KINDS, NETWORK_LINK_KINDS, type ActorKindValue, type NetworkLinkKindValue, OPEN_NETWORK_SCOPE, type NetworkScope } from '../../graph';
import type { Evidence, PartnerNetworkFilter } from '../../generated/graphql';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';
import { checkBound } from './traversalBounds';

/** The link kinds asked for, in their fixed order without repeats; the registry's default kinds when none are given. */
export function linkKindsOf(kinds: readonly NetworkLinkKindValue[] | null | undefined): NetworkLinkKindValue[] {
  if (!kinds || kinds.length === 0) return [...DEFAULT_NETWORK_LINK_KINDS];
  return NETWORK_LINK_KINDS.filter((kind) => kinds.includes(kind));
}

/** Actor kinds without repeats, sorted; null (all kinds) when none are given. */
export function actorKindsOf(kinds: readonly ActorKindValue[] | null | undefined): ActorKindValue[] | null {
  return kinds && kinds.length > 0 ? [...new Set(kinds)].sort() : null;
}

/** A network scope with every filter off: the given kinds, any time, all evidence. */
export function openNetworkScope(linkKinds: readonly NetworkLinkKindValue[], asOf: string | null, evidence: Evidence | null | undefined): NetworkScope {
  return { ...OPEN_NETWORK_SCOPE, linkKinds, asOf, citedOnly: evidence === 'CITED' };
}

/** A partner-network filter as the graph layer's scope, its ids checked. */
export function networkScopeOf(filter: PartnerNetworkFilter | null | undefined): NetworkScope {
  return {
    linkKinds: linkKindsOf(filter?.linkKinds),
    actorKinds: actorKindsOf(filter?.actorKinds),
    clusterId: filter?.cluster ? checkId(filter.cluster, 'filter.cluster') : null,
    regionId: filter?.region ? checkId(filter.region, 'filter.region') : null,
    technologyId: filter?.technology ? checkId(filter.technology, 'filter.technology') : null,
    stageId: filter?.stage ? checkId(filter.stage, 'filter.stage') : null,
    minWeight: filter?.minWeight === null || filter?.minWeight === undefined ? null : checkBound(filter.minWeight, 'collaborationWeight', 'filter.minWeight'),
    asOf: asOfDate(filter?.asOf),
    citedOnly: filter?.evidence === 'CITED',
  };
}
