import type { GraphClient } from '../graphClient';
import type { NodeLabel } from '../../model';
import { NODE_RECORD, type NodeHitRecord } from './nodes';

/** A hit with the entity's whole record, so the caller needs no second round trip to show it. */
export type SearchHitRecord = NodeHitRecord & { score: number };

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

/**
 * Ranked full-text hits over the `entity_search` index, restricted to the given labels, each with its record;
 * one round trip.
 */
export async function searchEntities(graph: GraphClient, text: string, labels: readonly NodeLabel[], first: number): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const rows = await graph.read({
    name: 'search',
    text: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($scan)}) YIELD node, score
      WITH node AS n, score, [l IN labels(node) WHERE l IN $labels][0] AS label
      WHERE label IS NOT NULL
      WITH n, score, label ORDER BY score DESC, n.name, n.id LIMIT toInteger($first)
      RETURN n.id AS id, label, score, ${NODE_RECORD} AS record`,
    params: { query, labels, first, scan: Math.max(first * 5, 100) },
  });
  return rows.map((row) => ({ id: row['id'], label: row['label'], score: row['score'], record: row['record'] }) as unknown as SearchHitRecord);
}
