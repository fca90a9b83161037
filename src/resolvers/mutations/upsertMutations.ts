import { lookupLabels, GraphConstraintError, upsertActor, upsertCluster, type ActorNodeKind, type ActorRecord, type ClusterRecord, type Upserted } from '../../graph';
import { type Cell, NODE_KINDS, type NodeKind, type NodeLabel, type NodeRecords } from '../../model';
import type { ClusterInput, CompanyInput, OrganizationInput, ResearchInstituteInput } from '../../generated/graphql';
import type { RequestContext } from '../../request';
import { cell, listCell } from './inputCells';
import { checkNodeRow } from './modelValidation';
import { conflict, type MutationErrorModel } from './mutationErrors';

/** What every upsert answers before it is named for its type: the entity, whether it was new, the errors. */
interface UpsertResult<T> {
  entity: T | null;
  created: boolean | null;
  errors: MutationErrorModel[];
}

type CommonInput = Pick<CompanyInput, 'id' | 'name' | 'aliases' | 'founded' | 'location' | 'website' | 'description' | 'sources'>;

// The import format's columns are the input's fields, except the location pair and one snake_case column.
const FIELD_OF_COLUMN: Readonly<Record<string, string>> = {
  lat: 'input.location.latitude',
  lon: 'input.location.longitude',
  parent_organization: 'input.parentOrganization',
};
const fieldOf = (column: string): string => FIELD_OF_COLUMN[column] ?? `input.${column}`;

function commonCells(input: CommonInput, errors: MutationErrorModel[]): Record<string, Cell> {
  return {
    id: cell(input.id),
    name: cell(input.name),
    aliases: listCell(input.aliases, 'input.aliases', errors),
    founded: cell(input.founded),
    lat: cell(input.location?.latitude),
    lon: cell(input.location?.longitude),
    website: cell(input.website),
    description: cell(input.description),
    sources: listCell(input.sources, 'input.sources', errors),
  };
}

/**
 * The shared path of every upsert: the input as a raw row → the importer's validation → the id must not belong to
 * an entity of another kind → one write transaction (the importer's MERGE) → the entity as stored.
 */
async function upsert<K extends NodeKind, T>(
  ctx: RequestContext,
  kind: K,
  row: Record<string, Cell>,
  rowErrors: MutationErrorModel[],
  write: (record: NodeRecords[K]) => Promise<Upserted<T>>,
): Promise<UpsertResult<T>> {
  const checked = checkNodeRow(kind, row, fieldOf);
  const errors = [...rowErrors, ...(checked.ok ? [] : checked.errors)];
  if (!checked.ok || errors.length > 0) return { entity: null, created: null, errors };
  const label = NODE_KINDS[kind].label;
  const id = checked.record.id;
  const held = (await lookupLabels(ctx.graph, [id])).get(id);
  if (held !== undefined && held !== label) return refused(idHeldBy(id, held, label));
  try {
    const { created, entity } = await write(checked.record);
    return { entity, created, errors: [] };
  } catch (error) {
    // Another kind took the id between the check and the write: the unique id constraint refused the node.
    if (error instanceof GraphConstraintError) return refused(conflict('input.id', `input.id: "${id}" is already the id of another entity; ids are unique across the graph`));
    throw error;
  }
}

function refused<T>(error: MutationErrorModel): UpsertResult<T> {
  return { entity: null, created: null, errors: [error] };
}

function idHeldBy(id: string, held: NodeLabel, wanted: NodeLabel): MutationErrorModel {
  return conflict('input.id', `input.id: "${id}" is already the id of a ${held}, not a ${wanted}; ids are unique across the graph`);
}

// A fresh answer for later fields of the same request: the loaders' caches may hold the entity as it was.
function remember(ctx: RequestContext, actor: ActorRecord | null): void {
  if (!actor) return;
  ctx.loaders.actor.clear(actor.id).prime(actor.id, actor);
  ctx.loaders.node.clear(actor.id);
}

function upsertActorKind<K extends ActorNodeKind>(ctx: RequestContext, kind: K, row: Record<string, Cell>, rowErrors: MutationErrorModel[]) {
  return upsert(ctx, kind, row, rowErrors, (record) => upsertActor(ctx.graph, kind, record)).then((result) => {
    remember(ctx, result.entity);
    return result;
  });
}

export async function upsertCompanyMutation({ input }: { input: CompanyInput }, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = { ...commonCells(input, errors), size: cell(input.size), employees: cell(input.employees) };
  const { entity, created, errors: all } = await upsertActorKind(ctx, 'companies', row, errors);
  return { company: entity, created, errors: all };
}

export async function upsertResearchInstituteMutation({ input }: { input: ResearchInstituteInput }, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = { ...commonCells(input, errors), type: cell(input.type), parent_organization: cell(input.parentOrganization) };
  const { entity, created, errors: all } = await upsertActorKind(ctx, 'research_institutes', row, errors);
  return { researchInstitute: entity, created, errors: all };
}

export async function upsertOrganizationMutation({ input }: { input: OrganizationInput }, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const row = { ...commonCells(input, errors), type: cell(input.type) };
  const { entity, created, errors: all } = await upsertActorKind(ctx, 'organizations', row, errors);
  return { organization: entity, created, errors: all };
}

export async function upsertClusterMutation({ input }: { input: ClusterInput }, ctx: RequestContext) {
  const errors: MutationErrorModel[] = [];
  const { entity, created, errors: all } = await upsert<'clusters', ClusterRecord>(ctx, 'clusters', commonCells(input, errors), errors, (record) =>
    upsertCluster(ctx.graph, record),
  );
  if (entity) {
    ctx.loaders.cluster.clear(entity.id).prime(entity.id, entity);
    ctx.loaders.node.clear(entity.id);
  }
  return { cluster: entity, created, errors: all };
}
