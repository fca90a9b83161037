import { useSeedServer } from '../../support/seedServer';

interface Year {
  year: number;
  members: number;
  newMembers: number;
  collaborations: number;
  density: number;
  scienceIndustryShare: number | null;
  newCollaborations: number;
}

const EVOLUTION = `query Evolution($cluster: ID!, $fromYear: Int!, $toYear: Int!, $evidence: Evidence) {
  clusterEvolution(cluster: $cluster, fromYear: $fromYear, toYear: $toYear, evidence: $evidence) {
    year members newMembers collaborations density scienceIndustryShare newCollaborations
  }
}`;

/** A validity interval as stored (ISO dates or null = open). */
function validOn(from: string | null, to: string | null, day: string): boolean {
  return (from === null || from <= day) && (to === null || to >= day);
}

/**
 * clusterEvolution against the same numbers computed here from the raw memberships and collaborations (read with
 * plain Cypher, compared in TypeScript), year by year over the seed graph.
 */
describe('clusterEvolution over the seed graph', () => {
  const seed = useSeedServer();

  async function expected(cluster: string, fromYear: number, toYear: number, citedOnly: boolean): Promise<Year[]> {
    const memberships = await seed.graph.read({
      name: 'test_evolution_memberships',
      text: `MATCH (a:Actor)-[m:MEMBER_OF]->(:Cluster {id: $cluster})
        WHERE $citedOnly = false OR (NOT coalesce(m.illustrative, false) AND NOT coalesce(a.illustrative, false))
        RETURN a.id AS id, toString(m.validFrom) AS validFrom, toString(m.validTo) AS validTo`,
      params: { cluster, citedOnly },
    });
    const collaborations = await seed.graph.read({
      name: 'test_evolution_collaborations',
      text: `MATCH (a:Actor)-[r:COLLABORATES_WITH]-(b:Actor) WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
        AND ($citedOnly = false OR NOT coalesce(r.illustrative, false))
        RETURN a.id AS a, b.id AS b, r.model AS model, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo`,
      params: { ids: [...new Set(memberships.map((m) => m['id']))], citedOnly },
    });
    const years: Year[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      const end = `${year}-12-31`;
      const start = `${year}-01-01`;
      const current = memberships.filter((m) => validOn(m['validFrom'] as string | null, m['validTo'] as string | null, end));
      const members = new Set(current.map((m) => m['id'] as string));
      const joined = new Map<string, string | null>();
      for (const m of current) {
        const from = m['validFrom'] as string | null;
        const known = joined.get(m['id'] as string);
        joined.set(m['id'] as string, known === undefined ? from : known === null ? from : from === null ? known : from > known ? from : known);
      }
      const links = collaborations.filter((c) => members.has(c['a'] as string) && members.has(c['b'] as string) && validOn(c['validFrom'] as string | null, c['validTo'] as string | null, end));
      const n = members.size;
      const si = links.filter((c) => c['model'] === 'SCIENCE_INDUSTRY').length;
      years.push({
        year,
        members: n,
        newMembers: [...joined.values()].filter((from) => from !== null && from >= start).length,
        collaborations: links.length,
        density: n < 2 ? 0 : links.length / ((n * (n - 1)) / 2),
        scienceIndustryShare: links.length > 0 ? si / links.length : null,
        newCollaborations: links.filter((c) => c['validFrom'] !== null && (c['validFrom'] as string) >= start).length,
      });
    }
    return years;
  }

  it.each([
    ['silicon-saxony', 'ALL'],
    ['silicon-saxony', 'CITED'],
    ['cool-silicon', 'ALL'],
  ] as const)('%s (%s), 2008–2024, equals the count from the raw memberships and collaborations', async (cluster, evidence) => {
    const { status, body } = await seed.server.query(EVOLUTION, { cluster, fromYear: 2008, toYear: 2024, evidence });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const years = body.data?.['clusterEvolution'] as Year[];
    const want = await expected(cluster, 2008, 2024, evidence === 'CITED');
    expect(years.map((y) => y.year)).toEqual(want.map((y) => y.year));
    // The seed's dated links are mostly sample data: with ALL the series must move, or the comparison proves little.
    if (evidence === 'ALL') expect(new Set(want.map((y) => y.collaborations)).size).toBeGreaterThan(1);
    expect(want.some((y) => y.members > 0)).toBe(true);
    for (const [i, y] of years.entries()) {
      const w = want[i] as Year;
      expect({ ...y, density: y.density.toFixed(9), scienceIndustryShare: y.scienceIndustryShare?.toFixed(9) ?? null }).toEqual({
        ...w,
        density: w.density.toFixed(9),
        scienceIndustryShare: w.scienceIndustryShare?.toFixed(9) ?? null,
      });
    }
  });

  it('refuses a reversed or too long range and answers null for an unknown cluster', async () => {
    const reversed = await seed.server.query(EVOLUTION, { cluster: 'silicon-saxony', fromYear: 2020, toYear: 2010 });
    expect(reversed.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const long = await seed.server.query(EVOLUTION, { cluster: 'silicon-saxony', fromYear: 1900, toYear: 2020 });
    expect(long.body.errors?.[0]?.extensions?.['argument']).toBe('toYear');
    const missing = await seed.server.query(EVOLUTION, { cluster: 'no-such-cluster', fromYear: 2010, toYear: 2012 });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data?.['clusterEvolution']).toBeNull();
  });
});
