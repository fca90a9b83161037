import type { ResolveTree } from 'graphql-parse-resolve-info';
import { evidenceParams, type EvidenceLevel } from '../model';
import type { ActorKindValue } from '../graph';
import { asOfDate } from './asOf';
import { checkFirst } from './inputValidation';
import { treeListActorShape, treeSelectsBeyond, treeSelectsSubfield } from './lookAhead';

/** The arguments a page of actors takes (a cluster's `members`, an actor's `partners`). */
export interface ActorPageFieldArgs {
  first?: number | null;
  after?: string | null;
  kinds?: ReadonlyArray<ActorKindValue> | null;
  asOf?: string | null;
  evidence?: EvidenceLevel | null;
}

/** What a page of actors is read with: the arguments, checked, and what the selection asks of it. */
export interface ActorPageArgs<Cursor> {
  first: number;
  after: Cursor | null;
  kinds: ActorKindValue[] | null;
  asOf: string | null;
  citedOnly: boolean;
  withTotal: boolean;
  withNext: boolean;
  summary: boolean;
  withRegion: boolean;
  withLinks: boolean;
}

/**
 * A page's arguments and loader key from its field's arguments and parsed selection. The key is compared as JSON,
 * property order included, by the lists that load a nested page ahead, so every page of actors builds it here.
 * `edgeWithoutLink` names the edge fields that need none of the link's own fields. Throws the field's own input
 * errors (bad `first`, bad cursor).
 */
export function actorPageArgs<Cursor>(
  args: ActorPageFieldArgs,
  tree: ResolveTree | null,
  decodeCursor: (after: string | null | undefined) => Cursor | null,
  edgeWithoutLink: ReadonlySet<string>,
): ActorPageArgs<Cursor> {
  const first = checkFirst(args.first, 20);
  const after = decodeCursor(args.after);
  const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : null;
  const { withTotal, withNext, summary, withRegion, withLinks } = selectionAsks(tree, edgeWithoutLink);
  return { first, after, kinds, asOf: asOfDate(args.asOf), ...evidenceParams(args.evidence), withTotal, withNext, summary, withRegion, withLinks };
}

/** What a page's selection asks of it: the part of its arguments that depends on the selection alone. */
interface SelectionAsks {
  withTotal: boolean;
  withNext: boolean;
  summary: boolean;
  withRegion: boolean;
  withLinks: boolean;
}

// A page field resolves once per parent (a hundred members → a hundred `partners` calls) with one parsed
// selection (selectionTree keeps it per request and field): walking it once serves them all.
const asksByTree = new WeakMap<ResolveTree, WeakMap<ReadonlySet<string>, SelectionAsks>>();

function selectionAsks(tree: ResolveTree | null, edgeWithoutLink: ReadonlySet<string>): SelectionAsks {
  const walk = (): SelectionAsks => ({
    withTotal: treeSelectsSubfield(tree, 'totalCount'),
    withNext: treeSelectsSubfield(tree, 'pageInfo'),
    ...treeListActorShape(tree, ['edges', 'node']),
    withLinks: treeSelectsBeyond(tree, ['edges'], edgeWithoutLink),
  });
  if (tree === null) return walk();
  let byEdgeFields = asksByTree.get(tree);
  if (!byEdgeFields) {
    byEdgeFields = new WeakMap();
    asksByTree.set(tree, byEdgeFields);
  }
  let asks = byEdgeFields.get(edgeWithoutLink);
  if (!asks) {
    asks = walk();
    byEdgeFields.set(edgeWithoutLink, asks);
  }
  return asks;
}
