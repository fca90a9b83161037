import type { NodeRecordByLabel } from '../../../src/graph';
import { NODE_LABELS, type NodeLabel } from '../../../src/model';
import { actorTypeName } from '../../../src/resolvers/actorResolvers';
import { nodeTypeName } from '../../../src/resolvers/nodeResolvers';
import { SDL_TYPE_OF_LABEL } from '../../support/entityTypes';

const nulls = { description: null, founded: null, website: null, location: null };
const actor = <L extends 'Company' | 'ResearchInstitute' | 'Organization'>(label: L, kind: 'COMPANY' | 'RESEARCH_INSTITUTE' | 'ORGANIZATION') => ({
  id: `a-${label}`, label, kind, name: label, aliases: [], ...nulls, foundedYear: null, sources: [], illustrative: false, size: null, employees: null,
  fictional: false, type: null, parentOrganization: null,
});

/**
 * One record of each label with every optional field null (the records a key-based guess confused); the mapped
 * type makes a new label fail to compile here until it has a record.
 */
const RECORDS: { [L in NodeLabel]: NodeRecordByLabel[L] } = {
  Company: actor('Company', 'COMPANY'),
  ResearchInstitute: actor('ResearchInstitute', 'RESEARCH_INSTITUTE'),
  Organization: actor('Organization', 'ORGANIZATION'),
  Cluster: { id: 'k', label: 'Cluster', name: 'K', aliases: [], ...nulls, regionId: null, sources: [], illustrative: false },
  Region: { id: 'g', label: 'Region', name: 'G', level: 'CITY', nuts: null, location: null, parentId: null },
  Technology: { id: 't', label: 'Technology', name: 'T', description: null, broaderId: null },
  ValueChain: { id: 'v', label: 'ValueChain', name: 'V', description: null },
  ValueChainStage: { id: 's', label: 'ValueChainStage', name: 'S', order: 1, description: null, valueChainId: 'v' },
  Project: { id: 'p', label: 'Project', title: 'P', acronym: null, start: null, end: null, description: null },
  FundingProgram: { id: 'f', label: 'FundingProgram', name: 'F', funder: null, start: null, end: null },
};

const TYPE = SDL_TYPE_OF_LABEL;

describe('nodeTypeName', () => {
  it.each(NODE_LABELS)('names a %s record by its label, with every optional field null', (label) => {
    expect(nodeTypeName(RECORDS[label])).toBe(TYPE[label]);
  });

  it.each(NODE_LABELS)('reads the label, not the keys: a %s record without its optional keys keeps its type', (label) => {
    const bare = { id: 'x', name: 'x', label } as unknown as NodeRecordByLabel[typeof label];
    expect(nodeTypeName(bare)).toBe(TYPE[label]);
  });

  it('names an actor by its label, also as a summary', () => {
    expect(actorTypeName({ id: 'r', label: 'ResearchInstitute', kind: 'RESEARCH_INSTITUTE', name: 'R', summary: true })).toBe('ResearchInstitute');
    expect(actorTypeName(RECORDS.Organization)).toBe('Organization');
  });
});
