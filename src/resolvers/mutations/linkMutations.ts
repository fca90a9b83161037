/**
 * Adding and ending links: memberships, collaborations, supply links. Adding checks the input with the importer's
 * schema, then the ends (they must exist and have an allowed kind), then writes with the importer's write row in
 * one transaction. Ending reads the link, sets `until` on its stored properties, checks the result with the same
 * schema (so `until` cannot precede `since`), and writes only if the link did not change meanwhile.
 */
import { addLink, endLink, findLink, lookupNodes, type ActorRecord, type LinkKind, type RelationshipProperties, type StoredLink } from '../../graph';
import { ACTOR_KIND_BY_LABEL, ACTOR_LABELS, type ActorLabel, type Cell, foundingProblems, ILLUSTRATIVE, LIST_SEPARATOR, type NodeLabel, RELATIONSHIP_KINDS, toRelationshipWriteRow } from '../../model';
import type {
  MutationAddCollaborationArgs,
  MutationAddMembershipArgs,
  MutationAddSupplyLinkArgs,
  MutationEndCollaborationArgs,
  MutationEndMembershipArgs,
  MutationEndSupplyLinkArgs,
} from '../../generated/graphql';
import { canonicalEnds } from '../../import/canonicalLink';
import type { RequestContext } from '../../request';
import { interactionModel } from '../actorLinkResolvers';
import { cell, listCell } from './inputCells';
import { checkLinkRow } from './modelValidation';
import { conflict, invalid, notFound, type MutationErrorModel } from './mutationErrors';

/** How a link kind is named in the API: its noun and the arguments that name its two ends. */
interface LinkSpec<K extends LinkKind> {
  kind: K;
  noun: string;
  from: string;
  to: string;
  /** The link's own property cells, from its stored properties (to rebuild its row when ending it). */
  storedCells: (rel: RelationshipProperties) => Record<string, Cell>;
}

const MEMBERSHIP: LinkSpec<'member_of'> = {
  kind: 'member_of',
  noun: 'membership',
  from: 'actor',
  to: 'cluster',
  storedCells: (rel) => ({ role: cell(rel.role), since: cell(rel.since) }),
};
const COLLABORATION: LinkSpec<'collaborates_with'> = {
  kind: 'collaborates_with',
  noun: 'collaboration',
  from: 'a',
  to: 'b',
  storedCells: (rel) => ({ topic: cell(rel.topic), since: cell(rel.since), weight: cell(rel.weight) }),
};
const SUPPLY: LinkSpec<'supplies'> = {
  kind: 'supplies',
  noun: 'supply link',
  from: 'supplier',
  to: 'customer',
  storedCells: (rel) => ({ product: cell(rel.product), stage: cell(rel.stage), since: cell(rel.since) }),
};

type LinkResult<K extends LinkKind> = { link: StoredLink<K>; errors: [] } | { link: null; errors: MutationErrorModel[] };

function refused(...errors: MutationErrorModel[]): { link: null; errors: MutationErrorModel[] } {
  return { link: null, errors };
}

function fieldsOf(spec: LinkSpec<LinkKind>): (column: string) => string {
  return (column) => (column === 'from' ? spec.from : column === 'to' ? spec.to : column);
}

const KIND_TO_LABEL = Object.fromEntries(ACTOR_LABELS.map((label) => [ACTOR_KIND_BY_LABEL[label], label])) as Record<ActorRecord['kind'], ActorLabel>;

function isActorLabel(label: NodeLabel | undefined): label is ActorLabel {
  return (ACTOR_LABELS as readonly (NodeLabel | undefined)[]).includes(label);
}

/** Why an id cannot be an end (or the stage) of the link: missing (NOT_FOUND) or of another kind (INVALID). */
function endProblem(field: string, id: string, label: NodeLabel | undefined, allowed: readonly NodeLabel[]): MutationErrorModel | null {
  if (label === undefined) return notFound(field, `${field}: no entity has the id "${id}"`);
  if (!allowed.includes(label)) return invalid(field, `${field}: "${id}" is a ${label}, expected ${allowed.join(' or ')}`);
  return null;
}

