/**
 * Upserts of single entities for the mutations, with the importer's own write rows and statements: the same
 * MERGE on the kind's label and unique id, the same stored properties and `_hash`. The entity is read back in the
 * same transaction, so the answer shows what was committed.
 */
import { NODE_KINDS, toNodeWriteRow, type NodeRecords } from '../../../model';
import { NODE_WRITES } from '../importWrites';
import type { GraphClient } from '../../graphClient';
import { actorProjection, clusterProjection } from '../projections';
import type { ActorRecord, ClusterRecord } from '../records';

/** The node kinds (import file kinds) that are actors. */
export type ActorNodeKind = 'companies' | 'research_institutes' | 'organizations';

/** What an upsert did: whether the id was new, and the entity as stored. */
export interface Upserted<T> {
  created: boolean;
  entity: T;
}

/**
 * Creates or updates an actor from a validated record, in one write transaction. Throws GraphConstraintError when
 * the id belongs to an entity of another kind (the unique id constraint refuses the new node).
 */
export async function upsertActor<K extends ActorNodeKind>(graph: GraphClient, kind: K, record: NodeRecords[K]): Promise<Upserted<ActorRecord>> {
  const label = NODE_KINDS[kind].label;
  const row = toNodeWriteRow(kind, record, 0);
  const [written, read] = await graph.writeAll([
    { ...NODE_WRITES[label], name: `mutation_upsert_${label}`, params: { rows: [row] } },
    {
      name: 'mutation_read_actor',
      text: `MATCH (a:${label} {id: $id})
        OPTIONAL MATCH (a)-[:LOCATED_IN]->(r:Region)
        WITH a, head(collect(r)) AS r
        RETURN ${actorProjection('a', 'r')} AS entity`,
      params: { id: row.id },
    },
  ]);
  return upserted<ActorRecord>(written, read);
}

/** Creates or updates a cluster from a validated record, in one write transaction (see upsertActor). */
export async function upsertCluster(graph: GraphClient, record: NodeRecords['clusters']): Promise<Upserted<ClusterRecord>> {
  const row = toNodeWriteRow('clusters', record, 0);
  const [written, read] = await graph.writeAll([
    { ...NODE_WRITES.Cluster, name: 'mutation_upsert_Cluster', params: { rows: [row] } },
    {
      name: 'mutation_read_cluster',
      text: `MATCH (c:Cluster {id: $id})
        OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
        WITH c, head(collect(r)) AS r
        RETURN ${clusterProjection('c', 'r')} AS entity`,
      params: { id: row.id },
    },
  ]);
  return upserted<ClusterRecord>(written, read);
}

function upserted<T>(written: ReadonlyArray<Record<string, unknown>> | undefined, read: ReadonlyArray<Record<string, unknown>> | undefined): Upserted<T> {
  const entity = read?.[0]?.['entity'];
  // The MERGE either created or found the node in this transaction, so it is there to read.
  if (entity === undefined || entity === null) throw new Error('an upserted entity was not found in its own transaction');
  return { created: written?.[0]?.['existed'] !== true, entity: entity as T };
}
