import type { GraphClient } from '../../graphClient';

/** What a delete removed. */
export interface Deleted {
  /** Relationships removed with the node (DETACH DELETE). */
  removedRelationships: number;
}

/**
 * Deletes an actor with all its relationships (DETACH DELETE: memberships, collaborations, supply links,
 * spin-off and project links, location), in one write transaction. Null when no actor has the id.
 */
export function deleteActor(graph: GraphClient, id: string): Promise<Deleted | null> {
  return deleteNode(graph, 'mutation_delete_actor', 'MATCH (n:Actor {id: $id})', id);
}

/** Deletes a cluster with all its relationships (all memberships, ended ones too). Null when no cluster has the id. */
export function deleteCluster(graph: GraphClient, id: string): Promise<Deleted | null> {
  return deleteNode(graph, 'mutation_delete_cluster', 'MATCH (n:Cluster {id: $id})', id);
}

async function deleteNode(graph: GraphClient, name: string, match: string, id: string): Promise<Deleted | null> {
  const [row] = await graph.write({
    name,
    text: `${match}
      WITH n, COUNT { (n)--() } AS removed
      DETACH DELETE n
      RETURN removed`,
    params: { id },
  });
  return row ? { removedRelationships: Number(row['removed']) } : null;
}
