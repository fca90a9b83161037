/**
 * The bounded subgraph a network analysis runs on: the scope's actors (with their technologies and cluster
 * memberships, for the community report) and the links among them, counted per pair and kind. Two round trips:
 * actors, then links among their ids (the ids travel as a parameter; see linkBranch in networkCypher.ts for why
 * a list in scope is avoided while Neo4j sorts).
 */
import type { GraphClient } from '../../graphClient';
import { ACTOR_KIND_BY_LABEL, NETWORK_LINK_KINDS, type ActorLabel, type NetworkLinkKindValue } from '../../../model';
import { actorLabel } from '../projections';
import type { ActorKindValue } from '../records';
import { textCache } from '../traversal/networkCypher';
import { isDirected, KIND_CYPHER } from '../traversal/linkKindCypher';
import { asOfParams, validAt } from '../traversal/traversalCypher';

/** Most actors an analysis may take (the `maxActors` argument's upper bound). */
export const MAX_ANALYSIS_ACTORS = 2000;
/** Most (pair, kind) link rows an analysis fetches; more sets `truncated` and keeps the first by ids and kind. */
export const MAX_ANALYSIS_LINK_ROWS = 20000;

/** Whose actors are analysed. `ids`: actors chosen already (a partner network's). */
export type AnalysisScopeSpec = { kind: 'cluster'; clusterId: string } | { kind: 'region'; regionId: string } | { kind: 'ids'; ids: readonly string[] };

export interface AnalysisSubgraphArgs {
  scope: AnalysisScopeSpec;
  linkKinds: readonly NetworkLinkKindValue[];
  /** ISO date or null (any time). */
  asOf: string | null;
  citedOnly: boolean;
  /** Only actors of these kinds; null for all. */
  actorKinds: readonly ActorKindValue[] | null;
  maxActors: number;
}

export interface AnalysisActorRow {
  id: string;
  label: ActorLabel;
  name: string;
  kind: ActorKindValue;
  technologies: Array<{ id: string; name: string }>;
  clusters: Array<{ id: string; name: string }>;
}

export interface AnalysisLinkRow {
  source: string;
  target: string;
  kind: NetworkLinkKindValue;
  count: number;
}

export interface AnalysisSubgraph {
  actors: AnalysisActorRow[];
  links: AnalysisLinkRow[];
  /** More actors than maxActors (the first by name and id were kept) or more link rows than MAX_ANALYSIS_LINK_ROWS. */
  truncated: boolean;
}

/** True when `x` (a node or relationship) may be used: always with ALL, only when not sample data with CITED. */
function cited(x: string): string {
  return `($citedOnly = false OR NOT coalesce(${x}.illustrative, false))`;
}

const ACTOR_CONDITION = `a.kind IN $actorKinds AND ${cited('a')}`;

/** The scope's actors `a` (DISTINCT), by kind of scope; every branch keeps the evidence and kind filters. */
function scopeMatch(kind: AnalysisScopeSpec['kind']): string {
  switch (kind) {
    case 'cluster':
      // Without asOf every membership counts, current and past (Cluster.members' meaning).
      return `MATCH (k:Cluster {id: $clusterId})
  CALL (k) {
    MATCH (a:Actor)-[m:MEMBER_OF]->(k)
    WHERE ${validAt('m')} AND ${cited('m')} AND ${ACTOR_CONDITION}
    RETURN DISTINCT a
  }`;
    case 'region':
      return `MATCH (g:Region {id: $regionId})
  CALL (g) {
    MATCH (a:Actor)-[l:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(g)
    WHERE ${cited('l')} AND ${ACTOR_CONDITION}
    RETURN DISTINCT a
  }`;
    case 'ids':
      return `UNWIND $ids AS id
  MATCH (a:Actor {id: id})
  WHERE ${ACTOR_CONDITION}`;
  }
}

const actorsText = textCache(
  (kind: AnalysisScopeSpec['kind']) => kind,
  (kind: AnalysisScopeSpec['kind']) => `${scopeMatch(kind)}
  WITH a ORDER BY a.name, a.id LIMIT toInteger($maxActors) + 1
  RETURN a.id AS id, ${actorLabel('a')} AS label, a.name AS name, a.kind AS kind,
    COLLECT { MATCH (a)-[s:SPECIALIZES_IN]->(t:Technology) WHERE ${cited('s')} AND ${cited('t')} RETURN DISTINCT { id: t.id, name: t.name } AS t ORDER BY t.id } AS technologies,
    COLLECT { MATCH (a)-[mc:MEMBER_OF]->(c:Cluster) WHERE ${validAt('mc')} AND ${cited('mc')} AND ${cited('c')} RETURN DISTINCT { id: c.id, name: c.name } AS c ORDER BY c.id } AS clusters`,
);

