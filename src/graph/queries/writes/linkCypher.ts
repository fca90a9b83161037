/**
 * Cypher pieces shared by the link writes: matching the two ends by id and allowed label, the relationship
 * pattern (undirected for collaborations), and the returned shape. Labels and types come from the model's
 * relationship kinds, which take them from the allow-lists; ids and values are always parameters.
 */
import { type NodeLabel, RELATIONSHIP_KINDS } from '../../../model';
import { actorProjection, clusterProjection, linkProjection } from '../projections';
import type { ActorRecord, ClusterRecord, RelationshipProperties } from '../records';

/** The relationship kinds the mutations write: memberships, collaborations, supply links. */
export type LinkKind = 'member_of' | 'collaborates_with' | 'supplies';

interface LinkEndRecords {
  member_of: { from: ActorRecord; to: ClusterRecord };
  collaborates_with: { from: ActorRecord; to: ActorRecord };
  supplies: { from: ActorRecord; to: ActorRecord };
}

/**
 * A link as stored: its ends as records (`from` is the node with the id passed as `from`, whichever way an
 * undirected collaboration is stored), its properties and its `_hash`.
 */
export interface StoredLink<K extends LinkKind> {
  from: LinkEndRecords[K]['from'];
  to: LinkEndRecords[K]['to'];
  rel: RelationshipProperties;
  hash: string;
}

const TO_END: Record<LinkKind, 'actor' | 'cluster'> = { member_of: 'cluster', collaborates_with: 'actor', supplies: 'actor' };

function labelTest(variable: string, labels: readonly NodeLabel[]): string {
  return labels.map((label) => `${variable}:${label}`).join(' OR ');
}

/** `a` and `b`: the nodes with ids $from and $to, when their labels are allowed for the kind. */
export function matchEnds(kind: LinkKind): string {
  const spec = RELATIONSHIP_KINDS[kind];
  return `MATCH (a:Entity {id: $from}) WHERE ${labelTest('a', spec.from)}
    MATCH (b:Entity {id: $to}) WHERE ${labelTest('b', spec.to)}`;
}

/** The pattern from a to b with the relationship bound to `variable`; undirected for collaborations. */
export function linkPattern(kind: LinkKind, variable: string): string {
  const spec = RELATIONSHIP_KINDS[kind];
  return spec.undirected ? `(a)-[${variable}:${spec.type}]-(b)` : `(a)-[${variable}:${spec.type}]->(b)`;
}

/** Ends the query with the link bound to a, b, r as a StoredLink (`from`, `to`, `rel`, `hash`) plus `carried`. */
export function returnLink(kind: LinkKind, carried: readonly string[]): string {
  const keep = ['a', 'b', 'r', ...carried].join(', ');
  const toProjection = TO_END[kind] === 'cluster' ? clusterProjection('b', 'gb') : actorProjection('b', 'gb');
  return `OPTIONAL MATCH (a)-[:LOCATED_IN]->(ga:Region)
    WITH ${keep}, head(collect(ga)) AS ga
    OPTIONAL MATCH (b)-[:LOCATED_IN]->(gb:Region)
    WITH ${keep}, ga, head(collect(gb)) AS gb
    RETURN ${[...carried, ''].join(', ')}coalesce(r._hash, '') AS hash, ${actorProjection('a', 'ga')} AS from, ${toProjection} AS to,
      { role: r.role, topic: r.topic, weight: r.weight, model: r.model, product: r.product, stage: r.stage, year: r.year, ${linkProjection('r')} } AS rel
    LIMIT 1`;
}

/** The StoredLink of a row returned by a query ending with returnLink. */
export function storedLink<K extends LinkKind>(row: Record<string, unknown>): StoredLink<K> {
  return {
    from: row['from'] as StoredLink<K>['from'],
    to: row['to'] as StoredLink<K>['to'],
    rel: row['rel'] as RelationshipProperties,
    hash: String(row['hash']),
  };
}
