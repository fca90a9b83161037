import { checkHeader, validateNodeRow, validateRelationshipRow, type RawRow } from '../../../src/model';

const company: RawRow = { id: 'acme-gmbh', name: 'ACME GmbH', sources: 'fictional' };
const region: RawRow = { id: 'de-sn', name: 'Saxony', level: 'STATE', sources: 'wikipedia:Saxony' };

function reasonsOf(result: { ok: true } | { ok: false; reasons: string[] }): string[] {
  return result.ok ? [] : result.reasons;
}

describe('node rows', () => {
  it('accepts a minimal row and types its cells', () => {
    const result = validateNodeRow('companies', { ...company, employees: '120', lat: '51.05', lon: '13.74', aliases: 'ACME | Acme Dresden', founded: '1999-04' });
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({ id: 'acme-gmbh', employees: 120, lat: 51.05, lon: 13.74, aliases: ['ACME', 'Acme Dresden'], founded: '1999-04', sources: ['fictional'] }),
    });
  });

  it('treats blank optional cells as unknown', () => {
    const result = validateNodeRow('companies', { ...company, size: '', website: '   ', lat: '', lon: '' });
    expect(result.ok && result.record).toMatchObject({ size: undefined, website: undefined, lat: undefined, lon: undefined });
  });

  it.each([
    ['id', { ...company, id: '' }, 'id: is required'],
    ['name', { ...company, name: ' ' }, 'name: is required'],
    ['sources', { ...company, sources: undefined }, 'sources: is required'],
  ])('refuses a row without its required %s', (_column, row, reason) => {
    expect(reasonsOf(validateNodeRow('companies', row))).toContain(reason);
  });

  it.each(['Acme', 'acme_gmbh', 'acme--x', '-acme', 'acme.', 'a b', 'a'.repeat(101)])('refuses the id %p', (id) => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, id }))[0]).toMatch(/^id: ".*" is not a valid id/);
  });

  it.each(['acme', 'acme-gmbh', 'fraunhofer.iof', '3d-print.de', 'a'.repeat(100)])('accepts the id %p', (id) => {
    expect(validateNodeRow('companies', { ...company, id }).ok).toBe(true);
  });

  it('refuses values outside an enum, naming the allowed ones', () => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, size: 'HUGE' }))).toEqual(['size: "HUGE" is not one of MICRO, SMALL, MEDIUM, LARGE']);
    expect(reasonsOf(validateNodeRow('regions', { ...region, level: 'state' }))[0]).toMatch(/^level: "state" is not one of COUNTRY/);
  });

  it.each([
    [{ lat: '90.5', lon: '10' }, 'lat: must be a number from -90 to 90, got "90.5"'],
    [{ lat: '50', lon: '-180.01' }, 'lon: must be a number from -180 to 180, got "-180.01"'],
    [{ lat: '5e1', lon: '10' }, 'lat: must be a number from -90 to 90, got "5e1"'],
    [{ lat: '50', lon: '' }, 'lon: lat and lon must be given together (or both left empty)'],
    [{ lat: '', lon: '13' }, 'lat: lat and lon must be given together (or both left empty)'],
  ])('refuses coordinates %p', (cells, reason) => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, ...cells }))).toEqual([reason]);
  });

  it('accepts coordinates at the edges of the range', () => {
    expect(validateNodeRow('companies', { ...company, lat: '-90', lon: '180' }).ok).toBe(true);
  });

  it.each(['2015', '2015-06', '2016-02-29', '1870-01-01'])('accepts the date %p', (founded) => {
    expect(validateNodeRow('companies', { ...company, founded }).ok).toBe(true);
  });

  it.each(['2015-13', '2015-02-29', '2015-04-31', '15', '2015/06/01', '2015-6', 'circa 1990', '0000'])('refuses the date %p', (founded) => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, founded }))[0]).toMatch(/^founded: ".*" is not a date/);
  });

  it('checks whole numbers', () => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, employees: '12.5' }))[0]).toMatch(/^employees: must be a whole number/);
    expect(reasonsOf(validateNodeRow('companies', { ...company, employees: '-1' }))[0]).toMatch(/^employees: must be a whole number/);
  });

  it('requires a positive order for stages and renames value_chain', () => {
    const stage = { id: 'vcs-a', value_chain: 'vc-a', name: 'Stage', order: '1', sources: 's' };
    expect(validateNodeRow('value_chain_stages', stage)).toEqual({ ok: true, record: expect.objectContaining({ valueChain: 'vc-a', order: 1 }) });
    expect(reasonsOf(validateNodeRow('value_chain_stages', { ...stage, order: '0' }))[0]).toMatch(/^order: must be a whole number from 1/);
    expect(reasonsOf(validateNodeRow('value_chain_stages', { ...stage, order: 'first' }))[0]).toMatch(/^order:/);
  });

  it('requires at least one source', () => {
    expect(reasonsOf(validateNodeRow('companies', { ...company, sources: ' | ' }))).toEqual(['sources: must hold at least one item']);
  });

  it('splits list cells on " | " only', () => {
    const result = validateNodeRow('companies', { ...company, sources: 'https://a.example/x|y | wikipedia:ACME' });
    expect(result.ok && result.record.sources).toEqual(['https://a.example/x|y', 'wikipedia:ACME']);
  });

  it('allows "fictional" only for companies', () => {
    expect(validateNodeRow('companies', company).ok).toBe(true);
    expect(reasonsOf(validateNodeRow('regions', { ...region, sources: 'fictional' }))[0]).toMatch(/^sources: "fictional" is for companies only/);
  });

  it('refuses a region that is its own parent and a technology that is its own broader', () => {
    expect(reasonsOf(validateNodeRow('regions', { ...region, parent: 'de-sn' }))).toEqual(['parent: must differ from id (no self-links)']);
    expect(reasonsOf(validateNodeRow('technologies', { id: 't', name: 'T', broader: 't', sources: 's' }))).toEqual(['broader: must differ from id (no self-links)']);
  });

  it('checks NUTS codes', () => {
    expect(validateNodeRow('regions', { ...region, nuts: 'DED' }).ok).toBe(true);
    expect(reasonsOf(validateNodeRow('regions', { ...region, nuts: 'ded' }))[0]).toMatch(/^nuts:/);
  });

  it('refuses a project that ends before it starts, but not one within the same year', () => {
    const project = { id: 'p', title: 'P', sources: 's' };
    expect(reasonsOf(validateNodeRow('projects', { ...project, start: '2016', end: '2015-12' }))).toEqual(['end: "2015-12" is before start "2016"']);
    expect(validateNodeRow('projects', { ...project, start: '2015-06', end: '2015' }).ok).toBe(true);
  });

  it('reports every bad cell of a row at once', () => {
    expect(reasonsOf(validateNodeRow('companies', { id: 'X', name: '', sources: 's', size: 'HUGE' }))).toHaveLength(3);
  });
});

