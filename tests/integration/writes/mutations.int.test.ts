import type { GraphClient } from '../../../src/graph';
import { COMPANY_SIZES, MEMBER_ROLES, ORGANIZATION_TYPES, PARENT_ORGANIZATIONS, RESEARCH_INSTITUTE_TYPES } from '../../../src/model';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startWriteServer } from './writeServer';

/**
 * The mutations over HTTP, with an admin key: round trips, the importer's validation, missing ends, ending links
 * as history, idempotence under concurrency. Every id written starts with this file's prefix; Cypher checks
 * what reached the database.
 */
describe('mutations over HTTP', () => {
  const p = uniquePrefix('writes');
  const id = (name: string): string => `${p}${name}`;
  let graph: GraphClient;
  let harness: Awaited<ReturnType<typeof startWriteServer>>;

  interface MutationErrorOut {
    code: string;
    field: string | null;
    message: string;
  }
  type Payload = Record<string, unknown> & { errors: MutationErrorOut[] };

  beforeAll(async () => {
    graph = createTestGraph();
    harness = await startWriteServer(graph, { defaultRole: 'admin' });
  });

  afterAll(async () => {
    await harness?.cleanup();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  async function mutate(query: string, variables: Record<string, unknown> = {}): Promise<Payload> {
    const { status, body } = await harness.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return Object.values(body.data ?? {})[0] as Payload;
  }

  async function read(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const { body } = await harness.server.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  }

  async function nodeCount(nodeId: string): Promise<number> {
    const [row] = await graph.read({ name: 'test_count', text: 'MATCH (n:Entity {id: $id}) RETURN count(n) AS n', params: { id: nodeId } });
    return row?.['n'] as number;
  }

  async function linkCount(a: string, b: string): Promise<number> {
    const [row] = await graph.read({ name: 'test_count', text: 'MATCH (:Entity {id: $a})-[r]-(:Entity {id: $b}) RETURN count(r) AS n', params: { a, b } });
    return row?.['n'] as number;
  }

  const ERRORS = 'errors { code field message }';
  const ACTOR_FIELDS = 'id kind name aliases founded website description sources illustrative location { latitude longitude }';
  const UPSERT_COMPANY = `mutation($input: CompanyInput!) { upsertCompany(input: $input) { created ${ERRORS}
    company { ${ACTOR_FIELDS} size employees fictional } } }`;
  const UPSERT_INSTITUTE = `mutation($input: ResearchInstituteInput!) { upsertResearchInstitute(input: $input) { created ${ERRORS}
    researchInstitute { ${ACTOR_FIELDS} type parentOrganization } } }`;
  const UPSERT_ORGANIZATION = `mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { created ${ERRORS}
    organization { ${ACTOR_FIELDS} type } } }`;
  const UPSERT_CLUSTER = `mutation($input: ClusterInput!) { upsertCluster(input: $input) { created ${ERRORS}
    cluster { id name aliases description founded website sources location { latitude longitude } } } }`;
  const ADD_MEMBERSHIP = `mutation($actor: ID!, $cluster: ID!, $role: MembershipRole, $since: Date, $sources: [String!]!) {
    addMembership(actor: $actor, cluster: $cluster, role: $role, since: $since, sources: $sources) {
      ${ERRORS} actor { id } membership { cluster { id name } role since until sources } } }`;
  const END_MEMBERSHIP = `mutation($actor: ID!, $cluster: ID!, $until: Date!) { endMembership(actor: $actor, cluster: $cluster, until: $until) {
    ${ERRORS} actor { id } membership { cluster { id } role since until sources } } }`;
  const COLLABORATION = `${ERRORS} collaboration { a { id } b { id } topic since until weight interactionModel sources illustrative }`;
  const ADD_COLLABORATION = `mutation($a: ID!, $b: ID!, $topic: String, $since: Date, $weight: Int, $sources: [String!]!) {
    addCollaboration(a: $a, b: $b, topic: $topic, since: $since, weight: $weight, sources: $sources) { ${COLLABORATION} } }`;
  const END_COLLABORATION = `mutation($a: ID!, $b: ID!, $until: Date!) { endCollaboration(a: $a, b: $b, until: $until) { ${COLLABORATION} } }`;
  const SUPPLY = `${ERRORS} supplyLink { supplier { id } customer { id name } product stage { id } since until sources }`;
  const ADD_SUPPLY = `mutation($supplier: ID!, $customer: ID!, $product: String, $stage: ID, $since: Date, $sources: [String!]!) {
    addSupplyLink(supplier: $supplier, customer: $customer, product: $product, stage: $stage, since: $since, sources: $sources) { ${SUPPLY} } }`;
  const END_SUPPLY = `mutation($supplier: ID!, $customer: ID!, $until: Date!) { endSupplyLink(supplier: $supplier, customer: $customer, until: $until) { ${SUPPLY} } }`;
  const DELETE_ACTOR = `mutation($id: ID!) { deleteActor(id: $id) { deletedId removedRelationships ${ERRORS} } }`;
  const DELETE_CLUSTER = `mutation($id: ID!) { deleteCluster(id: $id) { deletedId removedRelationships ${ERRORS} } }`;

  const company = (name: string, extra: Record<string, unknown> = {}) => ({ id: id(name), name: `Test ${name}`, sources: ['illustrative'], ...extra });

  describe('upserts', () => {
    it('creates a company, then updates it by id, replacing the whole record', async () => {
      const created = await mutate(UPSERT_COMPANY, {
        input: company('acme', {
          name: 'Acme Optics',
          aliases: ['Acme', 'AO GmbH'],
          size: 'SMALL',
          employees: 42,
          founded: '1999-05',
          location: { latitude: 50.93, longitude: 11.59 },
          website: 'https://acme.example',
          description: 'Lenses.',
          sources: ['fictional'],
        }),
      });
      expect(created).toEqual({
        created: true,
        errors: [],
        company: {
          id: id('acme'),
          kind: 'COMPANY',
          name: 'Acme Optics',
          aliases: ['Acme', 'AO GmbH'],
          founded: '1999-05',
          website: 'https://acme.example',
          description: 'Lenses.',
          sources: ['fictional'],
          illustrative: true,
          location: { latitude: 50.93, longitude: 11.59 },
          size: 'SMALL',
          employees: 42,
          fictional: true,
        },
      });

      const updated = await mutate(UPSERT_COMPANY, { input: company('acme', { name: 'Acme Optics AG', sources: ['https://acme.example/about'] }) });
      expect(updated['created']).toBe(false);
      expect(updated['company']).toMatchObject({ name: 'Acme Optics AG', aliases: [], size: null, employees: null, location: null, founded: null, illustrative: false, fictional: false });
      const data = await read('query($id: ID!) { actor(id: $id) { name sources } }', { id: id('acme') });
      expect(data['actor']).toEqual({ name: 'Acme Optics AG', sources: ['https://acme.example/about'] });
      expect(await nodeCount(id('acme'))).toBe(1);
    });

    it('stores what the importer stores: labels, kind, point, year, alias text, hash', async () => {
      await mutate(UPSERT_COMPANY, { input: company('stored', { aliases: ['S1', 'S2'], founded: '2004-02-29', location: { latitude: 51.05, longitude: 13.74 } }) });
      const [row] = await graph.read({
        name: 'test_stored',
        text: `MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.kind AS kind, n.foundedYear AS year, n.aliasText AS aliasText,
          n.location.latitude AS lat, n.location.srid AS srid, n._hash IS NOT NULL AS hashed, n.illustrative AS illustrative`,
        params: { id: id('stored') },
      });
      expect(row).toEqual({
        labels: expect.arrayContaining(['Entity', 'Actor', 'Company']),
        kind: 'COMPANY',
        year: 2004,
        aliasText: 'S1 | S2',
        lat: 51.05,
        srid: 4326,
        hashed: true,
        illustrative: true,
      });
    });

    it('creates research institutes, organisations and clusters the same way', async () => {
      const institute = await mutate(UPSERT_INSTITUTE, {
        input: { id: id('inst'), name: 'Test Institute', type: 'NON_UNIVERSITY_INSTITUTE', parentOrganization: 'FRAUNHOFER', sources: ['illustrative'] },
      });
      expect(institute).toMatchObject({ created: true, errors: [], researchInstitute: { kind: 'RESEARCH_INSTITUTE', type: 'NON_UNIVERSITY_INSTITUTE', parentOrganization: 'FRAUNHOFER' } });
      const organization = await mutate(UPSERT_ORGANIZATION, { input: { id: id('org'), name: 'Test Chamber', type: 'CHAMBER', sources: ['illustrative'] } });
      expect(organization).toMatchObject({ created: true, errors: [], organization: { kind: 'ORGANIZATION', type: 'CHAMBER' } });
      const cluster = await mutate(UPSERT_CLUSTER, {
        input: { id: id('cluster'), name: 'Test Cluster', description: 'Optics.', founded: '2010', location: { latitude: 50.9, longitude: 11.6 }, sources: ['illustrative'] },
      });
      expect(cluster).toMatchObject({ created: true, errors: [], cluster: { id: id('cluster'), founded: '2010', location: { latitude: 50.9, longitude: 11.6 } } });
      const data = await read('query($id: ID!) { cluster(id: $id) { name description } }', { id: id('cluster') });
      expect(data['cluster']).toEqual({ name: 'Test Cluster', description: 'Optics.' });
    });

    it('refuses an id held by an entity of another kind with CONFLICT, changing nothing', async () => {
      await mutate(UPSERT_CLUSTER, { input: { id: id('taken'), name: 'Taken Cluster', sources: ['illustrative'] } });
      const refused = await mutate(UPSERT_COMPANY, { input: company('taken') });
      expect(refused).toEqual({ created: null, company: null, errors: [{ code: 'CONFLICT', field: 'input.id', message: expect.stringContaining('is already the id of a Cluster') }] });
      const [row] = await graph.read({ name: 'test_taken', text: 'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.name AS name', params: { id: id('taken') } });
      expect(row).toEqual({ labels: expect.not.arrayContaining(['Company']), name: 'Taken Cluster' });
    });

    it('creates exactly one node for 50 concurrent upserts of the same id', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => mutate(UPSERT_COMPANY, { input: company('concurrent', { employees: 10, description: `writer ${i % 2}` }) })),
      );
      for (const result of results) expect(result['errors']).toEqual([]);
      expect(results.some((r) => r['created'] === true)).toBe(true);
      expect(await nodeCount(id('concurrent'))).toBe(1);
      const [row] = await graph.read({ name: 'test_concurrent', text: 'MATCH (n:Company {id: $id}) RETURN count(n) AS companies', params: { id: id('concurrent') } });
      expect(row?.['companies']).toBe(1);
    });
  });

  describe('validation: the importer rules, code INVALID, nothing written', () => {
    it.each([
      ['a bad id', { id: 'Not An Id!', name: 'X', sources: ['illustrative'] }, 'input.id', /is not a valid id/],
      ['a latitude out of range', { ...company('badlat'), location: { latitude: 95, longitude: 11 } }, 'input.location.latitude', /-90 to 90/],
      ['a longitude out of range', { ...company('badlon'), location: { latitude: 50, longitude: -181 } }, 'input.location.longitude', /-180 to 180/],
      ['no sources', { ...company('nosources'), sources: [] }, 'input.sources', /required/],
      ['a blank name', { ...company('blankname'), name: '   ' }, 'input.name', /required/],
      ['negative employees', { ...company('negemployees'), employees: -1 }, 'input.employees', /0 to 10000000/],
      ['a source holding the list separator', { ...company('bar'), sources: ['a | b'] }, 'input.sources[0]', /bar between spaces/],
    ])('refuses %s', async (_what, input, field, message) => {
      const result = await mutate(UPSERT_COMPANY, { input });
      expect(result['company']).toBeNull();
      expect(result['errors']).toEqual([{ code: 'INVALID', field, message: expect.stringMatching(message) }]);
      expect((result['errors'][0] as MutationErrorOut).message.startsWith(`${field}: `)).toBe(true);
      expect(await nodeCount(String(input.id))).toBe(0);
    });

    it('refuses "fictional" outside companies, as the importer does', async () => {
      const result = await mutate(UPSERT_ORGANIZATION, { input: { id: id('fictorg'), name: 'F', type: 'AGENCY', sources: ['fictional'] } });
      expect(result['errors']).toEqual([{ code: 'INVALID', field: 'input.sources', message: expect.stringContaining('"fictional" is for companies only') }]);
      expect(await nodeCount(id('fictorg'))).toBe(0);
    });

    it('leaves an unknown enum value to GraphQL itself: refused before any resolver runs, nothing written', async () => {
      const { status, body } = await harness.server.query(UPSERT_COMPANY, { input: company('badenum', { size: 'HUGE' }) });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/HUGE/);
      expect(await nodeCount(id('badenum'))).toBe(0);
    });

    it('keeps the GraphQL enums equal to the model the importer validates with', async () => {
      const data = await read(`{ size: __type(name: "CompanySize") { enumValues { name } } institute: __type(name: "ResearchInstituteType") { enumValues { name } }
        parent: __type(name: "ParentOrganization") { enumValues { name } } org: __type(name: "OrganizationType") { enumValues { name } }
        role: __type(name: "MembershipRole") { enumValues { name } } }`);
      const names = (key: string) => ((data[key] as { enumValues: Array<{ name: string }> }).enumValues.map((v) => v.name) ?? []).sort();
      expect(names('size')).toEqual([...COMPANY_SIZES].sort());
      expect(names('institute')).toEqual([...RESEARCH_INSTITUTE_TYPES].sort());
      expect(names('parent')).toEqual([...PARENT_ORGANIZATIONS].sort());
      expect(names('org')).toEqual([...ORGANIZATION_TYPES].sort());
      expect(names('role')).toEqual([...MEMBER_ROLES].sort());
    });
  });

  describe('links', () => {
    beforeAll(async () => {
      for (const name of ['maker', 'buyer', 'other']) await mutate(UPSERT_COMPANY, { input: company(name) });
      await mutate(UPSERT_INSTITUTE, { input: { id: id('lab'), name: 'Test Lab', type: 'UNIVERSITY', sources: ['illustrative'] } });
      await mutate(UPSERT_CLUSTER, { input: { id: id('net'), name: 'Test Network', sources: ['illustrative'] } });
      await graph.write({
        name: 'test_fixture',
        text: "CREATE (:Entity:ValueChainStage {id: $id, name: 'Test stage', order: 1, valueChainId: $chain, sources: ['illustrative'], illustrative: true})",
        params: { id: id('stage'), chain: id('chain') },
      });
    });

    it('adds a membership, updates the current one, ends it and keeps it as history', async () => {
      const added = await mutate(ADD_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), role: 'MEMBER', since: '2015', sources: ['illustrative'] });
      expect(added).toEqual({
        errors: [],
        actor: { id: id('maker') },
        membership: { cluster: { id: id('net'), name: 'Test Network' }, role: 'MEMBER', since: '2015', until: null, sources: ['illustrative'] },
      });
      const again = await mutate(ADD_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), role: 'BOARD', since: '2015', sources: ['illustrative'] });
      expect(again['membership']).toMatchObject({ role: 'BOARD' });
      expect(await linkCount(id('maker'), id('net'))).toBe(1);

      const ended = await mutate(END_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), until: '2020-06' });
      expect(ended['membership']).toEqual({ cluster: { id: id('net') }, role: 'BOARD', since: '2015', until: '2020-06', sources: ['illustrative'] });
      const [row] = await graph.read({
        name: 'test_membership',
        text: 'MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Cluster {id: $c}) RETURN toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo',
        params: { a: id('maker'), c: id('net') },
      });
      expect(row).toEqual({ validFrom: '2015-01-01', validTo: '2020-06-30' });
      const memberships = (asOf: string) =>
        read('query($id: ID!, $asOf: Date) { actor(id: $id) { memberships(asOf: $asOf) { cluster { id } until } } }', { id: id('maker'), asOf });
      expect(await memberships('2019')).toEqual({ actor: { memberships: [{ cluster: { id: id('net') }, until: '2020-06' }] } });
      expect(await memberships('2021')).toEqual({ actor: { memberships: [] } });

      const reopened = await mutate(ADD_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), sources: ['illustrative'] });
      expect(reopened['errors']).toEqual([{ code: 'CONFLICT', field: null, message: expect.stringContaining('ended (until 2020-06)') }]);
      const retried = await mutate(END_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), until: '2020-06' });
      expect(retried['errors']).toEqual([]);
      const moved = await mutate(END_MEMBERSHIP, { actor: id('maker'), cluster: id('net'), until: '2021' });
      expect(moved['errors']).toEqual([{ code: 'CONFLICT', field: 'until', message: expect.stringContaining('already ended (until 2020-06)') }]);
    });

    it('refuses an end before the start (since > until) and leaves the link as it was', async () => {
      await mutate(ADD_MEMBERSHIP, { actor: id('buyer'), cluster: id('net'), since: '2018-03', sources: ['illustrative'] });
      const result = await mutate(END_MEMBERSHIP, { actor: id('buyer'), cluster: id('net'), until: '2017' });
      expect(result).toEqual({ actor: null, membership: null, errors: [{ code: 'INVALID', field: 'until', message: 'until: "2017" is before since "2018-03"' }] });
      const [row] = await graph.read({
        name: 'test_membership',
        text: 'MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Cluster {id: $c}) RETURN r.until AS until, r.validTo AS validTo',
        params: { a: id('buyer'), c: id('net') },
      });
      expect(row).toEqual({ until: null, validTo: null });
    });

    it("refuses, as the importer does, a membership starting before the actor was founded or in the future", async () => {
      // Senorics (seed graph) was founded in 2017.
      const early = await mutate(ADD_MEMBERSHIP, { actor: 'senorics', cluster: 'acod', since: '2010', sources: ['illustrative'] });
      expect(early).toEqual({ actor: null, membership: null, errors: [{ code: 'INVALID', field: 'since', message: 'since: 2010 is before "senorics" was founded (2017)' }] });
      const nextYear = String(new Date().getUTCFullYear() + 1);
      const future = await mutate(ADD_MEMBERSHIP, { actor: 'senorics', cluster: 'acod', since: nextYear, sources: ['illustrative'] });
      expect(future).toEqual({ actor: null, membership: null, errors: [{ code: 'INVALID', field: 'since', message: `since: "${nextYear}" is in the future` }] });
      const [row] = await graph.read({ name: 'test_membership', text: 'MATCH (:Actor {id: "senorics"})-[r:MEMBER_OF]->(:Cluster {id: "acod"}) RETURN count(r) AS n', params: {} });
      expect(Number(row?.['n'])).toBe(0);
    });

    it('adds a collaboration, which partners(asOf) shows while it lasts and not after it ended', async () => {
      const added = await mutate(ADD_COLLABORATION, { a: id('maker'), b: id('lab'), topic: 'Freeform optics', since: '2016', weight: 7, sources: ['illustrative'] });
      expect(added).toEqual({
        errors: [],
        collaboration: {
          a: { id: id('maker') },
          b: { id: id('lab') },
          topic: 'Freeform optics',
          since: '2016',
          until: null,
          weight: 7,
          interactionModel: 'SCIENCE_INDUSTRY',
          sources: ['illustrative'],
          illustrative: true,
        },
      });
      // One edge per pair, stored from the smaller id to the larger, as the importer stores it.
      const [stored] = await graph.read({
        name: 'test_collaboration',
        text: 'MATCH (x)-[r:COLLABORATES_WITH]->(y) WHERE x.id IN [$a, $b] AND y.id IN [$a, $b] RETURN x.id AS from, r.model AS model, count(r) AS n',
        params: { a: id('maker'), b: id('lab') },
      });
      expect(stored).toEqual({ from: id('lab'), model: 'SCIENCE_INDUSTRY', n: 1 });

      const partners = async (asOf: string | null) => {
        const data = await read('query($id: ID!, $asOf: Date) { actor(id: $id) { partners(asOf: $asOf) { edges { node { id } until } } } }', { id: id('lab'), asOf });
        return (data['actor'] as { partners: { edges: Array<{ node: { id: string }; until: string | null }> } }).partners.edges;
      };
      expect(await partners('2020')).toEqual([{ node: { id: id('maker') }, until: null }]);

      const ended = await mutate(END_COLLABORATION, { a: id('lab'), b: id('maker'), until: '2021-06' });
      expect(ended['errors']).toEqual([]);
      expect(ended['collaboration']).toMatchObject({ a: { id: id('lab') }, b: { id: id('maker') }, until: '2021-06', topic: 'Freeform optics', weight: 7 });
      expect(await partners('2021-03')).toEqual([{ node: { id: id('maker') }, until: '2021-06' }]);
      expect(await partners('2022')).toEqual([]);
      expect(await partners(null)).toEqual([{ node: { id: id('maker') }, until: '2021-06' }]);

      const readded = await mutate(ADD_COLLABORATION, { a: id('lab'), b: id('maker'), sources: ['illustrative'] });
      expect(readded['errors']).toEqual([{ code: 'CONFLICT', field: null, message: expect.stringContaining('kept as history') }]);
    });

    it('refuses a self-link and a weight out of range', async () => {
      const self = await mutate(ADD_COLLABORATION, { a: id('other'), b: id('other'), sources: ['illustrative'] });
      expect(self['errors']).toEqual([{ code: 'INVALID', field: 'b', message: 'b: must differ from a (no self-links)' }]);
      const heavy = await mutate(ADD_COLLABORATION, { a: id('other'), b: id('lab'), weight: 11, sources: ['illustrative'] });
      expect(heavy['errors']).toEqual([{ code: 'INVALID', field: 'weight', message: expect.stringContaining('from 1 to 10') }]);
      expect(await linkCount(id('other'), id('lab'))).toBe(0);
      expect(await linkCount(id('other'), id('other'))).toBe(0);
    });

    it('adds a supply link with its stage, and ends it', async () => {
      const added = await mutate(ADD_SUPPLY, { supplier: id('maker'), customer: id('buyer'), product: 'Lenses', stage: id('stage'), since: '2019', sources: ['illustrative'] });
      expect(added).toEqual({
        errors: [],
        supplyLink: { supplier: { id: id('maker') }, customer: { id: id('buyer'), name: 'Test buyer' }, product: 'Lenses', stage: { id: id('stage') }, since: '2019', until: null, sources: ['illustrative'] },
      });
      const ended = await mutate(END_SUPPLY, { supplier: id('maker'), customer: id('buyer'), until: '2023' });
      expect(ended['supplyLink']).toMatchObject({ product: 'Lenses', stage: { id: id('stage') }, since: '2019', until: '2023' });
      const customers = async (asOf: string) => {
        const data = await read('query($id: ID!, $asOf: Date) { actor(id: $id) { ... on Company { customers(asOf: $asOf) { customer { id } until } } } }', { id: id('maker'), asOf });
        return (data['actor'] as { customers: unknown[] }).customers;
      };
      expect(await customers('2022')).toEqual([{ customer: { id: id('buyer') }, until: '2023' }]);
      expect(await customers('2024')).toEqual([]);
    });

    it('answers NOT_FOUND for missing ends or links and INVALID for an end of the wrong kind, writing nothing', async () => {
      const noActor = await mutate(ADD_MEMBERSHIP, { actor: id('ghost'), cluster: id('net'), sources: ['illustrative'] });
      expect(noActor['errors']).toEqual([{ code: 'NOT_FOUND', field: 'actor', message: `actor: no entity has the id "${id('ghost')}"` }]);
      const noCluster = await mutate(ADD_MEMBERSHIP, { actor: id('maker'), cluster: id('nowhere'), sources: ['illustrative'] });
      expect(noCluster['errors']).toEqual([{ code: 'NOT_FOUND', field: 'cluster', message: expect.any(String) }]);
      const noPartner = await mutate(ADD_COLLABORATION, { a: id('maker'), b: id('ghost'), sources: ['illustrative'] });
      expect(noPartner['errors']).toEqual([{ code: 'NOT_FOUND', field: 'b', message: expect.any(String) }]);
      const noStage = await mutate(ADD_SUPPLY, { supplier: id('other'), customer: id('buyer'), stage: id('nostage'), sources: ['illustrative'] });
      expect(noStage['errors']).toEqual([{ code: 'NOT_FOUND', field: 'stage', message: expect.any(String) }]);
      const instituteSupplier = await mutate(ADD_SUPPLY, { supplier: id('lab'), customer: id('buyer'), sources: ['illustrative'] });
      expect(instituteSupplier['errors']).toEqual([{ code: 'INVALID', field: 'supplier', message: `supplier: "${id('lab')}" is a ResearchInstitute, expected Company` }]);
      const clusterAsActor = await mutate(ADD_MEMBERSHIP, { actor: id('net'), cluster: id('net'), sources: ['illustrative'] });
      expect(clusterAsActor['errors']).toEqual([{ code: 'INVALID', field: 'cluster', message: 'cluster: must differ from actor (no self-links)' }]);
      const noLink = await mutate(END_COLLABORATION, { a: id('other'), b: id('buyer'), until: '2020' });
      expect(noLink['errors']).toEqual([{ code: 'NOT_FOUND', field: null, message: expect.stringContaining('there is no collaboration') }]);
      expect(await linkCount(id('other'), id('buyer'))).toBe(0);
      expect(await linkCount(id('lab'), id('buyer'))).toBe(0);
      expect(await nodeCount(id('ghost'))).toBe(0);
    });
  });

  describe('deletes', () => {
    it('deletes an actor with all its relationships (DETACH DELETE), then answers NOT_FOUND', async () => {
      await mutate(UPSERT_COMPANY, { input: company('doomed') });
      await mutate(UPSERT_CLUSTER, { input: { id: id('hub'), name: 'Hub', sources: ['illustrative'] } });
      await mutate(ADD_MEMBERSHIP, { actor: id('doomed'), cluster: id('hub'), sources: ['illustrative'] });
      await mutate(UPSERT_COMPANY, { input: company('friend') });
      await mutate(ADD_COLLABORATION, { a: id('doomed'), b: id('friend'), sources: ['illustrative'] });

      expect(await mutate(DELETE_ACTOR, { id: id('doomed') })).toEqual({ deletedId: id('doomed'), removedRelationships: 2, errors: [] });
      expect(await nodeCount(id('doomed'))).toBe(0);
      expect(await nodeCount(id('friend'))).toBe(1);
      expect(await read('query($id: ID!) { actor(id: $id) { id } }', { id: id('doomed') })).toEqual({ actor: null });
      const again = await mutate(DELETE_ACTOR, { id: id('doomed') });
      expect(again).toEqual({ deletedId: null, removedRelationships: null, errors: [{ code: 'NOT_FOUND', field: 'id', message: `id: no actor has the id "${id('doomed')}"` }] });
      const notAnActor = await mutate(DELETE_ACTOR, { id: id('hub') });
      expect(notAnActor['errors']).toEqual([{ code: 'NOT_FOUND', field: 'id', message: expect.any(String) }]);
      expect(await nodeCount(id('hub'))).toBe(1);
    });

    it('deletes a cluster with its memberships', async () => {
      await mutate(UPSERT_CLUSTER, { input: { id: id('gone'), name: 'Gone', sources: ['illustrative'] } });
      await mutate(ADD_MEMBERSHIP, { actor: id('friend'), cluster: id('gone'), sources: ['illustrative'] });
      expect(await mutate(DELETE_CLUSTER, { id: id('gone') })).toEqual({ deletedId: id('gone'), removedRelationships: 1, errors: [] });
      expect(await nodeCount(id('gone'))).toBe(0);
      expect(await nodeCount(id('friend'))).toBe(1);
    });
  });
});
