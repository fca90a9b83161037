import type { GraphClient } from '../graphClient';
import { ACTOR_STARTS, actorMatch, actorMatchParams, givenActorFilters, MISSING_ID_FILTERS, type ActorStart, NO_ACTOR_FILTER, type ActorFilterArgs, type IdFilterName } from './actorFilter';
import { ANY_LINK, linkParams, linkUsable, type LinkConditions } from './linkConditions';
import { HIERARCHY_DEPTH } from './optionalPredicate';
import { statementSet, type StatementSet } from './statementSet';

interface Grouping {
  /**
   * The clause that binds the group entity `v` per actor `a`, keeping `carried` (empty or ending in ", "); `fromAll`
   * when the actors are every actor (no anchor filter).
   */
  match: (v: string, carried: string, fromAll: boolean) => string;
  key: (v: string) => string;
  label: (v: string) => string;
}

const byEntity = (fallback: string): Pick<Grouping, 'key' | 'label'> => ({
  key: (v) => `coalesce(${v}.id, 'UNKNOWN')`,
  label: (v) => `coalesce(${v}.name, '${fallback}')`,
});

/**
 * The groupings, from a fixed list; `UNKNOWN` collects actors without a value. Memberships and specialisations
 * are links: they obey `$asOf` and `$citedOnly` like the filters. TECHNOLOGY counts an actor under each of its
 * technologies and every broader one, the rule of the technology filter, so the two agree.
 */
const GROUPINGS: Readonly<Record<'KIND' | 'SIZE' | 'CITY' | 'STATE' | 'CLUSTER' | 'TECHNOLOGY', Grouping>> = {
  KIND: { match: () => '', key: () => 'a.kind', label: () => 'a.kind' },
  SIZE: { match: () => '', key: () => "coalesce(a.size, 'UNKNOWN')", label: () => "coalesce(a.size, 'UNKNOWN')" },
  CITY: { match: (v, carried) => `OPTIONAL MATCH (a)-[:LOCATED_IN]->(${v}:Region) WITH ${carried}a, head(collect(${v})) AS ${v}`, ...byEntity('Unknown') },
  STATE: {
    // From every actor, the walk runs down from the few states into a hash join (the planner, misled by the
    // switched filter predicates, would walk up from each actor: 5× the reads); from an anchor's few actors, up.
    match: (v, carried, fromAll) =>
      `OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${HIERARCHY_DEPTH}]->(${v}:Region {level: 'STATE'}) ${fromAll ? 'USING JOIN ON a ' : ''}WITH ${carried}a, head(collect(${v})) AS ${v}`,
    ...byEntity('Unknown'),
  },
  CLUSTER: {
    match: (v, carried) => `OPTIONAL MATCH (a)-[${v}Link_:MEMBER_OF]->(${v}:Cluster) WHERE ${linkUsable(`${v}Link_`, v)} WITH DISTINCT ${carried}a, ${v}`,
    ...byEntity('No cluster'),
  },
  TECHNOLOGY: {
    match: (v, carried) =>
      `OPTIONAL MATCH (a)-[${v}Link_:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${HIERARCHY_DEPTH}]->(${v}:Technology) WHERE ${linkUsable(`${v}Link_`)} WITH DISTINCT ${carried}a, ${v}`,
    ...byEntity('No technology'),
  },
};

export type ActorGrouping = keyof typeof GROUPINGS;

export interface CountGroupRecord {
  key: string;
  label: string;
  count: number;
  /** The group's actors counted by a second grouping (two-way counts); null for one-way counts. */
  subgroups: CountGroupRecord[] | null;
}

export interface GroupedCountRecord {
  total: number;
  groups: CountGroupRecord[];
  /** Names of given id filters whose entity does not exist (then every count is 0). */
  missing: IdFilterName[];
}

/** The most groups (and subgroups per group) returned: cities and technologies are the long dimensions. */
const MAX_GROUPS = 1000;

/** Groupings in which every actor falls in exactly one group: their total is the sum of the counts. */
const ONE_GROUP_PER_ACTOR: ReadonlySet<ActorGrouping> = new Set(['KIND', 'SIZE', 'CITY', 'STATE']);

