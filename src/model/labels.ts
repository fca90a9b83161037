/**
 * The node labels of the graph (a fixed allow-list: Cypher never takes a label from input). A module of its own,
 * below vocabulary.ts and the relationship schemas, so both can read it.
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