describe('relationship rows', () => {
  const link = { from: 'a', to: 'b', sources: 'illustrative' };

  it('accepts a row and types its properties', () => {
    expect(validateRelationshipRow('collaborates_with', { ...link, weight: '7', since: '2015', until: '2020-06-30', topic: 'MEMS' })).toEqual({
      ok: true,
      record: { from: 'a', to: 'b', sources: ['illustrative'], weight: 7, since: '2015', until: '2020-06-30', topic: 'MEMS' },
    });
  });

  it('refuses self-links', () => {
    expect(reasonsOf(validateRelationshipRow('collaborates_with', { ...link, to: 'a' }))).toEqual(['to: must differ from from (no self-links)']);
  });

  it.each(['0', '11', '5.5', 'high'])('refuses the weight %p', (weight) => {
    expect(reasonsOf(validateRelationshipRow('collaborates_with', { ...link, weight }))[0]).toMatch(/^weight: must be a whole number from 1 to 10/);
  });

  it('refuses since after until, and accepts equal periods', () => {
    expect(reasonsOf(validateRelationshipRow('member_of', { ...link, since: '2016', until: '2015' }))).toEqual(['until: "2015" is before since "2016"']);
    expect(validateRelationshipRow('member_of', { ...link, since: '2015', until: '2015' }).ok).toBe(true);
    expect(validateRelationshipRow('member_of', { ...link, since: '2015-03-01', until: '2015-03' }).ok).toBe(true);
  });

  it('checks roles and the supplies stage id', () => {
    expect(reasonsOf(validateRelationshipRow('member_of', { ...link, role: 'CHAIR' }))[0]).toMatch(/^role: "CHAIR" is not one of MEMBER/);
    expect(reasonsOf(validateRelationshipRow('participates_in', { ...link, role: 'LEAD' }))[0]).toMatch(/^role:/);
    expect(reasonsOf(validateRelationshipRow('supplies', { ...link, stage: 'Stage 1' }))[0]).toMatch(/^stage: "Stage 1" is not a valid id/);
  });

  it('refuses "fictional" on links', () => {
    expect(reasonsOf(validateRelationshipRow('located_in', { ...link, sources: 'fictional' }))[0]).toMatch(/^sources:/);
  });

  it('requires from and to ids', () => {
    expect(reasonsOf(validateRelationshipRow('located_in', { sources: 's' }))).toEqual(['from: is required', 'to: is required']);
  });
});

describe('headers', () => {
  it('accepts the documented columns in any order, optional ones left out', () => {
    expect(checkHeader('companies', ['sources', 'name', 'id'])).toEqual([]);
  });

  it('names unknown, repeated and missing required columns', () => {
    expect(checkHeader('member_of', ['from', 'from', 'role', 'colour'])).toEqual([
      'column "from" appears twice',
      'unknown column "colour" (expected: from, to, role, since, until, sources)',
      'missing required column "to"',
      'missing required column "sources"',
    ]);
  });
});

describe('list cells', () => {
  it('drops empty items around stray separators', () => {
    const result = validateNodeRow('companies', { ...company, aliases: 'A | | B |', sources: '| wikipedia:ACME' });
    expect(result.ok && [result.record.aliases, result.record.sources]).toEqual([['A', 'B'], ['wikipedia:ACME']]);
  });
});