/** The text of grouped counts by `groupBy`, and by `thenBy` within each group when given. */
function countText(groupBy: ActorGrouping, thenBy: ActorGrouping | null, start: ActorStart): string {
  const grouping = GROUPINGS[groupBy];
  const match = actorMatch(start);
  const groups = `${match}
      ${grouping.match('g', '', start === 'none')}
      WITH ${grouping.key('g')} AS key, ${grouping.label('g')} AS label, count(*) AS count
      ORDER BY count DESC, key
      WITH collect({ key: key, label: label, count: count }) AS groups`;
  const oneWay = ONE_GROUP_PER_ACTOR.has(groupBy)
    ? `${groups}
      WITH reduce(total = 0, g IN groups | total + g.count) AS total, groups[0..${MAX_GROUPS}] AS groups`
    : `CALL () {
        ${match}
        RETURN count(DISTINCT a) AS total
      }
      CALL () {
        ${groups}
        RETURN groups[0..${MAX_GROUPS}] AS groups
      }`;
  // Two-way counts: a second pass groups by both keys; an actor with several values of the first grouping
  // (clusters, technologies) is counted under each, as in the one-way groups.
  const second = thenBy === null ? null : GROUPINGS[thenBy];
  const cells =
    second === null
      ? 'WITH total, groups, null AS cells'
      : `CALL () {
        ${match}
        ${grouping.match('g', '', start === 'none')}
        WITH a, ${grouping.key('g')} AS key
        ${second.match('h', 'key, ', false)}
        WITH key, ${second.key('h')} AS subkey, ${second.label('h')} AS sublabel, count(*) AS count
        ORDER BY count DESC, subkey
        WITH key, collect({ key: subkey, label: sublabel, count: count, subgroups: null })[0..${MAX_GROUPS}] AS subgroups
        RETURN collect({ key: key, subgroups: subgroups }) AS cells
      }`;
  return `${oneWay}
      ${cells}
      RETURN total, groups, cells, ${MISSING_ID_FILTERS} AS missing`;
}

/**
 * One-way counts take a text per start (ACTOR_STARTS): a plain aggregation over the anchor's actors lets the
 * planner start a STATE grouping from the few states and walk down, where the union of every start (`any`) makes
 * it walk up from each actor. Two-way counts, the rarer question, take the union: 6 × 6 texts instead of 180.
 */
function countVariant(groupBy: ActorGrouping, thenBy: ActorGrouping | null, start: ActorStart): string {
  return `${groupBy.toLowerCase()}${thenBy === null ? '' : `_then_${thenBy.toLowerCase()}`}${start === 'any' ? '' : `_from_${start}`}`;
}

const GROUPING_NAMES = Object.keys(GROUPINGS) as ActorGrouping[];

/**
 * Counts by STATE of every actor (no filter, any evidence), the dashboard's question: the total is the count
 * store's, each state's actors are found walking down from the state, and the actors located in no state are
 * the rest (UNKNOWN). Each actor counts once, under the first state its walk reaches, as in the per-actor
 * grouping (an actor located in two states would otherwise count twice). The per-actor text scans every actor
 * and joins each with its state: 13× the floor's time at 100k actors (docs/statements.md).
 */
const STATE_OF_EVERY_ACTOR = `CALL () {
        MATCH (a:Actor)
        RETURN count(a) AS total
      }
      CALL () {
        MATCH (g:Region {level: 'STATE'})<-[:PART_OF*0..${HIERARCHY_DEPTH}]-(:Region)<-[:LOCATED_IN]-(a:Actor)
        WITH a, head(collect(g)) AS g
        WITH g, count(*) AS count
        RETURN collect({ key: g.id, label: g.name, count: count }) AS located
      }
      WITH total, located, total - reduce(n = 0, x IN located | n + x.count) AS unknown
      UNWIND located + CASE WHEN unknown > 0 THEN [{ key: 'UNKNOWN', label: 'Unknown', count: unknown }] ELSE [] END AS grp
      WITH total, grp ORDER BY grp.count DESC, grp.key
      WITH total, collect(grp) AS groups
      RETURN total, groups[0..${MAX_GROUPS}] AS groups, null AS cells, ${MISSING_ID_FILTERS} AS missing`;
const STATE_OF_EVERY_ACTOR_VARIANT = 'state_of_every_actor';

/** Grouped counts: 67 texts whatever the filters (countVariant says which, and STATE_OF_EVERY_ACTOR). */
export const ACTOR_COUNT_STATEMENTS: readonly StatementSet[] = [
  statementSet(
    'actor_counts',
    [
      ...GROUPING_NAMES.flatMap((groupBy) => [
        ...ACTOR_STARTS.map((start) => ({ variant: countVariant(groupBy, null, start), text: countText(groupBy, null, start) })),
        ...GROUPING_NAMES.map((thenBy) => ({ variant: countVariant(groupBy, thenBy, 'any'), text: countText(groupBy, thenBy, 'any') })),
      ]),
      { variant: STATE_OF_EVERY_ACTOR_VARIANT, text: STATE_OF_EVERY_ACTOR },
    ],
    actorMatchParams(NO_ACTOR_FILTER),
  ),
];
const [ACTOR_COUNTS] = ACTOR_COUNT_STATEMENTS as [StatementSet];

