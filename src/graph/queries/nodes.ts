import type { GraphClient } from '../graphClient';
import { NODE_LABELS, type NodeLabel } from '../schemaLabels';

/** The label of each id's entity (one of NODE_LABELS), in one round trip; unknown ids are absent. */
export async function findNodeLabels(graph: GraphClient, ids: readonly string[]): Promise<Map<string, NodeLabel>> {
  const rows = await graph.read({
    name: 'node_labels',
    text: `UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label`,
    params: { ids, labels: NODE_LABELS },
  });
  return new Map(rows.filter((r) => r['label'] !== null).map((r) => [r['id'] as string, r['label'] as NodeLabel]));
}

/** Whether the database holds any entity at all (an empty database gets the seed graph). */
export async function hasAnyEntity(graph: GraphClient): Promise<boolean> {
  const [row] = await graph.read({ name: 'has_any_entity', text: 'MATCH (n:Entity) RETURN count(n) > 0 AS hasData LIMIT 1' });
  return row?.['hasData'] === true;
}