/**
 * One link kind among the actors `$ids`: one row per pair (source < target for undirected kinds) and its count,
 * the number of links (or of shared clusters or projects) between the two. Built from the kind's fragments in the
 * registry (linkKindCypher.ts), so the analysis reads a kind exactly as the partner network does.
 */
function linkBranch(kind: NetworkLinkKindValue): string {
  const fragments = KIND_CYPHER[kind];
  const directed = isDirected(kind);
  // Sample clusters and projects are left out with CITED as their memberships are.
  const usable = [...fragments.relationships, ...(fragments.shared === null ? [] : [fragments.shared])].map(cited).join(' AND ');
  const counted = fragments.shared === null ? `count(${fragments.relationships[0] ?? 'b'})` : `count(DISTINCT ${fragments.shared})`;
  // A kind not asked for unwinds nothing (a parameter test, before any expansion).
  return `UNWIND CASE WHEN '${kind}' IN $linkKinds THEN $ids ELSE [] END AS id
      MATCH (a:Actor {id: id})
      MATCH ${fragments.pattern('a', 'b', directed)}
      WHERE ${directed ? 'a <> b' : 'a.id < b.id'} AND b.id IN $ids AND ${fragments.validOn} AND ${usable}
      RETURN a.id AS source, b.id AS target, '${kind}' AS kind, ${counted} AS count`;
}

/**
 * One text for every set of link kinds: each branch unwinds the ids only when `'KIND' IN $linkKinds`, a
 * parameter test before anything is expanded (cheap, docs/traversals.md), so one plan serves every request instead of
 * up to 31 texts each planned cold (seconds under load).
 */
const LINKS_TEXT = `CALL () {
    ${NETWORK_LINK_KINDS.map(linkBranch).join('\n    UNION ALL\n    ')}
  }
  WITH source, target, kind, count ORDER BY source, target, kind
  LIMIT toInteger($maxLinkRows) + 1
  RETURN source, target, kind, count`;

const ALL_ACTOR_KINDS = Object.values(ACTOR_KIND_BY_LABEL);

/**
 * The actors of the scope and the links among them; null when the scope's cluster or region does not exist.
 * Statement names: `analysis_scope_<kind>`, `analysis_links`.
 */
export async function findAnalysisSubgraph(graph: GraphClient, args: AnalysisSubgraphArgs): Promise<AnalysisSubgraph | null> {
  const { scope } = args;
  const common = { ...asOfParams(args.asOf), citedOnly: args.citedOnly };
  if (scope.kind !== 'ids') {
    const exists = await graph.read({
      name: 'analysis_scope_exists',
      text: scope.kind === 'cluster' ? 'MATCH (k:Cluster {id: $id}) RETURN count(k) AS n' : 'MATCH (g:Region {id: $id}) RETURN count(g) AS n',
      params: { id: scope.kind === 'cluster' ? scope.clusterId : scope.regionId },
    });
    if (Number(exists[0]?.['n'] ?? 0) === 0) return null;
  }
  const rows = await graph.read({
    name: `analysis_scope_${scope.kind}`,
    text: actorsText(scope.kind),
    params: {
      ...common,
      actorKinds: [...(args.actorKinds ?? ALL_ACTOR_KINDS)],
      maxActors: args.maxActors,
      clusterId: scope.kind === 'cluster' ? scope.clusterId : '',
      regionId: scope.kind === 'region' ? scope.regionId : '',
      ids: scope.kind === 'ids' ? [...scope.ids] : [],
    },
  });
  const actors = rows.slice(0, args.maxActors) as unknown as AnalysisActorRow[];
  const kinds = NETWORK_LINK_KINDS.filter((k) => args.linkKinds.includes(k));
  if (actors.length === 0 || kinds.length === 0) return { actors, links: [], truncated: rows.length > args.maxActors };
  const linkRows = await graph.read({
    name: 'analysis_links',
    text: LINKS_TEXT,
    params: { ...common, linkKinds: kinds, ids: actors.map((a) => a.id), maxLinkRows: MAX_ANALYSIS_LINK_ROWS },
  });
  const links = linkRows.slice(0, MAX_ANALYSIS_LINK_ROWS).map((r) => ({ source: String(r['source']), target: String(r['target']), kind: r['kind'] as NetworkLinkKindValue, count: Number(r['count']) }));
  return { actors, links, truncated: rows.length > args.maxActors || linkRows.length > MAX_ANALYSIS_LINK_ROWS };
}
