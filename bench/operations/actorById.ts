import { asArray, field, type Json } from '../json';
import type { Fixtures, ComparedOperation } from './operation';

const FIELDS = 'id name kind founded website location { latitude longitude }';

/** The answer: the actor's scalar fields and its region (the first LOCATED_IN region). */
function answer(actor: Json, region: Json): Json {
  const a = (key: string): Json => field(actor, key, 'actor');
  const location = a('location');
  return {
    id: a('id'),
    name: a('name'),
    kind: a('kind'),
    founded: a('founded'),
    website: a('website'),
    location: location === null ? null : { latitude: field(location, 'latitude', 'location'), longitude: field(location, 'longitude', 'location') },
    region: region === null ? null : { id: field(region, 'id', 'region'), name: field(region, 'name', 'region') },
  };
}

/** One actor by id with its region: the smallest read, two entity levels. */
export function actorById(f: Fixtures): ComparedOperation {
  return {
    name: 'actorById',
    title: 'actor by id, with its region',
    depth: 2,
    ours: {
      query: `query ActorById($id: ID!) { actor(id: $id) { ${FIELDS} region { id name } } }`,
      variables: { id: f.companyId },
    },
    peer: {
      query: `query ActorById($id: ID!) { actors(where: { id: { eq: $id } }) { ${FIELDS} regions { id name } } }`,
      variables: { id: f.companyId },
    },
    floorParams: { id: f.companyId },
    normalizeOurs: (data) => {
      const actor = field(data, 'actor', 'data');
      return answer(actor, field(actor, 'region', 'actor'));
    },
    normalizePeer: (data) => {
      const [actor] = asArray(field(data, 'actors', 'data'), 'actors');
      return answer(actor ?? null, asArray(field(actor ?? null, 'regions', 'actor'), 'regions')[0] ?? null);
    },
    normalizeFloor: ([row]) => answer(row ?? null, field(row ?? null, 'region', 'row')),
  };
}
