import { toNodeWriteRow, toRelationshipWriteRow, validateNodeRow, type NodeKind, type NodeRecords, type RawRow } from '../../../src/model';

function record<K extends NodeKind>(kind: K, row: RawRow): NodeRecords[K] {
  const result = validateNodeRow(kind, row);
  if (!result.ok) throw new Error(result.reasons.join('; '));
  return result.record;
}

describe('toNodeWriteRow', () => {
  const company = { id: 'acme', name: 'ACME', aliases: 'A | AC', founded: '1999-04', lat: '51', lon: '13.5', employees: '12', sources: 'fictional' };

  it('writes the stored properties of the graph README, null for unknown ones', () => {
    const row = toNodeWriteRow('companies', record('companies', company), 3);
    expect(row).toMatchObject({
      i: 3,
      id: 'acme',
      location: { latitude: 51, longitude: 13.5 },
      startDate: null,
      props: {
        name: 'ACME',
        kind: 'COMPANY',
        aliases: ['A', 'AC'],
        aliasText: 'A | AC',
        founded: '1999-04',
        foundedYear: 1999,
        employees: 12,
        size: null,
        website: null,
        fictional: true,
        illustrative: true,
        sources: ['fictional'],
      },
    });
  });

  it('has the same hash for the same record and another when a property changes', () => {
    const a = toNodeWriteRow('companies', record('companies', company), 0);
    const b = toNodeWriteRow('companies', record('companies', company), 7);
    const c = toNodeWriteRow('companies', record('companies', { ...company, employees: '13' }), 0);
    expect(b.hash).toBe(a.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('turns project periods into dates and titles into names', () => {
    const row = toNodeWriteRow('projects', record('projects', { id: 'p', title: 'Project', start: '2019', end: '2021-02', sources: 's' }), 0);
    expect(row).toMatchObject({ startDate: '2019-01-01', endDate: '2021-02-28', location: null, props: { name: 'Project', start: '2019', end: '2021-02' } });
  });

  it('stores the stage order and its value chain', () => {
    const row = toNodeWriteRow('value_chain_stages', record('value_chain_stages', { id: 's', value_chain: 'vc', name: 'S', order: '2', sources: 'x' }), 0);
    expect(row.props).toMatchObject({ order: 2, valueChainId: 'vc', illustrative: false });
  });
});

describe('toRelationshipWriteRow', () => {
  it('stores property cells by name, the validity interval and the collaboration model', () => {
    const row = toRelationshipWriteRow(
      { from: 'a', to: 'b', sources: ['illustrative'], topic: 'MEMS', since: '2015-06', until: undefined, weight: 4 },
      0,
      ['Company', 'ResearchInstitute'],
    );
    expect(row).toMatchObject({
      from: 'a',
      to: 'b',
      validFrom: '2015-06-01',
      validTo: null,
      props: { sources: ['illustrative'], illustrative: true, topic: 'MEMS', since: '2015-06', until: null, weight: 4, model: 'SCIENCE_INDUSTRY' },
    });
  });
});
