import type { NodeLabel } from '../../src/model';

/**
 * The GraphQL object type of each node label as the SDL names it (schema/*.graphql): what tests of `__typename`
 * expect, written out here rather than read from GRAPHQL_TYPE_BY_LABEL, the table under test.
 */
export const SDL_TYPE_OF_LABEL: Readonly<Record<NodeLabel, string>> = {
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
};
