import { foldSearchText } from '../../model';
import type { GraphClient } from '../graphClient';
import type { NodeLabel } from '../../model';
import { ACTOR_LABELS, type ActorLabel } from '../../model';
import { NODE_RECORD, type NodeHitRecord } from './nodes';
import { actorSummaryProjection } from './projections';
import type { ActorSummaryRecord } from './records';

/**
 * A hit with the entity's whole record, so the caller needs no second round trip to show it; or, for an actor
 * when summaries were asked for, its ActorSummaryRecord.
 */
export type SearchHitRecord = (NodeHitRecord | { id: string; label: ActorLabel; record: ActorSummaryRecord }) & { score: number; exact: boolean };

/** Lucene's query syntax characters; user text is escaped so it is always searched as words, never as syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The id form of a text, when it can be an id (a lowercase slug). */
const ID_FORM = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * Turns user text into a Lucene query over the folded fields (see src/model/searchFolding.ts): the whole text as
 * a phrase in the name field ranks highest; then each word matches exactly (boosted), as a prefix, or with one
 * edit (fuzzy), so a typo still finds the entity, below exact words; entities matching more words rank first.
 */
export function toLuceneQuery(text: string): string {
  const words = foldSearchText(text)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w))
    .slice(0, 12);
  const terms = words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`));
  if (terms.length === 0) return '';
  const phrase = `searchName:"${words.join(' ')}"^8`;
  // Entities matching every word rank above those matching some.
  return terms.length > 1 ? `${phrase} OR (${terms.join(' AND ')})^4 OR ${terms.join(' OR ')}` : `${phrase} OR ${terms[0]}`;
}

/**
 * Ranked hits, restricted to the given labels, each with its record; one round trip. Exact hits come first: the
 * entity whose id is the text, or whose name or an alias equals it once both are folded (`searchKeys`); then
 * the full-text hits of the `entity_search_folded` index by relevance (fuzzy matches score below exact words).
 * With `summary` (the selection asks an actor for nothing but id, kind and name), actor hits come as
 * ActorSummaryRecords: no region lookup and none of the other properties (the search of the bench's mix read
 * 935 db hits for 10 actors with their regions); other entities still come whole.
 */
export async function searchEntities(graph: GraphClient, text: string, labels: readonly NodeLabel[], first: number, summary = false): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const folded = foldSearchText(text);
  const idText = ID_FORM.test(text.trim().toLowerCase()) ? text.trim().toLowerCase() : null;
  const rows = await graph.read({
    name: 'search',
    text: `CALL () {
        CALL db.index.fulltext.queryNodes('entity_search_folded', $query, {limit: toInteger($scan)}) YIELD node, score
        RETURN node, score
        UNION
        MATCH (node:Entity {id: $idText})
        RETURN node, 0.0 AS score
      }
      WITH node, max(score) AS score
      WITH node AS n, score, [l IN labels(node) WHERE l IN $labels][0] AS label,
        (coalesce(node.id = $idText, false) OR $folded IN coalesce(node.searchKeys, [])) AS exact
      WHERE label IS NOT NULL
      WITH n, score, label, exact ORDER BY exact DESC, score DESC, n.name, n.id LIMIT toInteger($first)
      RETURN n.id AS id, label, score, exact,
        CASE WHEN $summary AND label IN $actorLabels THEN ${actorSummaryProjection('n')} ELSE ${NODE_RECORD} END AS record`,
    params: { query, labels, first, folded, idText, scan: Math.max(first * 5, 100), summary, actorLabels: ACTOR_LABELS },
  });
  return rows.map((row) => ({ id: row['id'], label: row['label'], score: row['score'], exact: row['exact'], record: row['record'] }) as unknown as SearchHitRecord);
}
