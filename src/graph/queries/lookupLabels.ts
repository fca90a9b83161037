import type { GraphClient } from '../graphClient';
import { NODE_LABELS, type NodeLabel } from '../../model';

// Ids per query: large enough to need few round trips, small enough for one short transaction.
const IDS_PER_QUERY = 10_000;

/**
 * The label of each id that exists in the database (ids it lacks are absent from the result). One query per
 * 10,000 ids, however many rows refer to them.
 */
export async function lookupLabels(graph: GraphClient, ids: Iterable<string>): Promise<Map<string, NodeLabel>> {
  const all = [...new Set(ids)];
  const found = new Map<string, NodeLabel>();
  for (let start = 0; start < all.length; start += IDS_PER_QUERY) {
    const rows = await graph.read({
      name: 'node_labels',
      text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels',
      params: { ids: all.slice(start, start + IDS_PER_QUERY) },
    });
    for (const row of rows) {
      const labels = Array.isArray(row['labels']) ? row['labels'] : [];
      const label = NODE_LABELS.find((l) => labels.includes(l));
      if (typeof row['id'] === 'string' && label) found.set(row['id'], label);
    }
  }
  return found;
}
