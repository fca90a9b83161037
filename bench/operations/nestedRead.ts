import { asArray, field, type Json } from '../json';
import { MIX } from './floorCypher';
import type { ComparedOperation } from './operation';

/** Every level is an ordered page, so the answer keeps the order. */
function cluster(id: Json, name: Json, members: Json[]): Json {
  return { id, name, members };
}

function member(id: Json, name: Json, partners: Json[]): Json {
  return { id, name, partners };
}

function partner(id: Json, name: Json, weight: Json): Json {
  return { id, name, weight };
}

const edgesOf = (connection: Json, what: string): Json[] => asArray(field(connection, 'edges', what), `${what}.edges`);

/** clusters → members → partners: three nested pages, the shape DataLoader batching is for. */
export function nestedRead(): ComparedOperation {
  return {
    name: 'nestedRead',
    title: `clusters(first: ${MIX.clustersFirst}) → members(first: ${MIX.membersFirst}) → partners(first: ${MIX.partnersFirst})`,
    depth: 3,
    ours: {
      query: `query NestedRead {
        clusters(first: ${MIX.clustersFirst}) { edges { node { id name
          members(first: ${MIX.membersFirst}) { edges { node { id name
            partners(first: ${MIX.partnersFirst}) { edges { weight node { id name } } } } } } } } }
      }`,
      variables: {},
    },
    // `partners` is declared on the Actor interface, so its edge properties are a union (of one: Collaboration).
    peer: {
      query: `query NestedRead {
        clustersConnection(first: ${MIX.clustersFirst}, sort: [{ name: ASC }, { id: ASC }]) { edges { node { id name
          membersConnection(first: ${MIX.membersFirst}, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { node { id name
            partnersConnection(first: ${MIX.partnersFirst}, sort: [{ edge: { Collaboration: { weight: DESC } } }, { node: { name: ASC } }, { node: { id: ASC } }]) {
              edges { properties { ... on Collaboration { weight } } node { id name } } } } } } } } }
      }`,
      variables: {},
    },
    floorParams: {},
    normalizeOurs: (data) =>
      edgesOf(field(data, 'clusters', 'data'), 'clusters').map((ce) => {
        const c = field(ce, 'node', 'cluster edge');
        return cluster(
          field(c, 'id', 'cluster'),
          field(c, 'name', 'cluster'),
          edgesOf(field(c, 'members', 'cluster'), 'members').map((me) => {
            const m = field(me, 'node', 'member edge');
            return member(
              field(m, 'id', 'member'),
              field(m, 'name', 'member'),
              edgesOf(field(m, 'partners', 'member'), 'partners').map((pe) => {
                const p = field(pe, 'node', 'partner edge');
                return partner(field(p, 'id', 'partner'), field(p, 'name', 'partner'), field(pe, 'weight', 'partner edge'));
              }),
            );
          }),
        );
      }),
    normalizePeer: (data) =>
      edgesOf(field(data, 'clustersConnection', 'data'), 'clusters').map((ce) => {
        const c = field(ce, 'node', 'cluster edge');
        return cluster(
          field(c, 'id', 'cluster'),
          field(c, 'name', 'cluster'),
          edgesOf(field(c, 'membersConnection', 'cluster'), 'members').map((me) => {
            const m = field(me, 'node', 'member edge');
            return member(
              field(m, 'id', 'member'),
              field(m, 'name', 'member'),
              edgesOf(field(m, 'partnersConnection', 'member'), 'partners').map((pe) => {
                const p = field(pe, 'node', 'partner edge');
                return partner(field(p, 'id', 'partner'), field(p, 'name', 'partner'), field(field(pe, 'properties', 'partner edge'), 'weight', 'properties'));
              }),
            );
          }),
        );
      }),
    normalizeFloor: (rows) =>
      rows.map((c) =>
        cluster(
          field(c, 'id', 'cluster'),
          field(c, 'name', 'cluster'),
          asArray(field(c, 'members', 'cluster'), 'members').map((m) =>
            member(
              field(m, 'id', 'member'),
              field(m, 'name', 'member'),
              asArray(field(m, 'partners', 'member'), 'partners').map((p) => partner(field(p, 'id', 'partner'), field(p, 'name', 'partner'), field(p, 'weight', 'partner'))),
            ),
          ),
        ),
      ),
  };
}
