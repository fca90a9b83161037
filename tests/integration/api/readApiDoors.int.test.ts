import { useSeedServer } from '../../support/seedServer';
import type { GraphqlResponse } from '../../support/testServer';

type Body = GraphqlResponse['body'] & {
  extensions?: { cost?: { roundTrips?: number; estimated?: number } };
};

/**
 * The read API's search, unknown-id errors, evidence, asOf and reverse lookups on the seed graph; expected
 * answers come from independent Cypher in the test.
 */
describe('read API doors on the seed graph', () => {
  const seed = useSeedServer();

  const { cypher, data } = seed;
  const trips = (body: Body): number => body.extensions?.cost?.roundTrips ?? -1;

  describe('search', () => {
    const hits = async (text: string, kinds = '') =>
      (await data(`query($t: String!) { search(text: $t, first: 10${kinds}) { exact score node { id } } }`, { t: text }))['search'] as Array<{
        exact: boolean;
        node: { id: string };
      }>;

    it('ranks an exact alias, name or id match first', async () => {
      const tu = await hits('TU Dresden');
      expect(tu[0]).toEqual(expect.objectContaining({ exact: true, node: { id: 'tu-dresden' } }));
      expect(tu.filter((h) => h.exact).map((h) => h.node.id)).toEqual(['tu-dresden']);
      expect((await hits('tu dresden'))[0]?.node.id).toBe('tu-dresden');
      expect((await hits('silicon-saxony'))[0]).toEqual(expect.objectContaining({ exact: true, node: { id: 'silicon-saxony' } }));
      // Exact hits first, then by score.
      const fraunhofer = await hits('Fraunhofer IPMS');
      const firstInexact = fraunhofer.findIndex((h) => !h.exact);
      expect(fraunhofer.slice(firstInexact).every((h) => !h.exact)).toBe(true);
    });

    it('folds umlauts, their transliterations and case', async () => {
      expect((await hits('Universitaet Jena')).slice(0, 3).map((h) => h.node.id)).toContain('uni-jena');
      expect((await hits('universität jena')).slice(0, 3).map((h) => h.node.id)).toContain('uni-jena');
      expect((await hits('FRIEDRICH-SCHILLER-UNIVERSITAET JENA'))[0]).toEqual(expect.objectContaining({ exact: true, node: { id: 'uni-jena' } }));
    });

    it('finds the states by their German and English names', async () => {
      for (const [text, id] of [
        ['Sachsen', 'de-sn'],
        ['Saxony', 'de-sn'],
        ['Thüringen', 'de-th'],
        ['Thueringen', 'de-th'],
        ['Thuringia', 'de-th'],
        ['Sachsen-Anhalt', 'de-st'],
      ] as const) {
        const found = await hits(text, ', kinds: [REGION]');
        expect([text, found[0]?.node.id]).toEqual([text, id]);
      }
      const regions = await data('{ region(id: "de-th") { name aliases } }');
      expect((regions['region'] as { aliases: string[] }).aliases).toContain('Thüringen');
    });

    it('keeps fuzzy matching for typos, below exact words', async () => {
      expect((await hits('Jenoptk')).slice(0, 3).some((h) => h.node.id.startsWith('jenoptik'))).toBe(true);
      expect((await hits('Thüringn', ', kinds: [REGION]'))[0]?.node.id).toBe('de-th');
    });
  });

  describe('unknown ids in filters', () => {
    it('are NOT_FOUND naming the argument and the id, found by the statement that runs anyway', async () => {
      const cases: Array<[string, string, string]> = [
        ['{ actors(filter: { region: "xx" }) { totalCount } }', 'filter.region', 'xx'],
        ['{ actors(filter: { region: "silicon-saxony" }) { edges { node { id } } } }', 'filter.region', 'silicon-saxony'],
        ['{ actors(filter: { cluster: "nope", kinds: [COMPANY] }) { totalCount } }', 'filter.cluster', 'nope'],
        ['{ actors(filter: { technology: "nope" }) { totalCount } }', 'filter.technology', 'nope'],
        ['{ actors(filter: { stage: "nope" }) { totalCount } }', 'filter.stage', 'nope'],
        ['{ actorCounts(groupBy: KIND, filter: { cluster: "nope" }) { total } }', 'filter.cluster', 'nope'],
        ['{ actorCounts(groupBy: STATE, filter: { region: "xx" }) { total } }', 'filter.region', 'xx'],
        ['{ clusters(filter: { region: "silicon-saxony" }) { totalCount } }', 'filter.region', 'silicon-saxony'],
        ['{ clusters(filter: { technology: "nope" }) { totalCount } }', 'filter.technology', 'nope'],
      ];
      for (const [query, argument, id] of cases) {
        const { status, body } = await seed.server.query(query);
        expect([query, status < 500]).toEqual([query, true]);
        expect([query, body.errors?.[0]?.extensions]).toEqual([query, expect.objectContaining({ code: 'NOT_FOUND', argument, id })]);
        expect(body.errors?.[0]?.message).toContain(id);
        expect([query, trips(body as Body)]).toEqual([query, 1]);
      }
      // Known ids still answer.
      const known = await data('{ actors(filter: { region: "de-sn", cluster: "silicon-saxony", stage: null }) { totalCount } }');
      expect((known['actors'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    });
  });

  describe('evidence: CITED', () => {
    const SAMPLE = 'coalesce(x.illustrative, false)';
    let samplesLeftOut = 0;
    afterAll(() => {
      // The checks below can fail only if the seed graph has sample data to leave out.
      expect(samplesLeftOut).toBeGreaterThan(0);
    });

    it('leaves sample links and actors out of every link list of an actor', async () => {
      const query = `query($id: ID!, $e: Evidence) { actor(id: $id) {
        memberships(evidence: $e) { illustrative cluster { id illustrative } }
        partners(first: 100, evidence: $e) { totalCount edges { illustrative node { id illustrative } } }
        projects(evidence: $e) { illustrative project { id } }
        spinOffs(evidence: $e) { illustrative spinOff { id illustrative } }
        spunOffFrom(evidence: $e) { illustrative origin { id illustrative } }
        ... on Company { suppliers(evidence: $e) { illustrative supplier { id illustrative } } customers(evidence: $e) { illustrative customer { id illustrative } } }
      } }`;
      for (const id of ['tu-dresden', 'uni-jena', 'infineon-dresden', 'globalfoundries-dresden', 'jenoptik-ag', 'fraunhofer-iof']) {
        const all = JSON.stringify(await data(query, { id, e: 'ALL' }));
        const cited = JSON.stringify(await data(query, { id, e: 'CITED' }));
        expect([id, cited]).toEqual([id, expect.not.stringContaining('"illustrative":true')]);
        samplesLeftOut += (all.match(/"illustrative":true/g) ?? []).length;
        const [expected] = await cypher(
          `MATCH (a:Actor {id: $id})-[r:COLLABORATES_WITH]-(x:Actor) WHERE NOT coalesce(r.illustrative, false) AND NOT ${SAMPLE} RETURN count(DISTINCT x) AS n`,
          { id },
        );
        const partners = (JSON.parse(cited) as { actor: { partners: { totalCount: number } } }).actor.partners;
        expect([id, partners.totalCount]).toEqual([id, expected?.['n']]);
      }
    });

    it('leaves them out of member pages, project participants, stage and technology actors, counts and statistics', async () => {
      const members = async (e: string) =>
        (await data(`{ cluster(id: "silicon-saxony") { members(first: 100, evidence: ${e}) { totalCount edges { illustrative node { id illustrative } } } } }`))['cluster'] as {
          members: { totalCount: number; edges: Array<{ illustrative: boolean; node: { illustrative: boolean } }> };
        };
      const cited = await members('CITED');
      const all = await members('ALL');
      const [expected] = await cypher(
        `MATCH (x:Actor)-[m:MEMBER_OF]->(:Cluster {id: 'silicon-saxony'}) WHERE NOT coalesce(m.illustrative, false) AND NOT ${SAMPLE} RETURN count(DISTINCT x) AS n`,
      );
      expect(cited.members.totalCount).toBe(expected?.['n']);
      expect(cited.members.edges.every((e) => !e.illustrative && !e.node.illustrative)).toBe(true);
      expect(all.members.totalCount).toBeGreaterThan(cited.members.totalCount);
      samplesLeftOut += all.members.totalCount - cited.members.totalCount;

      const participants = await data('{ node(id: "saxocell") { ... on Project { participants(evidence: CITED) { illustrative actor { illustrative } } } } }');
      expect(JSON.stringify(participants)).not.toContain('"illustrative":true');

      for (const [field, id] of [['Technology', 'microelectronics'], ['ValueChainStage', 'vcs-micro-design']] as const) {
        const page = await data(`{ node(id: "${id}") { ... on ${field} { actors(first: 100, evidence: CITED) { totalCount edges { node { illustrative } } } } } }`);
        expect([field, JSON.stringify(page)]).toEqual([field, expect.not.stringContaining('"illustrative":true')]);
      }

      const counts = (await data('{ actorCounts(groupBy: CLUSTER, filter: { cluster: "silicon-saxony" }, evidence: CITED) { total groups { key count } } }'))['actorCounts'] as {
        total: number;
        groups: Array<{ key: string; count: number }>;
      };
      expect(counts.total).toBe(expected?.['n']);
      expect(counts.groups.find((g) => g.key === 'silicon-saxony')?.count).toBe(expected?.['n']);

      const stats = async (e: string) =>
        ((await data(`{ cluster(id: "silicon-saxony") { statistics(evidence: ${e}) { memberCount internalCollaborations } } }`))['cluster'] as {
          statistics: { memberCount: number; internalCollaborations: number };
        }).statistics;
      const [collaborations] = await cypher(
        `MATCH (a:Actor)-[ma:MEMBER_OF]->(c:Cluster {id: 'silicon-saxony'})<-[mb:MEMBER_OF]-(b:Actor), (a)-[r:COLLABORATES_WITH]->(b)
         WHERE NOT coalesce(ma.illustrative, false) AND NOT coalesce(mb.illustrative, false) AND NOT coalesce(r.illustrative, false)
           AND NOT coalesce(a.illustrative, false) AND NOT coalesce(b.illustrative, false)
         RETURN count(DISTINCT r) AS n`,
      );
      expect(await stats('CITED')).toEqual({ memberCount: expected?.['n'], internalCollaborations: collaborations?.['n'] });
      expect((await stats('ALL')).memberCount).toBe(all.members.totalCount);
    });
  });

  describe('asOf on statistics, members and counts', () => {
    it('counts the members at that date; without it current and past members', async () => {
      const [expected] = await cypher(
        `MATCH (x:Actor)-[m:MEMBER_OF]->(:Cluster {id: 'silicon-saxony'})
         WHERE (m.validFrom IS NULL OR m.validFrom <= date('2005-01-01')) AND (m.validTo IS NULL OR m.validTo >= date('2005-01-01'))
         RETURN count(DISTINCT x) AS n`,
      );
      const [ever] = await cypher(`MATCH (x:Actor)-[:MEMBER_OF]->(:Cluster {id: 'silicon-saxony'}) RETURN count(DISTINCT x) AS n`);
      expect(expected?.['n']).not.toBe(ever?.['n']);
      const result = (await data(`{ cluster(id: "silicon-saxony") {
        then: statistics(asOf: "2005") { memberCount } now: statistics { memberCount }
        members(asOf: "2005", first: 0) { totalCount } all: members(first: 0) { totalCount } } }`))['cluster'];
      expect(result).toEqual({ then: { memberCount: expected?.['n'] }, now: { memberCount: ever?.['n'] }, members: { totalCount: expected?.['n'] }, all: { totalCount: ever?.['n'] } });
      const counts = (await data('{ actorCounts(groupBy: KIND, filter: { cluster: "silicon-saxony" }, asOf: "2005-01-01") { total } }'))['actorCounts'];
      expect(counts).toEqual({ total: expected?.['n'] });
    });
  });

  describe('grouped counts', () => {
    it('counts by technology exactly as the technology filter finds (narrower technologies included)', async () => {
      const groups = ((await data('{ actorCounts(groupBy: TECHNOLOGY) { groups { key count } } }'))['actorCounts'] as { groups: Array<{ key: string; count: number }> }).groups;
      const some = groups.filter((g) => g.key !== 'UNKNOWN').slice(0, 6);
      expect(some.length).toBeGreaterThan(3);
      for (const group of some) {
        const page = (await data(`{ actors(filter: { technology: "${group.key}" }, first: 0) { totalCount } }`))['actors'] as { totalCount: number };
        expect([group.key, page.totalCount]).toEqual([group.key, group.count]);
      }
    });

    it('counts two ways (kind × state): subgroups match Cypher and sum to their group', async () => {
      const result = (await data('{ actorCounts(groupBy: KIND, thenBy: STATE) { total groups { key count subgroups { key count } } } }'))['actorCounts'] as {
        total: number;
        groups: Array<{ key: string; count: number; subgroups: Array<{ key: string; count: number }> }>;
      };
      const expected = await cypher(
        `MATCH (a:Actor) OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(s:Region {level: 'STATE'})
         WITH a, head(collect(s)) AS s RETURN a.kind AS kind, coalesce(s.id, 'UNKNOWN') AS state, count(*) AS n`,
      );
      for (const group of result.groups) {
        expect(group.subgroups.reduce((sum, s) => sum + s.count, 0)).toBe(group.count);
        const want = expected.filter((row) => row['kind'] === group.key).map((row) => [row['state'], row['n']]);
        expect(new Map(group.subgroups.map((s) => [s.key, s.count]))).toEqual(new Map(want as Array<[string, number]>));
      }
      const one = (await data('{ actorCounts(groupBy: KIND) { groups { subgroups { key } } } }'))['actorCounts'] as { groups: Array<{ subgroups: unknown }> };
      expect(one.groups.every((g) => g.subgroups === null)).toBe(true);
    });
  });

  describe('missing doors', () => {
    it('sorts actors by degree, paging through cursors without gaps', async () => {
      const expected = (
        await cypher(`MATCH (a:Actor) WHERE a.kind = 'RESEARCH_INSTITUTE' RETURN a.id AS id, COUNT { (a)-[:COLLABORATES_WITH]-(:Actor) } AS degree ORDER BY degree DESC, id LIMIT 30`)
      ).map((row) => row['id']);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const result = (await data('query($after: String) { actors(filter: { kinds: [RESEARCH_INSTITUTE] }, orderBy: { field: DEGREE, direction: DESC }, first: 10, after: $after) { pageInfo { endCursor } edges { node { id } } } }', { after }))['actors'] as {
          pageInfo: { endCursor: string };
          edges: Array<{ node: { id: string } }>;
        };
        seen.push(...result.edges.map((e) => e.node.id));
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('looks up in reverse: project participants, technology and stage actors, programme projects', async () => {
      const project = (await data('{ node(id: "saxocell") { ... on Project { participants { role actor { id } } } } }'))['node'] as { participants: Array<{ actor: { id: string } }> };
      const participants = await cypher(`MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Project {id: 'saxocell'}) RETURN a.id AS id ORDER BY id`);
      expect(project.participants.map((p) => p.actor.id).sort()).toEqual(participants.map((r) => r['id']));
      expect(participants.length).toBeGreaterThan(1);

      const [program] = await cypher(`MATCH (p:Project)-[:FUNDED_BY]->(f:FundingProgram) RETURN f.id AS id, collect(p.id) AS projects ORDER BY size(projects) DESC, id LIMIT 1`);
      const funded = (await data(`{ node(id: "${String(program?.['id'])}") { ... on FundingProgram { projects { id } } } }`))['node'] as { projects: Array<{ id: string }> };
      expect(funded.projects.map((p) => p.id).sort()).toEqual([...(program?.['projects'] as string[])].sort());

      const stage = (await data('{ node(id: "vcs-micro-design") { ... on ValueChainStage { actors(first: 100) { totalCount edges { node { id } } } } } }'))['node'] as {
        actors: { totalCount: number; edges: Array<{ node: { id: string } }> };
      };
      const active = await cypher(`MATCH (a:Actor)-[:ACTIVE_IN]->(:ValueChainStage {id: 'vcs-micro-design'}) RETURN DISTINCT a.id AS id ORDER BY id`);
      expect(stage.actors.edges.map((e) => e.node.id).sort()).toEqual(active.map((r) => r['id']));
      expect(stage.actors.totalCount).toBe(active.length);
    });

    it('keeps round trips bounded by depth for technology and stage actors, whatever the page sizes', async () => {
      const nested = (n: number) => `{ technologies { name actors(first: ${n}) { totalCount edges { node { name } } }
        narrower { actors(first: ${n}) { edges { node { name region { name } } } } } } }`;
      const small = await seed.server.query(nested(1));
      const large = await seed.server.query(nested(50));
      expect(large.body.errors).toBeUndefined();
      expect(trips(large.body as Body)).toBe(trips(small.body as Body));
      expect(trips(large.body as Body)).toBeLessThanOrEqual(4);
    });

    it('pages suppliers, customers and memberships as filterable connections, like the plain lists', async () => {
      const [company] = await cypher(`MATCH (c:Company)<-[r:SUPPLIES]-(:Company) WITH c, count(r) AS n ORDER BY n DESC, c.id LIMIT 1 RETURN c.id AS id, n`);
      const id = String(company?.['id']);
      const expected = (
        await cypher(`MATCH (c:Company {id: $id})<-[r:SUPPLIES]-(s:Company) RETURN s.id AS id ORDER BY s.name, s.id, elementId(r)`, { id })
      ).map((row) => row['id']);
      expect(expected.length).toBeGreaterThan(3);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const result = (await data('query($id: ID!, $after: String) { actor(id: $id) { ... on Company { suppliersConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { supplier { id } customer { id } } } } } } }', { id, after }))['actor'] as {
          suppliersConnection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { supplier: { id: string }; customer: { id: string } } }> };
        };
        const connection = result.suppliersConnection;
        expect(connection.totalCount).toBe(expected.length);
        expect(connection.edges.every((e) => e.node.customer.id === id)).toBe(true);
        seen.push(...connection.edges.map((e) => e.node.supplier.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);

      const cited = (await data('query($id: ID!) { actor(id: $id) { ... on Company { suppliersConnection(first: 100, evidence: CITED) { edges { node { illustrative supplier { illustrative } } } } customersConnection(first: 100, evidence: CITED) { edges { node { illustrative } } } } membershipsConnection(first: 100, evidence: CITED) { edges { node { illustrative } } } } }', { id }))['actor'];
      expect(JSON.stringify(cited)).not.toContain('"illustrative":true');

      const memberships = (await data('{ actor(id: "tu-dresden") { memberships { cluster { id } } membershipsConnection(first: 100) { totalCount edges { node { cluster { id } } } } } }'))['actor'] as {
        memberships: Array<{ cluster: { id: string } }>;
        membershipsConnection: { totalCount: number; edges: Array<{ node: { cluster: { id: string } } }> };
      };
      expect(memberships.membershipsConnection.edges.map((e) => e.node.cluster.id).sort()).toEqual(memberships.memberships.map((m) => m.cluster.id).sort());
      expect(memberships.membershipsConnection.totalCount).toBe(memberships.memberships.length);

      const { body } = await seed.server.query('{ actor(id: "vw-sachsen") { ... on Company { suppliersConnection(stage: "nope") { totalCount } } } }');
      expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'NOT_FOUND', argument: 'stage', id: 'nope' }));
    });

    it('reports the estimated cost in extensions on success', async () => {
      const cheap = await seed.server.query('{ actor(id: "tu-dresden") { name } }');
      const dear = await seed.server.query('{ actors(first: 50) { edges { node { name partners(first: 10) { totalCount } } } } }');
      const estimated = (body: Body) => body.extensions?.cost?.estimated ?? -1;
      expect(estimated(cheap.body as Body)).toBeGreaterThan(0);
      expect(estimated(dear.body as Body)).toBeGreaterThan(10 * estimated(cheap.body as Body));
    });
  });
});
