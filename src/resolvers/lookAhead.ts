import { getNamedType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

function isResolveTree(value: ReturnType<typeof parseResolveInfo>): value is ResolveTree {
  return value !== null && value !== undefined && typeof value['name'] === 'string' && 'fieldsByTypeName' in value;
}

// A list field resolves once per parent (ten members → ten `partners` calls) with the same field nodes and
// variables: the selection is parsed once per request and field, not once per call and question.
const parsedTrees = new WeakMap<object, WeakMap<object, ResolveTree | null>>();

/** The parsed selection of the field being resolved, or null when it cannot be parsed. */
export function selectionTree(info: GraphQLResolveInfo): ResolveTree | null {
  let byFieldNodes = parsedTrees.get(info.variableValues);
  if (!byFieldNodes) {
    byFieldNodes = new WeakMap();
    parsedTrees.set(info.variableValues, byFieldNodes);
  }
  let tree = byFieldNodes.get(info.fieldNodes);
  if (tree === undefined) {
    const parsed = parseResolveInfo(info);
    tree = isResolveTree(parsed) ? parsed : null;
    byFieldNodes.set(info.fieldNodes, tree);
  }
  return tree;
}

/**
 * Whether the field being resolved selects the subfield `name` directly, under any alias, in any fragment
 * (named or inline, on any type) and with @skip/@include applied: lets a resolver leave out work (a count)
 * that no client asked for. graphql-parse-resolve-info does the fragment and directive handling (graphql-js
 * has no public collectFields in version 16). It must parse deep: with `deep: false` it does not even read the
 * field's own selection set.
 */
export function selectsSubfield(info: GraphQLResolveInfo, name: string): boolean {
  return treeSelectsSubfield(selectionTree(info), name);
}

/** selectsSubfield on a parsed selection (null: cannot tell, so true). */
export function treeSelectsSubfield(tree: ResolveTree | null, name: string): boolean {
  if (!tree) return true; // cannot tell: do the work rather than answer wrongly
  return Object.values(tree.fieldsByTypeName).some((fields) => Object.values(fields).some((field) => field.name === name));
}

/** The subtrees named `name` among a tree's direct subfields, on every type and under every alias. */
function subtrees(trees: readonly ResolveTree[], name: string): ResolveTree[] {
  return trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name)));
}

/**
 * Whether the field being resolved selects `name` below `path` (e.g. path ['edges', 'node'] and name 'region'
 * for a connection whose nodes ask for their region), with the same fragment, alias and directive handling as
 * selectsSubfield. Lets a list leave out per-row lookups its client did not ask for.
 */
export function selectsBelow(info: GraphQLResolveInfo, path: readonly string[], name: string): boolean {
  return treeSelectsBelow(selectionTree(info), path, name);
}

/** selectsBelow on a parsed selection (null: cannot tell, so true). */
export function treeSelectsBelow(tree: ResolveTree | null, path: readonly string[], name: string): boolean {
  if (!tree) return true;
  const level = path.reduce<ResolveTree[]>((trees, step) => subtrees(trees, step), [tree]);
  return subtrees(level, name).length > 0;
}

/**
 * Whether the objects at `path` below a parsed selection ask for some field outside `served` (e.g. a partner
 * edge for its `topic`, where `cursor`, `node` and `weight` come without the link's other fields), with the same
 * fragment, alias and directive handling as selectsSubfield. Null (cannot tell): true.
 */
export function treeSelectsBeyond(tree: ResolveTree | null, path: readonly string[], served: ReadonlySet<string>): boolean {
  if (!tree) return true;
  const level = path.reduce<ResolveTree[]>((trees, step) => subtrees(trees, step), [tree]);
  return level.some((object) => Object.values(object.fieldsByTypeName).some((fields) => Object.values(fields).some((field) => !served.has(field.name))));
}

/** The fields an ActorSummaryRecord answers by itself. */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', '__typename']);

/**
 * Beside those, the actor fields whose resolvers read nothing of the actor but its id and kind: its links
 * (actorLinkResolvers.ts: memberships, partners, suppliers, …; `region` is not one, it reads the record). A member
 * or partner list whose rows ask for these returns summaries too: `members { … node { id name partners { … } } }`
 * needs no whole member records. A field missing here only costs a whole record, never a wrong answer.
 */
export const LIST_SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  ...SUMMARY_FIELDS,
  'memberships',
  'membershipsConnection',
  'partners',
  'technologies',
  'valueChainStages',
  'projects',
  'spunOffFrom',
  'spinOffs',
  'suppliers',
  'customers',
  'suppliersConnection',
  'customersConnection',
  'parent',
  'subsidiaries',
]);

