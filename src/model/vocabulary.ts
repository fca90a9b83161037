/**
 * The vocabulary of the graph: the fixed allow-lists of node labels and relationship types, the actor kinds and
 * the link kinds a network traversal follows. Cypher never takes a label or a type from input; it picks one of
 * these. It lives in model/ because the import format, the write rows and every query layer above share it.
 */
export const ACTOR_LABELS = ['Company', 'ResearchInstitute', 'Organization'] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

export const NODE_LABELS = [
  ...ACTOR_LABELS,
  'Cluster',
  'Region',
  'Technology',
  'ValueChain',
  'ValueChainStage',
  'Project',
  'FundingProgram',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'LOCATED_IN',
  'PART_OF',
  'COLLABORATES_WITH',
  'SUPPLIES',
  'SPECIALIZES_IN',
  'ACTIVE_IN',
  'PARTICIPATES_IN',
  'FUNDED_BY',
  'SPUN_OFF_FROM',
  'SUBSIDIARY_OF',
  'COOPERATES_WITH',
  'BROADER',
  'STAGE_OF',
  'FEEDS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Actor kinds as stored in the `kind` property of every actor node. */
export type ActorKind = 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION';

/** Actor kinds as stored in the `kind` property of every actor node, by label. */
export const ACTOR_KIND_BY_LABEL: Record<ActorLabel, ActorKind> = {
  Company: 'COMPANY',
  ResearchInstitute: 'RESEARCH_INSTITUTE',
  Organization: 'ORGANIZATION',
};

/** The label of an actor kind: the inverse of ACTOR_KIND_BY_LABEL. */
export function actorLabelOfKind(kind: ActorKind): ActorLabel {
  return ACTOR_LABELS.find((label) => ACTOR_KIND_BY_LABEL[label] === kind) as ActorLabel;
}

/** The link kinds a network traversal follows, in rank order: the link-kind registry's (linkKinds.ts). */
export { NETWORK_LINK_KINDS, type NetworkLinkKindValue } from './linkKinds';
