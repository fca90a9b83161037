import type { GraphClient } from '../../graphClient';

/** Most years one clusterEvolution may span (the resolver refuses more). */
export const MAX_EVOLUTION_YEARS = 50;

export interface ClusterYearRecord {
  year: number;
  /** Members with a membership valid on 31 December of the year. */
  members: number;
  /** Of them, members whose membership began in the year. */
  newMembers: number;
  /** COLLABORATES_WITH among those members valid on 31 December. */
  collaborations: number;
  /** Of them, SCIENCE_INDUSTRY ones. */
  scienceIndustryCollaborations: number;
  /** Of them, ones whose validity began in the year. */
  newCollaborations: number;
}

function cited(x: string): string {
  return `($citedOnly = false OR NOT coalesce(${x}.illustrative, false))`;
}

function validOn(r: string, d: string): string {
  return `(${r}.validFrom IS NULL OR ${r}.validFrom <= ${d}) AND (${r}.validTo IS NULL OR ${r}.validTo >= ${d})`;
}

// One row per year; the members of each year are a bounded set (a cluster's members), the collaborations those among them.
const TEXT = `MATCH (k:Cluster {id: $clusterId})
UNWIND range(toInteger($fromYear), toInteger($toYear)) AS year
WITH k, year, date({year: year, month: 12, day: 31}) AS yearEnd, date({year: year, month: 1, day: 1}) AS yearStart
CALL (k, yearEnd, yearStart) {
  MATCH (a:Actor)-[m:MEMBER_OF]->(k)
  WHERE ${validOn('m', 'yearEnd')} AND ${cited('m')} AND ${cited('a')}
  WITH a, max(m.validFrom) AS joined
  RETURN collect(a.id) AS memberIds, count(CASE WHEN joined >= yearStart THEN 1 END) AS newMembers
}
CALL (memberIds, yearEnd, yearStart) {
  UNWIND memberIds AS id
  MATCH (a:Actor {id: id})-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE a.id < b.id AND b.id IN memberIds AND ${validOn('r', 'yearEnd')} AND ${cited('r')}
  RETURN count(r) AS collaborations,
    count(CASE WHEN r.model = 'SCIENCE_INDUSTRY' THEN 1 END) AS scienceIndustryCollaborations,
    count(CASE WHEN r.validFrom >= yearStart THEN 1 END) AS newCollaborations
}
RETURN year, size(memberIds) AS members, newMembers, collaborations, scienceIndustryCollaborations, newCollaborations
ORDER BY year`;

/**
 * A cluster year by year (state on 31 December of each year), in one statement; null when the cluster does not
 * exist. Statement name: `analysis_cluster_evolution`.
 */
export async function findClusterEvolution(graph: GraphClient, args: { clusterId: string; fromYear: number; toYear: number; citedOnly: boolean }): Promise<ClusterYearRecord[] | null> {
  const rows = await graph.read({ name: 'analysis_cluster_evolution', text: TEXT, params: { ...args } });
  if (rows.length === 0) return null;
  return rows.map((r) => ({
    year: Number(r['year']),
    members: Number(r['members']),
    newMembers: Number(r['newMembers']),
    collaborations: Number(r['collaborations']),
    scienceIndustryCollaborations: Number(r['scienceIndustryCollaborations']),
    newCollaborations: Number(r['newCollaborations']),
  }));
}
