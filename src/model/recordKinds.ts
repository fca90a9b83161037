/**
 * The kinds of records the import format knows, by file kind (the file name without `.csv`): for each its
 * schema, its columns, and the label or relationship type it is stored as. Labels and types come from the
 * graph allow-lists, so a kind can never name a label that Cypher would not accept.
 */
import type { z } from 'zod';
import { ACTOR_LABELS, type NodeLabel, type RelationshipType } from './vocabulary';
import { requiredColumns } from './cells';
import * as nodes from './nodeSchemas';
import * as links from './relationshipSchemas';

/** The typed record of each node file kind. */
export interface NodeRecords {
  regions: nodes.RegionRow;
  companies: nodes.CompanyRow;
  research_institutes: nodes.ResearchInstituteRow;
  organizations: nodes.OrganizationRow;
  clusters: nodes.ClusterRow;
  technologies: nodes.TechnologyRow;
  value_chains: nodes.ValueChainRow;
  value_chain_stages: nodes.ValueChainStageRow;
  projects: nodes.ProjectRow;
  funding_programs: nodes.FundingProgramRow;
}
export type NodeKind = keyof NodeRecords;

/** The typed record of each relationship file kind. */
export interface RelationshipRecords {
  located_in: links.LocatedInRecord;
  member_of: links.MemberOfRecord;
  collaborates_with: links.CollaboratesWithRecord;
  supplies: links.SuppliesRecord;
  specializes_in: links.SpecializesInRecord;
  active_in: links.ActiveInRecord;
  participates_in: links.ParticipatesInRecord;
  funded_by: links.FundedByRecord;
  spun_off_from: links.SpunOffFromRecord;
  subsidiary_of: links.SubsidiaryOfRecord;
  cooperates_with: links.CooperatesWithRecord;
}
export type RelationshipKind = keyof RelationshipRecords;

interface FileKindSpec<R> {
  schema: z.ZodType<R>;
  /** Every column the file may have, in the documented order. */
  columns: readonly string[];
  /** Columns the header must have. */
  requiredColumns: readonly string[];
}

export interface NodeKindSpec<R> extends FileKindSpec<R> {
  label: NodeLabel;
}

export interface RelationshipKindSpec<R> extends FileKindSpec<R> {
  type: RelationshipType;
  /** Labels the `from` end may have. */
  from: readonly NodeLabel[];
  /** Labels the `to` end may have. */
  to: readonly NodeLabel[];
  /** Read undirected: one edge per unordered pair, stored from the smaller id to the larger. */
  undirected: boolean;
}

function fileKind<R>(cells: z.ZodObject, schema: z.ZodType<R>): FileKindSpec<R> {
  return { schema, columns: Object.keys(cells.shape), requiredColumns: requiredColumns(cells.shape) };
}

function nodeKind<R>(label: NodeLabel, cells: z.ZodObject, schema: z.ZodType<R>): NodeKindSpec<R> {
  return { ...fileKind(cells, schema), label };
}

function relationshipKind<R>(
  type: RelationshipType,
  ends: { from: readonly NodeLabel[]; to: readonly NodeLabel[]; undirected?: boolean },
  cells: z.ZodObject,
  schema: z.ZodType<R>,
): RelationshipKindSpec<R> {
  return { ...fileKind(cells, schema), type, from: ends.from, to: ends.to, undirected: ends.undirected ?? false };
}

const ACTOR: readonly NodeLabel[] = ACTOR_LABELS;
const ACTOR_OR_CLUSTER: readonly NodeLabel[] = [...ACTOR_LABELS, 'Cluster'];

export const NODE_KINDS: { readonly [K in NodeKind]: NodeKindSpec<NodeRecords[K]> } = {
  regions: nodeKind('Region', nodes.regionCells, nodes.regionSchema),
  companies: nodeKind('Company', nodes.companyCells, nodes.companySchema),
  research_institutes: nodeKind('ResearchInstitute', nodes.researchInstituteCells, nodes.researchInstituteSchema),
  organizations: nodeKind('Organization', nodes.organizationCells, nodes.organizationSchema),
  clusters: nodeKind('Cluster', nodes.clusterCells, nodes.clusterSchema),
  technologies: nodeKind('Technology', nodes.technologyCells, nodes.technologySchema),
  value_chains: nodeKind('ValueChain', nodes.valueChainCells, nodes.valueChainSchema),
  value_chain_stages: nodeKind('ValueChainStage', nodes.valueChainStageCells, nodes.valueChainStageSchema),
  projects: nodeKind('Project', nodes.projectCells, nodes.projectSchema),
  funding_programs: nodeKind('FundingProgram', nodes.fundingProgramCells, nodes.fundingProgramSchema),
};

export const RELATIONSHIP_KINDS: { readonly [K in RelationshipKind]: RelationshipKindSpec<RelationshipRecords[K]> } = {
  located_in: relationshipKind('LOCATED_IN', { from: ACTOR_OR_CLUSTER, to: ['Region'] }, links.locatedInCells, links.locatedInSchema),
  member_of: relationshipKind('MEMBER_OF', { from: ACTOR, to: ['Cluster'] }, links.memberOfCells, links.memberOfSchema),
  collaborates_with: relationshipKind(
    'COLLABORATES_WITH',
    { from: ACTOR, to: ACTOR, undirected: true },
    links.collaboratesWithCells,
    links.collaboratesWithSchema,
  ),
  supplies: relationshipKind('SUPPLIES', { from: ['Company'], to: ['Company'] }, links.suppliesCells, links.suppliesSchema),
  specializes_in: relationshipKind('SPECIALIZES_IN', { from: ACTOR_OR_CLUSTER, to: ['Technology'] }, links.specializesInCells, links.specializesInSchema),
  active_in: relationshipKind('ACTIVE_IN', { from: ACTOR, to: ['ValueChainStage'] }, links.activeInCells, links.activeInSchema),
  participates_in: relationshipKind('PARTICIPATES_IN', { from: ACTOR, to: ['Project'] }, links.participatesInCells, links.participatesInSchema),
  funded_by: relationshipKind('FUNDED_BY', { from: ['Project', 'Cluster'], to: ['FundingProgram'] }, links.fundedByCells, links.fundedBySchema),
  spun_off_from: relationshipKind('SPUN_OFF_FROM', { from: ACTOR, to: ACTOR }, links.spunOffFromCells, links.spunOffFromSchema),
  subsidiary_of: relationshipKind('SUBSIDIARY_OF', { from: ['Company'], to: ['Company'] }, links.subsidiaryOfCells, links.subsidiaryOfSchema),
  cooperates_with: relationshipKind('COOPERATES_WITH', { from: ['Cluster'], to: ['Cluster'] }, links.cooperatesWithCells, links.cooperatesWithSchema),
};

export function isNodeKind(kind: string): kind is NodeKind {
  return Object.hasOwn(NODE_KINDS, kind);
}

export function isRelationshipKind(kind: string): kind is RelationshipKind {
  return Object.hasOwn(RELATIONSHIP_KINDS, kind);
}
