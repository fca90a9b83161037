import { asArray, field, type Json } from '../json';
import { MIX } from './floorCypher';
import type { Fixtures, ComparedOperation } from './operation';

/** Hits in rank order; scores rounded, as the three read the same index but print floats their own way. */
function hit(id: Json, name: Json, kind: Json, score: Json): Json {
  return { id, name, kind, score: typeof score === 'number' ? Math.round(score * 1e4) / 1e4 : score };
}

/**
 * Full-text search over actors. Our API turns the user's text into a Lucene query (fuzzy, prefix, boosts);
 * the floor and the peer get that same Lucene query, so all three ask the index the same question.
 */
export function search(f: Fixtures): ComparedOperation {
  return {
    name: 'search',
    title: `search(text, kinds: actors, first: ${MIX.searchFirst})`,
    depth: 2,
    ours: {
      query: `query Search($text: String!) {
        search(text: $text, kinds: [COMPANY, RESEARCH_INSTITUTE, ORGANIZATION], first: ${MIX.searchFirst}) { score node { id ... on Actor { name kind } } }
      }`,
      variables: { text: f.searchText },
    },
    peer: {
      query: `query Search($query: String!) { searchActors(query: $query, first: ${MIX.searchFirst}) { id name kind score } }`,
      variables: { query: f.luceneQuery },
    },
    floorParams: { query: f.luceneQuery, first: MIX.searchFirst },
    normalizeOurs: (data) =>
      asArray(field(data, 'search', 'data'), 'hits').map((h) => {
        const node = field(h, 'node', 'hit');
        return hit(field(node, 'id', 'node'), field(node, 'name', 'node'), field(node, 'kind', 'node'), field(h, 'score', 'hit'));
      }),
    normalizePeer: (data) =>
      asArray(field(data, 'searchActors', 'data'), 'hits').map((h) => hit(field(h, 'id', 'hit'), field(h, 'name', 'hit'), field(h, 'kind', 'hit'), field(h, 'score', 'hit'))),
    normalizeFloor: (rows) => rows.map((h) => hit(field(h, 'id', 'hit'), field(h, 'name', 'hit'), field(h, 'kind', 'hit'), field(h, 'score', 'hit'))),
  };
}