/**
 * Whether the actors at each of `paths` (below the field being resolved) are asked for nothing but the fields a
 * summary record holds, so the statement may return summaries. Paths that select nothing count as satisfied.
 */
export function selectsOnlyActorSummary(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): boolean {
  return treeSelectsOnlyActorSummary(selectionTree(info), paths);
}

function treeSelectsOnlyActorSummary(tree: ResolveTree | null, paths: ReadonlyArray<readonly string[]>, served: ReadonlySet<string> = SUMMARY_FIELDS): boolean {
  if (!tree) return false;
  return paths.every((path) => {
    const level = path.reduce<ResolveTree[]>((trees, step) => subtrees(trees, step), [tree]);
    return level.every((actor) => Object.values(actor.fieldsByTypeName).every((fields) => Object.values(fields).every((field) => served.has(field.name))));
  });
}

/** How deep actorPaths looks below a field (a traversal's actors sit at most three fields down). */
const ACTOR_PATH_DEPTH = 4;
const actorPathsByType = new WeakMap<GraphQLNamedType, ReadonlyArray<readonly string[]>>();

function isActorType(type: GraphQLNamedType): boolean {
  return type.name === 'Actor' || (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Actor'));
}

/**
 * Every path of field names below `type` that ends at an actor (the Actor interface or a type implementing it),
 * not looking inside actors, read from the schema: e.g. for PartnerNetwork `center`, `subgraph.nodes.actor`,
 * `rows.edges.node`, `rows.edges.firstHop`. A resolver asks selectsOnlyActorSummary about these, so an actor field
 * added to a traversal's type in the SDL is looked at without anyone updating a table by hand.
 */
export function actorPaths(returnType: GraphQLOutputType): ReadonlyArray<readonly string[]> {
  const root = getNamedType(returnType);
  const cached = actorPathsByType.get(root);
  if (cached) return cached;
  const paths: string[][] = [];
  const walk = (type: GraphQLNamedType, path: string[]): void => {
    if (path.length > 0 && isActorType(type)) {
      paths.push(path);
      return;
    }
    if (path.length >= ACTOR_PATH_DEPTH || !(isObjectType(type) || isInterfaceType(type))) return;
    for (const field of Object.values(type.getFields())) walk(getNamedType(field.type), [...path, field.name]);
  };
  walk(root, []);
  actorPathsByType.set(root, paths);
  return paths;
}

/**
 * How a member or partner list should return the actors at `path`: summaries (when its rows ask for nothing but
 * summary fields and links, LIST_SUMMARY_FIELDS), or whole records with or without their region.
 */
export function listActorShape(info: GraphQLResolveInfo, path: readonly string[]): { summary: boolean; withRegion: boolean } {
  return treeListActorShape(selectionTree(info), path);
}

/** listActorShape on a parsed selection (null: cannot tell, so whole records with their region). */
export function treeListActorShape(tree: ResolveTree | null, path: readonly string[]): { summary: boolean; withRegion: boolean } {
  return { summary: treeSelectsOnlyActorSummary(tree, [path], LIST_SUMMARY_FIELDS), withRegion: treeSelectsBelow(tree, path, 'region') };
}

/**
 * The one selection of field `name` below `path` of the field being resolved (e.g. the `partners` of a member
 * list's `edges.node`), when every object at `path` resolves `name` from that same selection: exactly one subtree
 * on the way and at the end, and no type condition at any level (`... on Company { partners }` would give
 * some objects a different selection than others). Null otherwise, or when the selection cannot be parsed: a
 * resolver may then compute the nested field's answer ahead (one statement for two levels) knowing that each
 * nested call will ask for exactly what the subtree says.
 */
export function soleNestedField(info: GraphQLResolveInfo, path: readonly string[], name: string): ResolveTree | null {
  return soleNestedFieldIn(selectionTree(info), path, name);
}

/** soleNestedField below a parsed selection (e.g. a nested field's subtree, for a third level). */
export function soleNestedFieldIn(tree: ResolveTree | null, path: readonly string[], name: string): ResolveTree | null {
  if (!tree) return null;
  let level: ResolveTree = tree;
  for (const step of [...path, name]) {
    const byType = Object.values(level.fieldsByTypeName);
    if (byType.length !== 1) return null;
    const matches = subtrees([level], step);
    if (matches.length !== 1 || !matches[0]) return null;
    level = matches[0];
  }
  return level;
}
