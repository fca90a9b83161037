import { type ActorKindValue, type NetworkScope } from '../../graph';
import { NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../../model';
import type { PartnerNetworkFilter } from '../../generated/graphql';
import { asOfDate } from '../asOf';
import { checkId } from '../inputValidation';

/** The link kinds asked for, in their fixed order without repeats; all kinds when none are given. */
export function linkKindsOf(kinds: readonly NetworkLinkKindValue[] | null | undefined): NetworkLinkKindValue[] {
  if (!kinds || kinds.length === 0) return [...NETWORK_LINK_KINDS];
  return NETWORK_LINK_KINDS.filter((kind) => kinds.includes(kind));
}

/** Actor kinds without repeats, sorted; null (all kinds) when none are given. */
export function actorKindsOf(kinds: readonly ActorKindValue[] | null | undefined): ActorKindValue[] | null {
  return kinds && kinds.length > 0 ? [...new Set(kinds)].sort() : null;
}

/** A partner-network filter as the graph layer's scope, its ids checked. */
export function networkScopeOf(filter: PartnerNetworkFilter | null | undefined): NetworkScope {
  return {
    linkKinds: linkKindsOf(filter?.linkKinds),
    actorKinds: actorKindsOf(filter?.actorKinds),
    clusterId: filter?.cluster ? checkId(filter.cluster, 'filter.cluster') : null,
    regionId: filter?.region ? checkId(filter.region, 'filter.region') : null,
    asOf: asOfDate(filter?.asOf),
  };
}
