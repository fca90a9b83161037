import { asArray, field, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

function item(actor: Json): Json {
  return { id: field(actor, 'id', 'actor'), name: field(actor, 'name', 'actor'), founded: field(actor, 'founded', 'actor') };
}

function connectionAnswer(connection: Json): Json {
  return {
    totalCount: field(connection, 'totalCount', 'connection'),
    // A page is ordered: compared in order.
    items: asArray(field(connection, 'edges', 'connection'), 'edges').map((edge) => item(field(edge, 'node', 'edge'))),
  };
}

/** A filtered, ordered page: the companies of a state (region hierarchy), newest first, with the total. */
export function actorList(f: Fixtures): ComparedOperation {
  const selection = `totalCount edges { node { id name founded } }`;
  return {
    name: 'actorList',
    title: `actors(filter: {kinds: [COMPANY], region: <state>}, orderBy: FOUNDED DESC, first: ${MIX.listFirst})`,
    depth: 1,
    ours: {
      query: `query ActorList($region: ID!) {
        actors(filter: { kinds: [COMPANY], region: $region }, orderBy: { field: FOUNDED, direction: DESC }, first: ${MIX.listFirst}) { ${selection} }
      }`,
      variables: { region: f.stateId },
    },
    peer: {
      // The library has no variable-length relationship filter: regionPath (a @cypher list field) stands in.
      query: `query ActorList($region: ID!) {
        actorsConnection(first: ${MIX.listFirst}, where: { kind: { in: [COMPANY] }, regionPath: { includes: $region } },
          sort: [{ foundedYear: DESC }, { id: ASC }]) { ${selection} }
      }`,
      variables: { region: f.stateId },
    },
    floorParams: { kinds: ['COMPANY'], region: f.stateId },
    normalizeOurs: (data) => connectionAnswer(field(data, 'actors', 'data')),
    normalizePeer: (data) => connectionAnswer(field(data, 'actorsConnection', 'data')),
    normalizeFloor: ([row]) => ({
      totalCount: field(row ?? null, 'totalCount', 'row'),
      items: asArray(field(row ?? null, 'items', 'row'), 'items').map(item),
    }),
  };
}
