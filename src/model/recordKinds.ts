/**
 * The kinds of records the import format knows, by file kind (the file name without `.csv`): for each its
 * schema, its columns, and the label or relationship type it is stored as. Labels and types come from the
 * graph allow-lists, so a kind can never name a label that Cypher would not accept.
 */
import type { z } from 'zod';
import type { NodeLabel, RelationshipType } from './vocabulary';
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

/** The typed record of each relationship file kind (the rows of RELATIONSHIP_FILES in relationshipSchemas.ts). */
export type RelationshipRecords = { [K in keyof typeof links.RELATIONSHIP_FILES]: z.output<(typeof links.RELATIONSHIP_FILES)[K]['schema']> };
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

function relationshipKind<K extends RelationshipKind>(kind: K): RelationshipKindSpec<RelationshipRecords[K]> {
  const file: links.RelationshipFile = links.RELATIONSHIP_FILES[kind];
  return {
    ...fileKind(file.cells, file.schema as z.ZodType<RelationshipRecords[K]>),
    type: file.type as RelationshipType,
    from: file.from,
    to: file.to,
    undirected: file.undirected ?? false,
  };
}

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

export const RELATIONSHIP_KINDS = Object.fromEntries(
  (Object.keys(links.RELATIONSHIP_FILES) as RelationshipKind[]).map((kind) => [kind, relationshipKind(kind)]),
) as { readonly [K in RelationshipKind]: RelationshipKindSpec<RelationshipRecords[K]> };

export function isNodeKind(kind: string): kind is NodeKind {
  return Object.hasOwn(NODE_KINDS, kind);
}

export function isRelationshipKind(kind: string): kind is RelationshipKind {
  return Object.hasOwn(RELATIONSHIP_KINDS, kind);
}
