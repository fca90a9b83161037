import type { GraphClient } from '../graphClient';
import type { NodeLabel } from '../schemaLabels';

export interface SearchHitRecord {
  id: string;
  label: NodeLabel;
  score: number;
}

/** Lucene's query syntax characters; user text is escaped so it is always searched as words, never as syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a Lucene query: each word matches exactly (boosted), as a prefix, or with one edit
 * (fuzzy), so a typo still finds the entity; entities matching more words and exact words rank first.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w))
    .slice(0, 12);
  const terms = words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`));
  // Entities matching every word rank above those matching some.
  return terms.length > 1 ? `(${terms.join(' AND ')})^4 OR ${terms.join(' OR ')}` : (terms[0] ?? '');
}

/** Ranked full-text hits over the `entity_search` index, restricted to the given labels; one round trip. */
export async function searchEntities(graph: GraphClient, text: string, labels: readonly NodeLabel[], first: number): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const rows = await graph.read({
    name: 'search',
    text: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
      WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
      WHERE label IS NOT NULL
      RETURN node.id AS id, label, score ORDER BY score DESC, node.name, node.id LIMIT toInteger($first)`,
    params: { query, labels, first, scan: Math.max(first * 5, 100) },
  });
  return rows.map((row) => ({ id: row['id'] as string, label: row['label'] as NodeLabel, score: row['score'] as number }));
}
