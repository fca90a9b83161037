import { RELATIONSHIP_KINDS, type RelationshipKind } from '../model';

/**
 * The ends of a row as stored: an undirected kind (COLLABORATES_WITH) goes from the smaller id to the larger,
 * so "a,b" and "b,a" are the same pair and MERGE keeps one edge.
 */
export function canonicalEnds(kind: RelationshipKind, from: string, to: string): { from: string; to: string } {
  return RELATIONSHIP_KINDS[kind].undirected && to < from ? { from: to, to: from } : { from, to };
}

/** The key that makes two rows the same link: one edge per type and (ordered or unordered) pair. */
export function linkKey(from: string, to: string): string {
  // Ids never hold a space, so the key is unambiguous.
  return `${from} ${to}`;
}
