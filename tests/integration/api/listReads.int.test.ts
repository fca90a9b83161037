import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { allActorPages } from '../../support/actorPages';
import { startTestServer } from '../../support/testServer';

type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> };
type Explained = { extensions?: { queries?: Array<{ name: string; cypher: string }> } };

/**
 * Actor lists and counts built from only the given filters, and pages that count only when `totalCount` is
 * selected, on the seed graph. Expected answers come from Cypher written here, independently of src/graph.
 */
describe('list and count reads', () => {
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    graph = createTestGraph();
    server = await startTestServer(graph, { env: { EXPLAIN_QUERIES: 'true' } });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  /** Each filter's meaning, as the SDL documents it (region and technology include narrower ones). */
  const CONDITIONS: Record<string, string> = {
    kinds: 'a.kind IN $kinds',
    region: 'EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {id: $region}) }',
    cluster: 'EXISTS { (a)-[:MEMBER_OF]->(:Cluster {id: $cluster}) }',
    technology: 'EXISTS { (a)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..5]->(:Technology {id: $technology}) }',
    sizes: 'a.size IN $sizes',
    foundedFrom: 'a.foundedYear >= $foundedFrom',
    foundedTo: 'a.foundedYear <= $foundedTo',
    nameContains: 'any(n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) CONTAINS toLower($nameContains))',
    illustrative: 'coalesce(a.illustrative, false) = $illustrative',
    sourceContains: 'any(s IN coalesce(a.sources, []) WHERE toLower(s) CONTAINS toLower($sourceContains))',
  };
  const where = (filter: Record<string, unknown>) => ['true', ...Object.keys(filter).map((k) => CONDITIONS[k])].join(' AND ');

  async function expectedIds(filter: Record<string, unknown>, order = 'a.name, a.id'): Promise<string[]> {
    const rows = await graph.read({ name: 'test_ids', text: `MATCH (a:Actor) WHERE ${where(filter)} RETURN a.id AS id ORDER BY ${order}`, params: filter });
    return rows.map((r) => r['id'] as string);
  }

  const allPages = (variables: Record<string, unknown>, pageSize: number) => allActorPages(server, variables, pageSize);

  const ALONE: Record<string, unknown> = {
    kinds: ['RESEARCH_INSTITUTE'],
    region: 'de-sn',
    cluster: 'silicon-saxony',
    technology: 'microelectronics',
    sizes: ['MICRO', 'SMALL'],
    foundedFrom: 1995,
    foundedTo: 1995,
    nameContains: 'Fraunhofer',
    illustrative: true,
    sourceContains: 'Wikipedia',
  };

  it.each(Object.entries(ALONE))('filters by %s alone as Cypher does, with the right total', async (name, value) => {
    const filter = { [name]: value };
    const expected = await expectedIds(filter);
    expect(expected.length).toBeGreaterThan(0);
    const { ids, totals } = await allPages({ filter }, 100);
    expect(ids).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  const COMBINED: Array<[string, Record<string, unknown>, { field: string; direction: string }, string]> = [
    ['kind, region, technology, founding year', { kinds: ['COMPANY'], region: 'de-sn', technology: 'microelectronics', foundedFrom: 1990 }, { field: 'FOUNDED', direction: 'DESC' }, 'coalesce(a.foundedYear, -1) DESC, a.id'],
    ['cluster, name, provenance', { cluster: 'silicon-saxony', nameContains: 'e', illustrative: false }, { field: 'NAME', direction: 'ASC' }, 'a.name, a.id'],
    ['kinds and sizes, by employees', { kinds: ['COMPANY', 'ORGANIZATION'], sizes: ['LARGE', 'MEDIUM'] }, { field: 'EMPLOYEES', direction: 'DESC' }, 'coalesce(a.employees, -1) DESC, a.id'],
    ['kinds only, by founding year', { kinds: ['RESEARCH_INSTITUTE'] }, { field: 'FOUNDED', direction: 'ASC' }, 'coalesce(a.foundedYear, -1), a.id'],
    ['every filter', { ...ALONE, kinds: ['COMPANY', 'RESEARCH_INSTITUTE'], foundedFrom: 1900, foundedTo: 2100, nameContains: 'a', illustrative: false, sourceContains: 'http' }, { field: 'NAME', direction: 'DESC' }, 'a.name DESC, a.id'],
  ];

  it.each(COMBINED)('combines filters (%s) and pages with cursors in the order Cypher gives', async (_label, filter, orderBy, order) => {
    const expected = await expectedIds(filter, order);
    const { ids, totals } = await allPages({ filter, orderBy }, 3);
    expect(ids).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));
  });

  async function explained(query: string, variables?: Record<string, unknown>) {
    const { body } = await server.query(query, variables, { 'x-explain': 'plan' });
    expect(body.errors).toBeUndefined();
    return { data: body.data ?? {}, queries: (body as Explained).extensions?.queries ?? [] };
  }
  const counts = (cypher: string) => /count\(|size\(matched\)/.test(cypher);

  it('counts actors only when totalCount is selected, however it is selected', async () => {
    for (const filter of ['{ kinds: [COMPANY] }', '{ region: "de-sn" }', '{ nameContains: "tech" }', '{}']) {
      const bare = await explained(`{ actors(filter: ${filter}, first: 3) { edges { node { id } } } }`);
      expect(bare.queries).toHaveLength(1);
      expect([filter, counts(bare.queries[0]?.cypher ?? '')]).toEqual([filter, false]);
      const skipped = await explained(`{ actors(filter: ${filter}, first: 3) { totalCount @skip(if: true) edges { node { id } } } }`);
      expect(counts(skipped.queries[0]?.cypher ?? '')).toBe(false);
      for (const selection of ['totalCount', 'n: totalCount', '... on ActorConnection { totalCount }', '...Total']) {
        const fragment = selection === '...Total' ? ' fragment Total on ActorConnection { totalCount }' : '';
        const asked = await explained(`{ actors(filter: ${filter}, first: 3) { ${selection} edges { node { id } } } }${fragment}`);
        expect([filter, selection, counts(asked.queries[0]?.cypher ?? '')]).toEqual([filter, selection, true]);
      }
    }
    const { data } = await explained('{ actors(filter: { region: "de-sn", kinds: [COMPANY] }, first: 1) { totalCount } }');
    expect((data['actors'] as { totalCount: number }).totalCount).toBe((await expectedIds({ region: 'de-sn', kinds: ['COMPANY'] })).length);
  });

  it('counts nested pages only where totalCount is selected, and counts them right', async () => {
    const nested = (total: boolean) => `{ clusters(first: 3) { ${total ? 'totalCount' : ''} edges { node { id
      members(first: 3) { ${total ? 'totalCount' : ''} edges { node { id partners(first: 2) { ${total ? 'totalCount' : ''} edges { node { id } } } } } } } } } }`;
    // The three levels are one statement (docs/statements.md, "Nested pages"): its counts are switched by
    // parameter, each count's subquery starting with its switch, so the same text serves both questions.
    const lean = await explained(nested(false));
    expect(lean.queries.map((q) => q.name)).toEqual(['cluster_page_members_partners']);
    for (const level of ['withTotal', 'memberTotal', 'partnerTotal']) expect(lean.queries[0]?.cypher).toMatch(new RegExp(`WHERE \\$q\\.${level}\\s+MATCH`));

    const full = await explained(nested(true));
    expect(full.queries.map((q) => q.name)).toEqual(['cluster_page_members_partners']);
    type Page<T> = { totalCount: number; edges: Array<{ node: T }> };
    const clusters = full.data['clusters'] as Page<{ id: string; members: Page<{ id: string; partners: Page<{ id: string }> }> }>;
    const count = async (text: string, params: Record<string, unknown> = {}) => (await graph.read({ name: 'test_count', text, params }))[0]?.['n'];
    expect(clusters.totalCount).toBe(await count('MATCH (c:Cluster) RETURN count(c) AS n'));
    for (const { node: cluster } of clusters.edges) {
      expect(cluster.members.totalCount).toBe(await count('MATCH (a:Actor)-[:MEMBER_OF]->(:Cluster {id: $id}) RETURN count(DISTINCT a) AS n', { id: cluster.id }));
      for (const { node: member } of cluster.members.edges) {
        expect(member.partners.totalCount).toBe(await count('MATCH (:Actor {id: $id})-[:COLLABORATES_WITH]-(b:Actor) RETURN count(DISTINCT b) AS n', { id: member.id }));
      }
    }
    // The same pages either way.
    const ids = (data: Record<string, unknown>) => JSON.stringify(data, (key, value: unknown) => (key === 'totalCount' ? undefined : value));
    expect(ids(lean.data)).toBe(ids(full.data));
  });

  it('looks up list rows’ regions only where the selection asks for them, and then in the same statement', async () => {
    type Page<T> = { edges: Array<{ node: T }> };
    type Member = { id: string; region?: { id: string; name: string } | null; partners: Page<{ id: string; region?: { id: string } | null }> };
    const nested = (memberRegion: string, partnerRegion: string) => `{ clusters(first: 3) { edges { node { id
      members(first: 4) { edges { node { id ${memberRegion} partners(first: 3) { edges { node { id ${partnerRegion} } } } } } } } } } }`;
    const bare = await explained(nested('', ''));
    expect(bare.queries.map((q) => q.name)).toEqual(['cluster_page_members_partners']);
    // Asked for through an interface fragment on the members and a named fragment on the partners (type
    // conditions on the members: one statement per level, as nothing is compiled then).
    const asked = await explained(`${nested('... on Company { region { id name } } ... on ResearchInstitute { region { id name } } ... on Organization { region { id name } }', '...Where')}
      fragment Where on Actor { region { id } }`);
    expect(asked.queries.map((q) => q.name)).toEqual(['cluster_page_page_only', 'cluster_members_pages_page_only', 'partner_pages_page_only']);
    const regionOf = async (id: string) =>
      (await graph.read({ name: 'test_region', text: 'MATCH (:Actor {id: $id})-[:LOCATED_IN]->(g:Region) RETURN g.id AS id, g.name AS name', params: { id } }))[0] ?? null;
    const clusters = asked.data['clusters'] as Page<{ members: Page<Member> }>;
    let checked = 0;
    for (const { node: member } of clusters.edges.flatMap((c) => c.node.members.edges)) {
      const region = await regionOf(member.id);
      expect(member.region).toEqual(region === null ? null : { id: region['id'], name: region['name'] });
      for (const { node: partner } of member.partners.edges) {
        const partnerRegion = await regionOf(partner.id);
        expect(partner.region).toEqual(partnerRegion === null ? null : { id: partnerRegion['id'] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    // The same rows either way.
    const ids = (data: Record<string, unknown>) => JSON.stringify(data, (key, value: unknown) => (key === 'region' ? undefined : value));
    expect(ids(asked.data)).toBe(ids(bare.data));
  });

  it('returns summary rows when only id, kind and name are asked for, with the same values as whole records', async () => {
    const nested = (fields: string) => `{ clusters(first: 4) { edges { node { id members(first: 5) { edges { node { ${fields} } } } } } } }`;
    const summary = await explained(nested('id name kind __typename'));
    expect(summary.queries.map((q) => q.name)).toEqual(['cluster_page_page_only', 'cluster_members_pages_page_only_summary']);
    const whole = await explained(nested('id name kind __typename description'));
    expect(whole.queries.map((q) => q.name)).toEqual(['cluster_page_page_only', 'cluster_members_pages_page_only_without_region']);
    const withoutDescription = (data: Record<string, unknown>) => JSON.stringify(data, (key, value: unknown) => (key === 'description' ? undefined : value));
    expect(withoutDescription(summary.data)).toBe(withoutDescription(whole.data));
    expect(JSON.stringify(summary.data)).toMatch(/"kind":"COMPANY"/);
    // Members asking for their partners (a link, read from the id) are summaries too, in the one nested
    // statement, whose record shapes are switched by parameter: the same rows as whole members give.
    const partners = 'partners(first: 2) { edges { weight node { id name kind } } }';
    const summaryWithPartners = await explained(nested(`id name ${partners}`));
    const wholeWithPartners = await explained(nested(`id name description ${partners}`));
    for (const answer of [summaryWithPartners, wholeWithPartners]) expect(answer.queries.map((q) => q.name)).toEqual(['cluster_page_members_partners']);
    expect(withoutDescription(summaryWithPartners.data)).toBe(withoutDescription(wholeWithPartners.data));
    expect(JSON.stringify(summaryWithPartners.data)).toMatch(/"weight":/);
  });

  it('pages the actors of several regions in one statement, each with its own total', async () => {
    const { data, queries } = await explained(`{
      sn: region(id: "de-sn") { actors(first: 4, kinds: [COMPANY]) { totalCount edges { node { id } } } }
      th: region(id: "de-th") { actors(first: 4, kinds: [COMPANY]) { totalCount edges { node { id } } } } }`);
    expect(queries.filter((q) => q.name.startsWith('actor_pages'))).toHaveLength(1);
    for (const [alias, region] of [['sn', 'de-sn'], ['th', 'de-th']] as const) {
      const expected = await expectedIds({ region, kinds: ['COMPANY'] });
      const page = (data[alias] as { actors: Connection }).actors;
      expect(page.totalCount).toBe(expected.length);
      expect(page.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 4));
    }
  });

  /** Groups as the SDL defines them; an actor without a value is counted under UNKNOWN. */
  const GROUPS: Record<string, { values: string; key: string; label: string; single: boolean }> = {
    KIND: { values: '[a.kind]', key: 'g', label: 'g', single: true },
    SIZE: { values: '[a.size]', key: "coalesce(g, 'UNKNOWN')", label: "coalesce(g, 'UNKNOWN')", single: true },
    CITY: { values: '[(a)-[:LOCATED_IN]->(r:Region) | r]', key: "coalesce(g.id, 'UNKNOWN')", label: "coalesce(g.name, 'Unknown')", single: true },
    STATE: { values: "[(a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(s:Region {level: 'STATE'}) | s]", key: "coalesce(g.id, 'UNKNOWN')", label: "coalesce(g.name, 'Unknown')", single: true },
    CLUSTER: { values: '[(a)-[:MEMBER_OF]->(c:Cluster) | c]', key: "coalesce(g.id, 'UNKNOWN')", label: "coalesce(g.name, 'No cluster')", single: false },
    // An actor counts under each of its technologies and every broader one, as the technology filter finds it.
    TECHNOLOGY: { values: '[(a)-[:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..5]->(t:Technology) | t]', key: "coalesce(g.id, 'UNKNOWN')", label: "coalesce(g.name, 'No technology')", single: false },
  };

  it.each(Object.keys(GROUPS))('counts actors grouped by %s as Cypher does, with and without filters', async (groupBy) => {
    const grouping = GROUPS[groupBy]!;
    for (const filter of [{}, { region: 'de-sn', kinds: ['COMPANY', 'RESEARCH_INSTITUTE'] }, { cluster: 'silicon-saxony', foundedFrom: 1990 }, { nameContains: 'zzz-nothing' }]) {
      const rows = await graph.read({
        name: 'test_counts',
        text: `MATCH (a:Actor) WHERE ${where(filter)}
          WITH a, ${grouping.values} AS found
          WITH a, CASE WHEN size(found) = 0 THEN [null] WHEN ${grouping.single} THEN found[0..1] ELSE found END AS found
          UNWIND found AS g
          WITH DISTINCT a, g
          WITH ${grouping.key} AS key, ${grouping.label} AS label, count(a) AS count ORDER BY count DESC, key
          RETURN collect({ key: key, label: label, count: count }) AS groups`,
        params: filter,
      });
      const [{ n: total } = { n: -1 }] = (await graph.read({ name: 'test_counts', text: `MATCH (a:Actor) WHERE ${where(filter)} RETURN count(a) AS n`, params: filter })) as Array<{ n: number }>;
      const { body } = await server.query('query($g: ActorGroupBy!, $f: ActorFilter) { actorCounts(groupBy: $g, filter: $f) { total groups { key label count } } }', { g: groupBy, f: filter });
      expect(body.errors).toBeUndefined();
      expect([filter, body.data?.['actorCounts']]).toEqual([filter, { total, groups: rows[0]?.['groups'] }]);
    }
  });

  it('counts every actor by state from the states down, and filtered or cited-only actors per actor', async () => {
    const named = async (args: string) => (await explained(`{ actorCounts(groupBy: STATE${args}) { total groups { key count } } }`)).queries.map((q) => q.name);
    expect(await named('')).toEqual(['actor_counts_state_of_every_actor']);
    expect(await named(', asOf: "2015-01-01"')).toEqual(['actor_counts_state_of_every_actor']);
    expect(await named(', filter: { kinds: [COMPANY] }')).toEqual(['actor_counts_state_from_none']);
    expect(await named(', evidence: CITED')).toEqual(['actor_counts_state_from_none']);
    // Cited only: sample actors are left out, so the counts differ from every actor's (the seed has some).
    const cited = await explained('{ actorCounts(groupBy: STATE, evidence: CITED) { total } }');
    const every = await explained('{ actorCounts(groupBy: STATE) { total } }');
    const [{ n: citedTotal } = { n: -1 }] = (await graph.read({ name: 'test_counts', text: 'MATCH (a:Actor) WHERE NOT coalesce(a.illustrative, false) RETURN count(a) AS n' })) as Array<{ n: number }>;
    expect((cited.data['actorCounts'] as { total: number }).total).toBe(citedTotal);
    expect((every.data['actorCounts'] as { total: number }).total).toBeGreaterThan(citedTotal);
  });
});
