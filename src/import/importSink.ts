import { lookupLabels, lookupNodes, NODE_WRITES, RELATIONSHIP_WRITES, type GraphClient, type StoredNodeFacts } from '../graph';
import type { NodeLabel, NodeWriteRow, RelationshipType, RelationshipWriteRow } from '../model';
import { requireConstraints } from './requireConstraints';
import { writeBatch, type BatchOutcome } from './writeBatch';

/**
 * Where the write pass puts its rows. The scan, validation, derived links and the rows themselves (properties,
 * `_hash`) are the same whichever sink takes them, so a bulk load and a transactional import make the same graph:
 * the graph sink writes each batch in a transaction; the bulk sink (bulk/bulkCsvSink.ts) writes the rows into
 * files for Neo4j's own importer.
 */
export interface ImportSink {
  /** Fails when the target is not ready to take rows (e.g. constraints missing). */
  prepare(): Promise<void>;
  /** The stored label of each id the target already holds (ids it lacks are absent). */
  lookupLabels(ids: Iterable<string>): Promise<Map<string, NodeLabel>>;
  /** The label and founding date of each id the target already holds. */
  lookupNodes(ids: Iterable<string>): Promise<Map<string, StoredNodeFacts>>;
  writeNodes(label: NodeLabel, rows: readonly NodeWriteRow[]): Promise<BatchOutcome>;
  writeRelationships(type: RelationshipType, rows: readonly RelationshipWriteRow[]): Promise<BatchOutcome>;
}

/** The transactional sink: one write transaction per batch, into a live graph. */
export function graphSink(graph: GraphClient): ImportSink {
  return {
    prepare: () => requireConstraints(graph),
    lookupLabels: (ids) => lookupLabels(graph, ids),
    lookupNodes: (ids) => lookupNodes(graph, ids),
    writeNodes: (label, rows) => writeBatch(graph, NODE_WRITES[label], rows),
    writeRelationships: (type, rows) => writeBatch(graph, RELATIONSHIP_WRITES[type], rows),
  };
}