/**
 * Counts of filtered actors, grouped; largest groups first. One round trip. The groups are aggregated straight
 * from the match: collecting the matches first and unwinding them made the planner walk up the region tree from
 * every actor, where a plain aggregation lets it start from the few states and walk down. The total is the sum
 * of the counts (taken before the groups are cut to 1,000) where each actor is in one group, and a separate
 * DISTINCT count for clusters and technologies, where an actor can be in several.
 */
export async function countActorsGrouped(
  graph: GraphClient,
  groupBy: ActorGrouping,
  filter: ActorFilterArgs,
  options: { thenBy?: ActorGrouping | null; links?: LinkConditions } = {},
): Promise<GroupedCountRecord> {
  const thenBy = options.thenBy ?? null;
  const links = options.links ?? ANY_LINK;
  const params = actorMatchParams(filter, null, links);
  const start: ActorStart = thenBy !== null ? 'any' : params['anchor'] === '' ? 'none' : (params['anchor'] as IdFilterName);
  // Every actor counts (the state walk follows no dated link, so asOf changes nothing): from the states down.
  const everyActorByState = groupBy === 'STATE' && thenBy === null && givenActorFilters(filter).length === 0 && !links.citedOnly;
  const variant = everyActorByState ? STATE_OF_EVERY_ACTOR_VARIANT : countVariant(groupBy, thenBy, start);
  const [row] = await graph.read(ACTOR_COUNTS.statement(variant, params));
  const subgroupsByKey = new Map(((row?.['cells'] ?? []) as unknown as Array<{ key: string; subgroups: CountGroupRecord[] }>).map((cell) => [cell.key, cell.subgroups]));
  const found = (row?.['groups'] ?? []) as Array<Omit<CountGroupRecord, 'subgroups'>>;
  return {
    total: (row?.['total'] as number) ?? 0,
    groups: found.map((group) => ({ ...group, subgroups: thenBy === null ? null : (subgroupsByKey.get(group.key) ?? []) })),
    missing: (row?.['missing'] ?? []) as IdFilterName[],
  };
}

export interface ClusterStatisticsRecord {
  clusterId: string;
  memberCount: number;
  membersByKind: CountGroupRecord[];
  smes: number;
  companiesWithSize: number;
  internalCollaborations: number;
  collaborationsByModel: CountGroupRecord[];
}

/**
 * Statistics of several clusters in one round trip (see ClusterStatistics in the SDL for the definitions), at
 * `conditions.asOf` (members and collaborations valid that day; any time when null) and with only cited
 * memberships, collaborations and actors when `conditions.citedOnly`.
 */
export async function findClusterStatistics(
  graph: GraphClient,
  clusterIds: readonly string[],
  conditions: LinkConditions = ANY_LINK,
): Promise<Map<string, ClusterStatisticsRecord>> {
  const rows = await graph.read({
    name: 'cluster_statistics',
    text: `UNWIND $ids AS cid
      MATCH (c:Cluster {id: cid})
      CALL (c) {
        MATCH (a:Actor)-[m:MEMBER_OF]->(c)
        WHERE ${linkUsable('m', 'a')}
        WITH DISTINCT a
        RETURN collect(a) AS members
      }
      CALL (members) {
        UNWIND members AS a
        WITH a.kind AS kind, count(*) AS n ORDER BY n DESC, kind
        RETURN collect({ key: kind, label: kind, count: n }) AS byKind
      }
      CALL (c) {
        MATCH (a:Actor)-[ma:MEMBER_OF]->(c), (b:Actor)-[mb:MEMBER_OF]->(c), (a)-[r:COLLABORATES_WITH]->(b)
        WHERE ${linkUsable('ma', 'a')} AND ${linkUsable('mb', 'b')} AND ${linkUsable('r')}
        WITH DISTINCT r
        WITH coalesce(r.model, 'UNKNOWN') AS model, count(*) AS n ORDER BY n DESC, model
        RETURN collect({ key: model, label: model, count: n }) AS byModel
      }
      RETURN cid, size(members) AS memberCount, byKind,
        size([a IN members WHERE a.kind = 'COMPANY' AND a.size IN ['MICRO', 'SMALL', 'MEDIUM']]) AS smes,
        size([a IN members WHERE a.kind = 'COMPANY' AND a.size IS NOT NULL]) AS companiesWithSize,
        byModel`,
    params: { ids: clusterIds, ...linkParams(conditions) },
  });
  return new Map(
    rows.map((row) => {
      const byModel = row['byModel'] as unknown as CountGroupRecord[];
      return [
        row['cid'] as string,
        {
          clusterId: row['cid'] as string,
          memberCount: row['memberCount'] as number,
          membersByKind: row['byKind'] as unknown as CountGroupRecord[],
          smes: row['smes'] as number,
          companiesWithSize: row['companiesWithSize'] as number,
          internalCollaborations: byModel.reduce((sum, g) => sum + g.count, 0),
          collaborationsByModel: byModel,
        },
      ];
    }),
  );
}
