/**
 * The vocabulary of the graph: the fixed allow-lists of node labels and relationship types, the actor kinds and
 * the link kinds a network traversal follows. Cypher never takes a label or a type from input; it picks one of
 * these. It lives in model/ because the import format, the write rows and every query layer above share it.
 */
import { ACTOR_LABELS, type ActorLabel, type NodeLabel } from './labels';
import { RELATIONSHIP_FILES } from './relationshipSchemas';

export { ACTOR_LABELS, NODE_LABELS, type ActorLabel, type NodeLabel } from './labels';

/** Relationship types the importer derives from node files (a region's parent, a stage's chain …): no file of their own. */
const DERIVED_RELATIONSHIP_TYPES = ['PART_OF', 'BROADER', 'STAGE_OF', 'FEEDS'] as const;

/** A stored relationship type: one of a relationship file's (relationshipSchemas.ts) or a derived one. */
export type RelationshipType = (typeof RELATIONSHIP_FILES)[keyof typeof RELATIONSHIP_FILES]['type'] | (typeof DERIVED_RELATIONSHIP_TYPES)[number];

/** Every stored relationship type: the allow-list Cypher picks types from, read off the relationship files. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  ...new Set<RelationshipType>(Object.values(RELATIONSHIP_FILES).map((file) => file.type)),
  ...DERIVED_RELATIONSHIP_TYPES,
];

/**
 * The GraphQL object type of an entity, by its node's label: the one table the `Node`, `Sourced` and `Actor`
 * type resolvers read (every entity record carries its label). The names happen to equal the labels today; the
 * table is where they would part.
 */
export const GRAPHQL_TYPE_BY_LABEL = {
  Company: 'Company',
  ResearchInstitute: 'ResearchInstitute',
  Organization: 'Organization',
  Cluster: 'Cluster',
  Region: 'Region',
  Technology: 'Technology',
  ValueChain: 'ValueChain',
  ValueChainStage: 'ValueChainStage',
  Project: 'Project',
  FundingProgram: 'FundingProgram',
} as const satisfies { readonly [L in NodeLabel]: string };
export type EntityTypeName<L extends NodeLabel = NodeLabel> = (typeof GRAPHQL_TYPE_BY_LABEL)[L];

/** The GraphQL object type of a node label. */
export function graphqlTypeOfLabel<L extends NodeLabel>(label: L): EntityTypeName<L> {
  return GRAPHQL_TYPE_BY_LABEL[label];
}

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
