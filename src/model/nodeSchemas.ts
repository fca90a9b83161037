/**
 * One schema per node file of seeds/FORMAT.md: a raw CSV row in, a typed record out. The object keys are
 * the file's columns; the few snake_case columns come out camelCase.
 */
import { z } from 'zod';
import { decimal, id, integer, list, nonEmptyList, nutsCode, oneOf, optionalCell, partialDate, requiredCell, text } from './cells';
import { checkCoordinatesTogether, checkNotFictional, checkNotSelf, checkOrdered } from './rowChecks';
import { withChecks, withFinish } from './schemaChecks';

export const REGION_LEVELS = ['COUNTRY', 'STATE', 'DISTRICT', 'CITY'] as const;
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export const RESEARCH_INSTITUTE_TYPES = ['UNIVERSITY', 'APPLIED_SCIENCES_UNIVERSITY', 'NON_UNIVERSITY_INSTITUTE', 'OTHER'] as const;
export const PARENT_ORGANIZATIONS = ['FRAUNHOFER', 'MAX_PLANCK', 'HELMHOLTZ', 'LEIBNIZ', 'OTHER'] as const;
export const ORGANIZATION_TYPES = ['CLUSTER_MANAGEMENT', 'ASSOCIATION', 'CHAMBER', 'AGENCY', 'INVESTOR', 'PUBLIC_BODY', 'OTHER'] as const;

// Cell schemas shared by several files; each object below lists its columns in the order of FORMAT.md.
const idCell = requiredCell(id);
const nameCell = requiredCell(text);
const sourcesCell = requiredCell(nonEmptyList);
const aliasesCell = optionalCell(list);
const foundedCell = optionalCell(partialDate);
const textCell = optionalCell(text);
const latCell = optionalCell(decimal(-90, 90));
const lonCell = optionalCell(decimal(-180, 180));

export const regionCells = z.object({
  id: idCell,
  name: nameCell,
  aliases: aliasesCell,
  level: requiredCell(oneOf(REGION_LEVELS)),
  parent: optionalCell(id),
  nuts: optionalCell(nutsCode),
  lat: latCell,
  lon: lonCell,
  sources: sourcesCell,
});
export const regionSchema = withChecks(regionCells, [checkCoordinatesTogether, checkNotFictional, checkNotSelf('id', 'parent')]);

export const companyCells = z.object({
  id: idCell,
  name: nameCell,
  aliases: aliasesCell,
  size: optionalCell(oneOf(COMPANY_SIZES)),
  employees: optionalCell(integer(0, 10_000_000)),
  founded: foundedCell,
  lat: latCell,
  lon: lonCell,
  website: textCell,
  description: textCell,
  sources: sourcesCell,
});
export const companySchema = withChecks(companyCells, [checkCoordinatesTogether]);

export const researchInstituteCells = z.object({
  id: idCell,
  name: nameCell,
  aliases: aliasesCell,
  type: requiredCell(oneOf(RESEARCH_INSTITUTE_TYPES)),
  parent_organization: optionalCell(oneOf(PARENT_ORGANIZATIONS)),
  founded: foundedCell,
  lat: latCell,
  lon: lonCell,
  website: textCell,
  description: textCell,
  sources: sourcesCell,
});
export const researchInstituteSchema = withFinish(withChecks(researchInstituteCells, [checkCoordinatesTogether, checkNotFictional]), ({ parent_organization, ...rest }) => ({
  ...rest,
  parentOrganization: parent_organization,
}));

export const organizationCells = z.object({
  id: idCell,
  name: nameCell,
  aliases: aliasesCell,
  type: requiredCell(oneOf(ORGANIZATION_TYPES)),
  founded: foundedCell,
  lat: latCell,
  lon: lonCell,
  website: textCell,
  description: textCell,
  sources: sourcesCell,
});
export const organizationSchema = withChecks(organizationCells, [checkCoordinatesTogether, checkNotFictional]);

export const clusterCells = z.object({
  id: idCell,
  name: nameCell,
  aliases: aliasesCell,
  description: textCell,
  founded: foundedCell,
  website: textCell,
  lat: latCell,
  lon: lonCell,
  sources: sourcesCell,
});
export const clusterSchema = withChecks(clusterCells, [checkCoordinatesTogether, checkNotFictional]);

export const technologyCells = z.object({
  id: idCell,
  name: nameCell,
  broader: optionalCell(id),
  description: textCell,
  sources: sourcesCell,
});
export const technologySchema = withChecks(technologyCells, [checkNotFictional, checkNotSelf('id', 'broader')]);

export const valueChainCells = z.object({ id: idCell, name: nameCell, description: textCell, sources: sourcesCell });
export const valueChainSchema = withChecks(valueChainCells, [checkNotFictional]);

export const valueChainStageCells = z.object({
  id: idCell,
  value_chain: requiredCell(id),
  name: nameCell,
  order: requiredCell(integer(1, 1000)),
  description: textCell,
  sources: sourcesCell,
});
export const valueChainStageSchema = withFinish(withChecks(valueChainStageCells, [checkNotFictional]), ({ value_chain, ...rest }) => ({ ...rest, valueChain: value_chain }));

// A project's name column is `title`.
export const projectCells = z.object({
  id: idCell,
  title: requiredCell(text),
  acronym: textCell,
  start: foundedCell,
  end: foundedCell,
  description: textCell,
  sources: sourcesCell,
});
export const projectSchema = withChecks(projectCells, [checkNotFictional, checkOrdered('start', 'end')]);

export const fundingProgramCells = z.object({
  id: idCell,
  name: nameCell,
  funder: textCell,
  start: foundedCell,
  end: foundedCell,
  website: textCell,
  description: textCell,
  sources: sourcesCell,
});
export const fundingProgramSchema = withChecks(fundingProgramCells, [checkNotFictional, checkOrdered('start', 'end')]);

// A `…Row` is one validated input row (a CSV line or a mutation's input); what a statement reads back is a
// `…Record` of the graph layer (src/graph/queries/records.ts). One name, one meaning.
export type RegionRow = z.output<typeof regionSchema>;
export type CompanyRow = z.output<typeof companySchema>;
export type ResearchInstituteRow = z.output<typeof researchInstituteSchema>;
export type OrganizationRow = z.output<typeof organizationSchema>;
export type ClusterRow = z.output<typeof clusterSchema>;
export type TechnologyRow = z.output<typeof technologySchema>;
export type ValueChainRow = z.output<typeof valueChainSchema>;
export type ValueChainStageRow = z.output<typeof valueChainStageSchema>;
export type ProjectRow = z.output<typeof projectSchema>;
export type FundingProgramRow = z.output<typeof fundingProgramSchema>;
