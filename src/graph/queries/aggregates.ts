import type { GraphClient } from '../graphClient';
import { actorMatch, type ActorFilterArgs } from './actorFilter';

/** The key expression of each grouping, from a fixed list; `UNKNOWN` collects actors without a value. */
const GROUPINGS = {
  KIND: { match: '', key: 'a.kind', label: 'a.kind' },
  SIZE: { match: '', key: "coalesce(a.size, 'UNKNOWN')", label: "coalesce(a.size, 'UNKNOWN')" },
  CITY: {
    match: 'OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region) WITH a, head(collect(g)) AS g',
    key: "coalesce(g.id, 'UNKNOWN')",
    label: "coalesce(g.name, 'Unknown')",
  },
  STATE: {
    match: "OPTIONAL MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(s:Region {level: 'STATE'}) WITH a, head(collect(s)) AS g",
    key: "coalesce(g.id, 'UNKNOWN')",
    label: "coalesce(g.name, 'Unknown')",
  },
  CLUSTER: {
    match: 'OPTIONAL MATCH (a)-[:MEMBER_OF]->(g:Cluster) WITH DISTINCT a, g',
    key: "coalesce(g.id, 'UNKNOWN')",
    label: "coalesce(g.name, 'No cluster')",
  },
  TECHNOLOGY: {
    match: 'OPTIONAL MATCH (a)-[:SPECIALIZES_IN]->(g:Technology) WITH DISTINCT a, g',
    key: "coalesce(g.id, 'UNKNOWN')",
    label: "coalesce(g.name, 'No technology')",
  },
} as const;

export type ActorGrouping = keyof typeof GROUPINGS;

export interface CountGroupRecord {
  key: string;
  label: string;
  count: number;
}

/** Groupings in which every actor falls in exactly one group: their total is the sum of the counts. */
const ONE_GROUP_PER_ACTOR: ReadonlySet<ActorGrouping> = new Set(['KIND', 'SIZE', 'CITY', 'STATE']);

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
): Promise<{ total: number; groups: CountGroupRecord[] }> {
  const grouping = GROUPINGS[groupBy];
  const match = actorMatch(filter);
  const groups = `${match.text}
      ${grouping.match}
      WITH ${grouping.key} AS key, ${grouping.label} AS label, count(*) AS count
      ORDER BY count DESC, key
      WITH collect({ key: key, label: label, count: count }) AS groups`;
  const text = ONE_GROUP_PER_ACTOR.has(groupBy)
    ? `${groups}
      RETURN reduce(total = 0, g IN groups | total + g.count) AS total, groups[0..1000] AS groups`
    : `CALL () {
        ${match.text}
        RETURN count(DISTINCT a) AS total
      }
      CALL () {
        ${groups}
        RETURN groups[0..1000] AS groups
      }
      RETURN total, groups`;
  const [row] = await graph.read({ name: `actor_counts_${groupBy.toLowerCase()}`, text, params: match.params });
  return { total: (row?.['total'] as number) ?? 0, groups: (row?.['groups'] ?? []) as unknown as CountGroupRecord[] };
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

/** Statistics of several clusters in one round trip (see ClusterStatistics in the SDL for the definitions). */
export async function findClusterStatistics(graph: GraphClient, clusterIds: readonly string[]): Promise<Map<string, ClusterStatisticsRecord>> {
  const rows = await graph.read({
    name: 'cluster_statistics',
    text: `UNWIND $ids AS cid
      MATCH (c:Cluster {id: cid})
      CALL (c) {
        MATCH (a:Actor)-[:MEMBER_OF]->(c)
        WITH DISTINCT a
        RETURN collect(a) AS members
      }
      CALL (members) {
        UNWIND members AS a
        WITH a.kind AS kind, count(*) AS n ORDER BY n DESC, kind
        RETURN collect({ key: kind, label: kind, count: n }) AS byKind
      }
      CALL (c) {
        MATCH (a:Actor)-[:MEMBER_OF]->(c), (b:Actor)-[:MEMBER_OF]->(c), (a)-[r:COLLABORATES_WITH]->(b)
        WITH DISTINCT r
        WITH coalesce(r.model, 'UNKNOWN') AS model, count(*) AS n ORDER BY n DESC, model
        RETURN collect({ key: model, label: model, count: n }) AS byModel
      }
      RETURN cid, size(members) AS memberCount, byKind,
        size([a IN members WHERE a.kind = 'COMPANY' AND a.size IN ['MICRO', 'SMALL', 'MEDIUM']]) AS smes,
        size([a IN members WHERE a.kind = 'COMPANY' AND a.size IS NOT NULL]) AS companiesWithSize,
        byModel`,
    params: { ids: clusterIds },
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