async function addLinkOf<K extends LinkKind>(ctx: RequestContext, spec: LinkSpec<K>, row: Record<string, Cell>, rowErrors: MutationErrorModel[]): Promise<LinkResult<K>> {
  const checked = checkLinkRow(spec.kind, row, fieldsOf(spec));
  if (!checked.ok) return refused(...rowErrors, ...checked.errors);
  if (rowErrors.length > 0) return refused(...rowErrors);
  const record = checked.record;
  const stage = 'stage' in record ? record.stage : undefined;
  const facts = await lookupNodes(ctx.graph, stage === undefined ? [record.from, record.to] : [record.from, record.to, stage]);
  const labels = new Map([...facts].map(([id, fact]) => [id, fact.label] as const));
  const kindSpec = RELATIONSHIP_KINDS[spec.kind];
  const problems = [
    endProblem(spec.from, record.from, labels.get(record.from), kindSpec.from),
    endProblem(spec.to, record.to, labels.get(record.to), kindSpec.to),
    stage === undefined ? null : endProblem('stage', stage, labels.get(stage), ['ValueChainStage']),
  ].filter((p): p is MutationErrorModel => p !== null);
  if (problems.length > 0) return refused(...problems);
  // The importer's founding rule: a link cannot start before either end was founded.
  const tooEarly = foundingProblems(record, (id) => facts.get(id)?.founded);
  if (tooEarly.length > 0) return refused(...tooEarly.map((message) => invalid('since', message)));

  const { from, to } = canonicalEnds(spec.kind, record.from, record.to);
  const writeRow = toRelationshipWriteRow({ ...record, from, to }, 0, collaborationEnds(spec.kind, labels.get(from), labels.get(to)));
  const outcome = await addLink(ctx.graph, spec.kind, writeRow);
  if (outcome.status === 'missing') return refused(notFound(null, `"${record.from}" or "${record.to}" was deleted while the ${spec.noun} was being written`));
  if (outcome.status === 'ended') {
    return refused(
      conflict(
        null,
        `the ${spec.noun} of "${record.from}" and "${record.to}" ended (until ${outcome.link.rel.until ?? '?'}); it is kept as history and the graph holds one ${spec.noun} per pair, so it is not added again`,
      ),
    );
  }
  return { link: outcome.link, errors: [] };
}

function collaborationEnds(kind: LinkKind, from: NodeLabel | undefined, to: NodeLabel | undefined): readonly [ActorLabel, ActorLabel] | undefined {
  return kind === 'collaborates_with' && isActorLabel(from) && isActorLabel(to) ? [from, to] : undefined;
}

async function endLinkOf<K extends LinkKind>(ctx: RequestContext, spec: LinkSpec<K>, fromId: string, toId: string, until: string): Promise<LinkResult<K>> {
  const fieldOf = fieldsOf(spec);
  // Ids and date checked first, with the importer's schema; the placeholder source only completes the row.
  const probe = checkLinkRow(spec.kind, { from: fromId, to: toId, until, sources: ILLUSTRATIVE }, fieldOf);
  if (!probe.ok) return refused(...probe.errors);
  const link = await findLink(ctx.graph, spec.kind, fromId, toId);
  if (!link) return refused(notFound(null, `there is no ${spec.noun} of "${fromId}" and "${toId}"`));
  if (link.rel.until !== null) {
    // Ending again with the same date is a retry: it answers as the first time did.
    if (link.rel.until === until) return { link, errors: [] };
    return refused(conflict('until', `until: the ${spec.noun} of "${fromId}" and "${toId}" already ended (until ${link.rel.until})`));
  }
  const row = { from: fromId, to: toId, ...spec.storedCells(link.rel), until, sources: link.rel.sources.join(LIST_SEPARATOR) };
  const checked = checkLinkRow(spec.kind, row, fieldOf);
  if (!checked.ok) return refused(...checked.errors);
  const { from, to } = canonicalEnds(spec.kind, fromId, toId);
  const labelOf = (id: string): ActorLabel | undefined => (id === link.from.id ? KIND_TO_LABEL[link.from.kind] : 'kind' in link.to ? KIND_TO_LABEL[link.to.kind] : undefined);
  const writeRow = toRelationshipWriteRow({ ...checked.record, from, to }, 0, collaborationEnds(spec.kind, labelOf(from), labelOf(to)));
  const outcome = await endLink(ctx.graph, spec.kind, writeRow, link.hash);
  if (outcome.status === 'missing') return refused(notFound(null, `the ${spec.noun} of "${fromId}" and "${toId}" was deleted meanwhile`));
  if (outcome.status === 'changed') return refused(conflict(null, `the ${spec.noun} of "${fromId}" and "${toId}" changed while it was being ended; try again`));
  return { link: outcome.link, errors: [] };
}

