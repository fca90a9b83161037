/**
 * The Cypher the importer writes with: one fixed text per node label and per relationship type, built once
 * from the allow-lists (never from input). Each takes `$rows` (one batch) and returns, per row written, whether
 * it existed before and whether its properties changed; a row whose ends are not found returns nothing.
 *
 * Idempotence: the stored `_hash` is compared with the row's, and properties are only set when they differ,
 * so re-importing the same files writes nothing.
 */
import { ACTOR_LABELS, NODE_LABELS, type NodeLabel, RELATIONSHIP_KINDS, RELATIONSHIP_TYPES, type RelationshipType } from '../../model';
import type { Statement } from '../graphClient';

/** The end labels of every relationship type: the file kinds' own plus the links derived from node files. */
export const RELATIONSHIP_ENDS: { readonly [T in RelationshipType]: { from: readonly NodeLabel[]; to: readonly NodeLabel[]; undirected: boolean } } = {
  ...(Object.fromEntries(Object.values(RELATIONSHIP_KINDS).map((k) => [k.type, { from: k.from, to: k.to, undirected: k.undirected }])) as Record<
    Exclude<RelationshipType, DerivedType>,
    { from: readonly NodeLabel[]; to: readonly NodeLabel[]; undirected: boolean }
  >),
  PART_OF: { from: ['Region'], to: ['Region'], undirected: false },
  BROADER: { from: ['Technology'], to: ['Technology'], undirected: false },
  STAGE_OF: { from: ['ValueChainStage'], to: ['ValueChain'], undirected: false },
  FEEDS: { from: ['ValueChainStage'], to: ['ValueChainStage'], undirected: false },
};
/** Relationship types the importer derives from node files rather than reads from relationship files. */
export type DerivedType = 'PART_OF' | 'BROADER' | 'STAGE_OF' | 'FEEDS';

const isActor = (label: NodeLabel): boolean => (ACTOR_LABELS as readonly NodeLabel[]).includes(label);

// Only properties that need a Cypher conversion are named here; the rest travel in row.props.
const NODE_CONVERSIONS: Partial<Record<NodeLabel, string>> = {
  Company: ', n.location = point(row.location)',
  ResearchInstitute: ', n.location = point(row.location)',
  Organization: ', n.location = point(row.location)',
  Cluster: ', n.location = point(row.location)',
  Region: ', n.location = point(row.location)',
  Project: ', n.startDate = date(row.startDate), n.endDate = date(row.endDate)',
  FundingProgram: ', n.startDate = date(row.startDate), n.endDate = date(row.endDate)',
};

function nodeText(label: NodeLabel): string {
  // MERGE on the kind's own label: an id held by a node of another kind makes the ON CREATE label Entity break
  // the entity_id_unique constraint, which fails the whole batch instead of silently relabelling that node.
  return [
    'UNWIND $rows AS row',
    'WITH row, EXISTS { MATCH (:Entity {id: row.id}) } AS existed',
    `MERGE (n:${label} {id: row.id})`,
    `ON CREATE SET n:${isActor(label) ? 'Entity:Actor' : 'Entity'}`,
    "WITH n, row, existed, coalesce(n._hash, '') <> row.hash AS changed",
    'FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |',
    `  SET n += row.props, n._hash = row.hash${NODE_CONVERSIONS[label] ?? ''})`,
    'RETURN row.i AS i, existed, changed',
  ].join('\n');
}

function labelTest(variable: string, labels: readonly NodeLabel[]): string {
  return labels.map((label) => `${variable}:${label}`).join(' OR ');
}

function relationshipText(type: RelationshipType): string {
  const ends = RELATIONSHIP_ENDS[type];
  // An undirected pattern finds the pair's edge whichever way it was stored; a new one goes from -> to, and the
  // importer passes the smaller id as `from`.
  const pattern = ends.undirected ? `(a)-[r:${type}]-(b)` : `(a)-[r:${type}]->(b)`;
  const existing = ends.undirected ? `(a)-[:${type}]-(b)` : `(a)-[:${type}]->(b)`;
  return [
    'UNWIND $rows AS row',
    `MATCH (a:Entity {id: row.from}) WHERE ${labelTest('a', ends.from)}`,
    `MATCH (b:Entity {id: row.to}) WHERE ${labelTest('b', ends.to)}`,
    `WITH a, b, row, EXISTS { ${existing} } AS existed`,
    `MERGE ${pattern}`,
    "WITH r, row, existed, coalesce(r._hash, '') <> row.hash AS changed",
    'FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |',
    '  SET r += row.props, r._hash = row.hash, r.validFrom = date(row.validFrom), r.validTo = date(row.validTo))',
    'RETURN row.i AS i, existed, changed',
  ].join('\n');
}

/** Write statement (without params) per node label. */
export const NODE_WRITES: { readonly [L in NodeLabel]: Omit<Statement, 'params'> } = Object.fromEntries(
  NODE_LABELS.map((label) => [label, { name: `import_${label}`, text: nodeText(label) }]),
) as Record<NodeLabel, Omit<Statement, 'params'>>;

/** Write statement (without params) per relationship type. */
export const RELATIONSHIP_WRITES: { readonly [T in RelationshipType]: Omit<Statement, 'params'> } = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, { name: `import_${type}`, text: relationshipText(type) }]),
) as Record<RelationshipType, Omit<Statement, 'params'>>;
