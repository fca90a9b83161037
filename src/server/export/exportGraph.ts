/**
 * A format-neutral graph to export: attribute declarations first (GraphML must declare every key before the first
 * node), then nodes and edges as async iterables. The builders make them lazy generators over the traversal result, so
 * each node or edge is turned into text only when the writer reaches it and the whole document never exists as
 * one string.
 */

/** The GraphML attribute types we use; networkx, Gephi and Cytoscape read all four. */
export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export type AttributeValue = string | number | boolean | null;

/** One declared attribute of nodes, edges or the graph. */
export interface AttributeSpec {
  name: string;
  type: AttributeType;
}

/** Attribute values by name; null means "no value" and is left out of the output. */
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface ExportNode {
  id: string;
  attributes: Attributes;
}

export interface ExportEdge {
  /** Unique within the export: the GraphML edge id and the node-link `key`, so parallel edges stay apart. */
  id: string;
  source: string;
  target: string;
  attributes: Attributes;
}

export interface ExportGraph {
  /** A name for the file, without extension, e.g. `partner-network-fraunhofer-ipms`. */
  fileStem: string;
  directed: boolean;
  multigraph: boolean;
  graphAttributes: readonly AttributeSpec[];
  graphValues: Attributes;
  nodeAttributes: readonly AttributeSpec[];
  edgeAttributes: readonly AttributeSpec[];
  /** Async, so a source may await per item (a result stream, or a view that may be a promise). */
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
}

/** Sources as one cell, joined the way the seed CSV files join them. */
export function joinSources(sources: readonly string[]): string | null {
  return sources.length > 0 ? sources.join(' | ') : null;
}
