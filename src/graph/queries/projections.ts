/**
 * Cypher map projections shared by the queries, so every query returns the same record shape.
 * Each takes the variable name used in the query; the names are fixed strings in the callers, never input.
 * Every entity record carries its node's `label` (see records.ts): a constant where the projection is of one
 * label, read from `labels(v)` for actors, whose variable may be any of the three actor labels.
 */
import { ACTOR_LABELS } from '../../model';

const ACTOR_LABEL_LIST = `[${ACTOR_LABELS.map((label) => `'${label}'`).join(', ')}]`;

/** The actor label of actor variable `v` (the fixed allow-list, never input). */
export function actorLabel(v: string): string {
  return `head([actorLabel_ IN labels(${v}) WHERE actorLabel_ IN ${ACTOR_LABEL_LIST}])`;
}

/**
 * A RegionRecord of region variable `g`, or null when `g` is null. Actor records carry it so that `Actor.region`
 * needs no second round trip (the region is matched by the same statement anyway).
 */
export function regionMap(g: string): string {
  return `CASE WHEN ${g} IS NULL THEN null ELSE ${g} { .id, label: 'Region', .name, aliases: coalesce(${g}.aliases, []), .level, .nuts, location: ${g}.location,
    parentId: head([(${g})-[:PART_OF]->(regionParent_:Region) | regionParent_.id]) } END`;
}

function actorMap(v: string, regionFields: string): string {
  return `${v} { .id, label: ${actorLabel(v)}, .kind, .name, aliases: coalesce(${v}.aliases, []), .description, .founded, .foundedYear, .website,
    location: ${v}.location, ${regionFields}sources: coalesce(${v}.sources, []),
    illustrative: coalesce(${v}.illustrative, false), .size, .employees, fictional: coalesce(${v}.fictional, false),
    .type, .parentOrganization }`;
}

/**
 * An ActorRecord of actor variable `v` located in region variable `region` (whose value may be null), or in no
 * region when `region` is null.
 */
export function actorProjection(v: string, region: string | null): string {
  return actorMap(v, region === null ? 'regionId: null, region: null, ' : `regionId: ${region}.id, region: ${regionMap(region)}, `);
}

/**
 * An ActorRecord of actor variable `v` without its region (`regionId` and `region` absent), for lists whose
 * selection does not ask for the region: the region lookup is most of a list row's cost.
 */
export function actorProjectionWithoutRegion(v: string): string {
  return actorMap(v, '');
}

/** A list row's record shape, fixed in the text: a summary, or whole with or without its region. */
export interface FixedShape {
  summary: boolean;
  withRegion: boolean;
}

/**
 * A list row's record shape chosen by two boolean parameters (their names): one text serves every shape, since
 * a CASE on a parameter evaluates only the chosen branch (the region lookup too).
 */
export interface SwitchedShape {
  summaryParam: string;
  withRegionParam: string;
}

export type RowShape = FixedShape | SwitchedShape;

/**
 * A list row's actor record: a summary (`summary`), or whole with its region (looked up by a pattern
 * comprehension) or without it, fixed or switched by parameter. Returns the WITH clause that binds the region
 * (empty when not needed) and the projection; `carried` are the other variables the row keeps.
 */
export function listActorProjection(v: string, carried: string, shape: RowShape): { lookup: string; projection: string } {
  const regionLookup = `[(${v})-[:LOCATED_IN]->(listRegion_:Region) | listRegion_][0]`;
  if ('summaryParam' in shape) {
    const [summary, withRegion] = [`$${shape.summaryParam}`, `$${shape.withRegionParam}`];
    return {
      lookup: `WITH ${carried}, CASE WHEN ${withRegion} AND NOT ${summary} THEN ${regionLookup} END AS listRegion_`,
      projection: `CASE WHEN ${summary} THEN ${actorSummaryProjection(v)} WHEN ${withRegion} THEN ${actorProjection(v, 'listRegion_')}
        ELSE ${actorProjectionWithoutRegion(v)} END`,
    };
  }
  if (shape.summary) return { lookup: '', projection: actorSummaryProjection(v) };
  return shape.withRegion
    ? { lookup: `WITH ${carried}, ${regionLookup} AS listRegion_`, projection: actorProjection(v, 'listRegion_') }
    : { lookup: '', projection: actorProjectionWithoutRegion(v) };
}

/**
 * An ActorRecord of actor variable `v` whose region is looked up inline, for use inside expressions where no
 * region variable is bound (the same record as actorProjection).
 */
export function inlineActorProjection(v: string): string {
  return `coalesce(head([(${v})-[:LOCATED_IN]->(actorRegion_:Region) | ${actorProjection(v, 'actorRegion_')}]),
    ${actorProjection(v, null)})`;
}

/** An ActorSummaryRecord of actor variable `v`. */
export function actorSummaryProjection(v: string): string {
  return `${v} { .id, label: ${actorLabel(v)}, .kind, .name, summary: true }`;
}

function clusterMap(v: string, regionId: string): string {
  return `${v} { .id, label: 'Cluster', .name, aliases: coalesce(${v}.aliases, []), .description, .founded, .website,
    location: ${v}.location, regionId: ${regionId}, sources: coalesce(${v}.sources, []),
    illustrative: coalesce(${v}.illustrative, false) }`;
}

/** A ClusterRecord of cluster variable `v` located in region variable `region` (whose value may be null). */
export function clusterProjection(v: string, region: string): string {
  return clusterMap(v, `${region}.id`);
}

/** A ClusterRecord of cluster variable `v` whose region is looked up inline, for use inside expressions. */
export function inlineClusterProjection(v: string): string {
  return clusterMap(v, `head([(${v})-[:LOCATED_IN]->(clusterRegion_:Region) | clusterRegion_.id])`);
}

/** A TechnologyRecord of technology variable `t`. */
export function technologyProjection(t: string): string {
  return `${t} { .id, label: 'Technology', .name, .description, broaderId: head([(${t})-[:BROADER]->(broader_:Technology) | broader_.id]) }`;
}

/** A ValueChainStageRecord of stage variable `s`. */
export function stageProjection(s: string): string {
  return `${s} { .id, label: 'ValueChainStage', .name, .order, .description, .valueChainId }`;
}

/** A ProjectRecord of project variable `p` (the stored `name` holds the title). */
export function projectProjection(p: string): string {
  return `${p} { .id, label: 'Project', title: ${p}.name, .acronym, .start, .end, .description }`;
}

/** A ValueChainRecord of value chain variable `c`. */
export function valueChainProjection(c: string): string {
  return `${c} { .id, label: 'ValueChain', .name, .description }`;
}

/** A FundingProgramRecord of funding programme variable `f`. */
export function fundingProgramProjection(f: string): string {
  return `${f} { .id, label: 'FundingProgram', .name, .funder, .start, .end }`;
}

/**
 * A RegionRecord of region variable `g` whose parent's id is `parentId` (an expression), for statements that
 * have the parent bound already.
 */
export function regionProjectionWithParent(g: string, parentId: string): string {
  return `${g} { .id, label: 'Region', .name, aliases: coalesce(${g}.aliases, []), .level, .nuts, location: ${g}.location, parentId: ${parentId} }`;
}

export function linkProjection(r: string): string {
  return `since: ${r}.since, until: ${r}.until, sources: coalesce(${r}.sources, []), illustrative: coalesce(${r}.illustrative, false)`;
}
