/**
 * Cypher map projections shared by the queries, so every query returns the same record shape.
 * Each takes the variable name used in the query; the names are fixed strings in the callers, never input.
 */
export function actorProjection(v: string, region: string): string {
  return `${v} { .id, .kind, .name, aliases: coalesce(${v}.aliases, []), .description, .founded, .foundedYear, .website,
    location: ${v}.location, regionId: ${region}.id, sources: coalesce(${v}.sources, []),
    illustrative: coalesce(${v}.illustrative, false), .size, .employees, fictional: coalesce(${v}.fictional, false),
    .type, .parentOrganization }`;
}

export function clusterProjection(v: string, region: string): string {
  return `${v} { .id, .name, aliases: coalesce(${v}.aliases, []), .description, .founded, .website,
    location: ${v}.location, regionId: ${region}.id, sources: coalesce(${v}.sources, []),
    illustrative: coalesce(${v}.illustrative, false) }`;
}

export function linkProjection(r: string): string {
  return `since: ${r}.since, until: ${r}.until, sources: coalesce(${r}.sources, []), illustrative: coalesce(${r}.illustrative, false)`;
}