function membershipPayload(result: LinkResult<'member_of'>) {
  if (!result.link) return { actor: null, membership: null, errors: result.errors };
  const { from, to, rel } = result.link;
  return { actor: from, membership: { ownerId: from.id, node: to, rel }, errors: [] };
}

function collaborationPayload(result: LinkResult<'collaborates_with'>, aId: string) {
  if (!result.link) return { collaboration: null, errors: result.errors };
  const { from, to, rel } = result.link;
  const [a, b] = from.id === aId ? [from, to] : [to, from];
  const collaboration = {
    a,
    b,
    topic: rel.topic,
    since: rel.since,
    until: rel.until,
    weight: rel.weight,
    interactionModel: interactionModel(a, b),
    sources: rel.sources,
    illustrative: rel.illustrative,
  };
  return { collaboration, errors: [] };
}

function supplyPayload(ctx: RequestContext, result: LinkResult<'supplies'>) {
  if (!result.link) return { supplyLink: null, errors: result.errors };
  const { from, to, rel } = result.link;
  // The customer end resolves through the actor loader: give it the record read in the write transaction.
  ctx.loaders.actor.clear(to.id).prime(to.id, to);
  return { supplyLink: { fromId: from.id, toId: to.id, known: from, rel }, errors: [] };
}

export async function addMembershipMutation(args: MutationAddMembershipArgs, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = { from: args.actor, to: args.cluster, role: cell(args.role), since: cell(args.since), sources: listCell(args.sources, 'sources', errors) };
  return membershipPayload(await addLinkOf(ctx, MEMBERSHIP, row, errors));
}

export async function endMembershipMutation(args: MutationEndMembershipArgs, ctx: RequestContext) {
  return membershipPayload(await endLinkOf(ctx, MEMBERSHIP, args.actor, args.cluster, args.until));
}

export async function addCollaborationMutation(args: MutationAddCollaborationArgs, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = { from: args.a, to: args.b, topic: cell(args.topic), since: cell(args.since), weight: cell(args.weight), sources: listCell(args.sources, 'sources', errors) };
  return collaborationPayload(await addLinkOf(ctx, COLLABORATION, row, errors), args.a);
}

export async function endCollaborationMutation(args: MutationEndCollaborationArgs, ctx: RequestContext) {
  return collaborationPayload(await endLinkOf(ctx, COLLABORATION, args.a, args.b, args.until), args.a);
}

export async function addSupplyLinkMutation(args: MutationAddSupplyLinkArgs, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = {
    from: args.supplier,
    to: args.customer,
    product: cell(args.product),
    stage: cell(args.stage),
    since: cell(args.since),
    sources: listCell(args.sources, 'sources', errors),
  };
  return supplyPayload(ctx, await addLinkOf(ctx, SUPPLY, row, errors));
}

export async function endSupplyLinkMutation(args: MutationEndSupplyLinkArgs, ctx: RequestContext) {
  return supplyPayload(ctx, await endLinkOf(ctx, SUPPLY, args.supplier, args.customer, args.until));
}
