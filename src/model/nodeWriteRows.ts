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
  name: string;
  sources: string[];
  aliases?: string[] | undefined;
  description?: string | undefined;
  website?: string | undefined;
  founded?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

// Properties every node carries (README "Common node properties"); absent ones are null, i.e. not stored.
function commonValues(record: CommonFields): NodeValues {
  const aliases = record.aliases ?? [];
  return {
    props: {
      name: record.name,
      sources: record.sources,
      illustrative: isIllustrative(record.sources),
      description: record.description ?? null,
      // No aliases are stored as no property, like every other absent value (readers coalesce to []): Neo4j's
      // bulk importer cannot store an empty list, and both import paths must make the same graph.
      aliases: aliases.length > 0 ? aliases : null,
      aliasText: aliases.length > 0 ? aliases.join(' | ') : null,
      ...searchProperties({ id: record.id, name: record.name, aliases, description: record.description }),
      website: record.website ?? null,
      founded: record.founded ?? null,
      foundedYear: foundedYear(record.founded) ?? null,
    },
    location: record.lat !== undefined && record.lon !== undefined ? { latitude: record.lat, longitude: record.lon } : null,
    startDate: null,
    endDate: null,
  };
}

// In place: `values` is commonValues' fresh object. Object.assign keeps the key order the spread
// `{ ...props, ...extra }` gives, and spreading a 15-key object twice per row was 10 % of a bulk conversion's node pass.
function withProps(values: NodeValues, extra: Record<string, PropertyValue>): NodeValues {
  Object.assign(values.props, extra);
  return values;
}

function actorKind(label: ActorLabel): string {
  return ACTOR_KIND_BY_LABEL[label];
}

function periodValues(start: string | undefined, end: string | undefined): Pick<NodeValues, 'startDate' | 'endDate'> {
  const from = start === undefined ? undefined : parsePartialDate(start);
  const to = end === undefined ? undefined : parsePartialDate(end);
  return { startDate: from ? periodStart(from) : null, endDate: to ? periodEnd(to) : null };
}

const NODE_VALUES: { readonly [K in NodeKind]: (record: NodeRecords[K]) => NodeValues } = {
  regions: (r) => withProps(commonValues(r), { level: r.level, nuts: r.nuts ?? null }),
  companies: (r) =>
    withProps(commonValues(r), { kind: actorKind('Company'), size: r.size ?? null, employees: r.employees ?? null, fictional: isFictional(r.sources) }),
  research_institutes: (r) =>
    withProps(commonValues(r), { kind: actorKind('ResearchInstitute'), type: r.type, parentOrganization: r.parentOrganization ?? null }),
  organizations: (r) => withProps(commonValues(r), { kind: actorKind('Organization'), type: r.type }),
  clusters: (r) => commonValues(r),
  technologies: (r) => commonValues(r),
  value_chains: (r) => commonValues(r),
  value_chain_stages: (r) => withProps(commonValues(r), { order: r.order, valueChainId: r.valueChain }),
  projects: (r) => ({
    ...withProps(commonValues({ ...r, name: r.title }), { acronym: r.acronym ?? null, start: r.start ?? null, end: r.end ?? null }),
    ...periodValues(r.start, r.end),
  }),
  funding_programs: (r) => ({
    ...withProps(commonValues(r), { funder: r.funder ?? null, start: r.start ?? null, end: r.end ?? null }),
    ...periodValues(r.start, r.end),
  }),
};

/** The write row of one validated node record. */
export function toNodeWriteRow<K extends NodeKind>(kind: K, record: NodeRecords[K], i: number): NodeWriteRow {
  const values = NODE_VALUES[kind](record);
  return { i, id: record.id, hash: propertyHash([NODE_KINDS[kind].label, values]), ...values };
}
