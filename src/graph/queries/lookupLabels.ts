import type { GraphClient } from '../graphClient';
import { NODE_LABELS, type NodeLabel } from '../../model';

// Ids per query: large enough to need few round trips, small enough for one short transaction.
const IDS_PER_QUERY = 10_000;

/** What a link check needs to know of a stored node: its label and, where known, its founding date. */
export interface StoredNodeFacts {
  label: NodeLabel;
  founded: string | undefined;
}

/**
 * The label and `founded` of each id that exists in the database (ids it lacks are absent from the result). One
 * query per 10,000 ids, however many rows refer to them.
 */
export async function lookupNodes(graph: GraphClient, ids: Iterable<string>): Promise<Map<string, StoredNodeFacts>> {
  const all = [...new Set(ids)];
  const found = new Map<string, StoredNodeFacts>();
  for (let start = 0; start < all.length; start += IDS_PER_QUERY) {
    const rows = await graph.read({
      name: 'node_labels',
      text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels, n.founded AS founded',
      params: { ids: all.slice(start, start + IDS_PER_QUERY) },
    });
    for (const row of rows) {
      const labels = Array.isArray(row['labels']) ? row['labels'] : [];
      const label = NODE_LABELS.find((l) => labels.includes(l));
      const founded = typeof row['founded'] === 'string' ? row['founded'] : undefined;
      if (typeof row['id'] === 'string' && label) found.set(row['id'], { label, founded });
    }
  }
  return found;
}

/** The label of each id that exists in the database (ids it lacks are absent from the result). */
export async function lookupLabels(graph: GraphClient, ids: Iterable<string>): Promise<Map<string, NodeLabel>> {
  const found = new Map<string, NodeLabel>();
  for (const [id, facts] of await lookupNodes(graph, ids)) found.set(id, facts.label);
  return found;
}
