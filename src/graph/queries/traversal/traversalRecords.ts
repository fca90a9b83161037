/** Plain records the traversal queries return; resolvers map them to GraphQL types. */
import type { ActorKindValue, ActorRecord, AnyActorRecord, ClusterRecord, ProjectRecord, ValueChainStageRecord } from '../records';

import { NETWORK_LINK_KINDS as ALL_LINK_KINDS, type NetworkLinkKindValue } from '../../../model/linkKinds';

/** The link kinds a network traversal follows, in rank order: the registry's (src/model/linkKinds.ts). */
export { DEFAULT_NETWORK_LINK_KINDS, NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../../../model/linkKinds';

/** Which actors and links a network traversal may use. */
export interface NetworkScope {
  /** The link kinds to follow; never empty. */
  linkKinds: readonly NetworkLinkKindValue[];
  /** Only reach actors of these kinds; null for all. */
  actorKinds: readonly ActorKindValue[] | null;
  /** Only reach members of this cluster; null for any. */
  clusterId: string | null;
  /** Only reach actors located in this region or its sub-regions; null for anywhere. */
  regionId: string | null;
  /** Only reach actors that specialise in this technology or a narrower one; null for any. */
  technologyId: string | null;
  /** Only reach actors active in this value-chain stage; null for any. */
  stageId: string | null;
  /** Only follow collaborations of at least this weight (other kinds have none); null for any. */
  minWeight: number | null;
  /** Only links valid on this ISO date (YYYY-MM-DD); null for all. */
  asOf: string | null;
  /** Leave out sample data: links made of an `illustrative` relationship and `illustrative` actors. */
  citedOnly: boolean;
}

/** Every kind followed, every filter off, any time, all evidence: the scope a caller narrows with a spread. */
export const OPEN_NETWORK_SCOPE: NetworkScope = Object.freeze({
  linkKinds: ALL_LINK_KINDS,
  actorKinds: null,
  clusterId: null,
  regionId: null,
  technologyId: null,
  stageId: null,
  minWeight: null,
  asOf: null,
  citedOnly: false,
});

/**
 * One link between two actors. `source` → `target` is the stored direction for SUPPLY (supplier → customer) and
 * SPIN_OFF (spin-off → origin); for the undirected kinds `source` has the smaller id.
 */
export interface NetworkLinkRecord {
  kind: NetworkLinkKindValue;
  source: string;
  target: string;
  topic: string | null;
  weight: number | null;
  model: string | null;
  product: string | null;
  stage: ValueChainStageRecord | null;
  cluster: ClusterRecord | null;
  project: ProjectRecord | null;
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
}

/**
 * An actor's membership of a cluster it shares with another actor of a network: SAME_CLUSTER through the cluster
 * (two members of one cluster are one hop apart; n members cost n memberships, not n(n-1)/2 links).
 */
export interface NetworkMembershipRecord {
  actorId: string;
  cluster: ClusterRecord;
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
}

/** An actor newly reached by one breadth-first step, with the neighbour it was reached from. */
export interface FrontierStep {
  id: string;
  parentId: string;
  kind: NetworkLinkKindValue;
}

/** A supply relation (supplier → customer) with its properties. */
export interface SupplyEdgeRecord {
  supplierId: string;
  customerId: string;
  product: string | null;
  stage: ValueChainStageRecord | null;
  since: string | null;
  until: string | null;
  sources: string[];
  illustrative: boolean;
}

/** A company reached from a start company, and its tier (fewest supply relations from the start). */
export interface TieredCompany<A extends AnyActorRecord = ActorRecord> {
  actor: A;
  tier: number;
}
