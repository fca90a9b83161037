import { lookupLabels, lookupNodes, NODE_WRITES, RELATIONSHIP_WRITES, type GraphClient, type StoredNodeFacts } from '../graph';
import type { NodeLabel, NodeWriteRow, RelationshipType, RelationshipWriteRow } from '../model';
import { requireConstraints } from './requireConstraints';
import { writeBatch, type BatchOutcome } from './writeBatch';

/**
 * A relationship row as the import hands it to a sink: with its ends' catalogue numbers (KnownId.number) when
 * the scan found them, so the bulk sink, which names ends by these numbers, need not look the ids up again (a
 * map look-up per end and row was 5 % of a conversion thread). The graph sink's statements ignore them.
 */
export interface NumberedRelationshipRow extends RelationshipWriteRow {
  fromNumber?: number;
  toNumber?: number;
}

/**
 * Where the write pass puts its rows. The scan, validation, derived links and the rows themselves (properties,
 * `_hash`) are the same whichever sink takes them, so a bulk load and a transactional import make the same graph:
 * the graph sink writes each batch in a transaction; the bulk sink (bulk/bulkCsvSink.ts) writes the rows into
 * files for Neo4j's own importer.
 */
export interface ImportSink {
  /** Batches this sink takes at the same time (the graph: concurrent write transactions; files: one). */
  readonly parallelWrites: number;
  /**
   * True when the target holds nothing yet and lookups find nothing (the bulk files): every end of a link must
   * then be in the input, so the relationship files are checked and written in one pass instead of two.
   */
  readonly startsEmpty: boolean;
  /** Fails when the target is not ready to take rows (e.g. constraints missing). */
  prepare(): Promise<void>;
  /** The stored label of each id the target already holds (ids it lacks are absent). */
  lookupLabels(ids: Iterable<string>): Promise<Map<string, NodeLabel>>;
  /** The label and founding date of each id the target already holds. */
  lookupNodes(ids: Iterable<string>): Promise<Map<string, StoredNodeFacts>>;
  writeNodes(label: NodeLabel, rows: readonly NodeWriteRow[]): Promise<BatchOutcome>;
  writeRelationships(type: RelationshipType, rows: readonly NumberedRelationshipRow[]): Promise<BatchOutcome>;
}

/**
 * Concurrent write transactions of the transactional sink. One by default: concurrent batches that share a hub
 * node deadlock and are run again, which is not yet measured to pay off (src/import/README.md). Even with one,
 * the importer builds the next batch while Neo4j writes the last.
 */
export const DEFAULT_PARALLEL_WRITES = 1;

/** The transactional sink: one write transaction per batch, into a live graph; `parallelWrites` at a time. */
export function graphSink(graph: GraphClient, parallelWrites: number = DEFAULT_PARALLEL_WRITES): ImportSink {
  return {
    parallelWrites,
    startsEmpty: false,
    prepare: () => requireConstraints(graph),
    lookupLabels: (ids) => lookupLabels(graph, ids),
    lookupNodes: (ids) => lookupNodes(graph, ids),
    writeNodes: (label, rows) => writeBatch(graph, NODE_WRITES[label], rows),
    writeRelationships: (type, rows) => writeBatch(graph, RELATIONSHIP_WRITES[type], rows),
  };
}
