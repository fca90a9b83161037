/**
 * Turns validated node records into the rows the write statements take: the stored properties of
 * src/graph/README.md (`props`, set with `+=`, so a null removes a property an earlier import wrote), plus the
 * values Cypher must convert (`location` → point, `startDate`/`endDate` → date) and the `_hash` of all of them.
 */
import { ACTOR_KIND_BY_LABEL, type ActorLabel } from './vocabulary';
import { foundedYear } from './foundedYear';
import { periodEnd, periodStart, parsePartialDate } from './partialDate';
import { NODE_KINDS, type NodeKind, type NodeRecords } from './recordKinds';
import { isFictional, isIllustrative } from './sourceMarkers';
import { searchProperties } from './searchFolding';
import { propertyHash } from './propertyHash';

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeWriteRow {
  /** Index in its batch, so the result can name rows that were not written. */
  i: number;
  id: string;
  hash: string;
  props: Record<string, PropertyValue>;
  location: { latitude: number; longitude: number } | null;
  startDate: string | null;
  endDate: string | null;
}

type NodeValues = Omit<NodeWriteRow, 'i' | 'id' | 'hash'>;

interface CommonFields {
  id: string;
  sources: string[];
  aliases?: string[] | undefined;
  description?: string | undefined;
  website?: string | undefined;
  founded?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

// Properties every node carries (README "Common node properties"); absent ones are null, i.e. not stored.
function commonValues(record: CommonFields, name: string): NodeValues {
  const aliases = record.aliases ?? [];
  return {
    props: {
      name,
      sources: record.sources,
      illustrative: isIllustrative(record.sources),
      description: record.description ?? null,
      // No aliases are stored as no property, like every other absent value (readers coalesce to []): Neo4j's
      // bulk importer cannot store an empty list, and both import paths must make the same graph.
      aliases: aliases.length > 0 ? aliases : null,
      aliasText: aliases.length > 0 ? aliases.join(' | ') : null,
      ...searchProperties({ id: record.id, name, aliases, description: record.description }),
      website: record.website ?? null,
      founded: record.founded ?? null,
      foundedYear: foundedYear(record.founded) ?? null,
    },
    location: record.lat !== undefined && record.lon !== undefined ? { latitude: record.lat, longitude: record.lon } : null,
    startDate: null,
    endDate: null,
  };
}

/**
 * Where a property a kind adds to the common ones comes from: a field of the validated record (null when empty;
 * `cell` names its CSV column when the schema renames it), a fixed value, or whether the sources mark the row
 * fictional.
 */
export type ExtraProperty = { field: string; cell?: string } | { constant: string } | { fictional: true };

/** How a kind's node row is written: the field holding its name, its extra properties in order, its period. */
export interface NodeWriteRecipe {
  nameField: string;
  extras: readonly (readonly [property: string, source: ExtraProperty])[];
  /** `start` and `end` give the node's startDate and endDate (first and last day of their periods). */
  period: boolean;
}

const kindOf = (label: ActorLabel): ExtraProperty => ({ constant: ACTOR_KIND_BY_LABEL[label] });

/**
 * Every node kind's recipe, as data: toNodeWriteRow follows it, and so does the bulk conversion's JVM twin
 * (src/import/bulk/jvmConversion.ts), which is why it is a table and not code.
 */
export const NODE_WRITE_RECIPES: { readonly [K in NodeKind]: NodeWriteRecipe } = {
  regions: { nameField: 'name', extras: [['level', { field: 'level' }], ['nuts', { field: 'nuts' }]], period: false },
  companies: {
    nameField: 'name',
    extras: [['kind', kindOf('Company')], ['size', { field: 'size' }], ['employees', { field: 'employees' }], ['fictional', { fictional: true }]],
    period: false,
  },
  research_institutes: {
    nameField: 'name',
    extras: [['kind', kindOf('ResearchInstitute')], ['type', { field: 'type' }], ['parentOrganization', { field: 'parentOrganization', cell: 'parent_organization' }]],
    period: false,
  },
  organizations: { nameField: 'name', extras: [['kind', kindOf('Organization')], ['type', { field: 'type' }]], period: false },
  clusters: { nameField: 'name', extras: [], period: false },
  technologies: { nameField: 'name', extras: [], period: false },
  value_chains: { nameField: 'name', extras: [], period: false },
  value_chain_stages: { nameField: 'name', extras: [['order', { field: 'order' }], ['valueChainId', { field: 'valueChain', cell: 'value_chain' }]], period: false },
  projects: { nameField: 'title', extras: [['acronym', { field: 'acronym' }], ['start', { field: 'start' }], ['end', { field: 'end' }]], period: true },
  funding_programs: { nameField: 'name', extras: [['funder', { field: 'funder' }], ['start', { field: 'start' }], ['end', { field: 'end' }]], period: true },
};

function periodValues(start: unknown, end: unknown): Pick<NodeValues, 'startDate' | 'endDate'> {
  const from = typeof start === 'string' ? parsePartialDate(start) : undefined;
  const to = typeof end === 'string' ? parsePartialDate(end) : undefined;
  return { startDate: from ? periodStart(from) : null, endDate: to ? periodEnd(to) : null };
}

function nodeValues(kind: NodeKind, record: Readonly<Record<string, unknown>>): NodeValues {
  const recipe = NODE_WRITE_RECIPES[kind];
  const values = commonValues(record as unknown as CommonFields, record[recipe.nameField] as string);
  const sources = record['sources'] as string[];
  for (const [property, source] of recipe.extras) {
    values.props[property] = 'field' in source ? ((record[source.field] as PropertyValue | undefined) ?? null) : 'constant' in source ? source.constant : isFictional(sources);
  }
  if (recipe.period) Object.assign(values, periodValues(record['start'], record['end']));
  return values;
}

/** The write row of one validated node record. */
export function toNodeWriteRow<K extends NodeKind>(kind: K, record: NodeRecords[K], i: number): NodeWriteRow {
  const values = nodeValues(kind, record as unknown as Readonly<Record<string, unknown>>);
  return { i, id: record.id, hash: propertyHash([NODE_KINDS[kind].label, values]), ...values };
}
