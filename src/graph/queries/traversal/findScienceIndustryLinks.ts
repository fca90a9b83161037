import type { GraphClient } from '../../graphClient';
import { LINK_KIND_TABLE } from '../../../model/linkKinds';
import { HIERARCHY_DEPTH } from '../optionalPredicate';
import { inlineActorProjection } from '../projections';
import type { ActorKindValue, ActorRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { KIND_CYPHER } from './linkKindCypher';
import { asOfParams, cited, linkMap, validAt } from './traversalCypher';
import { NETWORK_LINK_KINDS, type NetworkLinkKindValue, type NetworkLinkRecord } from './traversalRecords';

/** Points each link kind adds to an institute–company pair's score: the registry's (documented in schema/traversal.graphql). */
export const SCIENCE_INDUSTRY_WEIGHTS: Readonly<Record<NetworkLinkKindValue, number>> = Object.fromEntries(
  LINK_KIND_TABLE.map((spec) => [spec.kind, spec.scienceIndustryWeight]),
) as Record<NetworkLinkKindValue, number>;

export interface ScienceIndustryScope {
  /** Exactly one of clusterId and regionId is set. */
  clusterId: string | null;
  regionId: string | null;
  /** Leave out sample data (illustrative actors and relationships). */
  citedOnly: boolean;
  /** An ISO date: only memberships and links valid on it; null for any time. */
  asOf?: string | null;
}

export interface ScienceIndustryPairRecord {
  institute: ActorRecord;
  company: ActorRecord;
  score: number;
  links: NetworkLinkRecord[];
}

export interface CollaborationTally {
  /** The stored interaction model, when the importer wrote one. */
  model: string | null;
  /** The kinds of the two ends, to derive a missing model. */
  kinds: [ActorKindValue, ActorKindValue];
  count: number;
}

export interface ScienceIndustryRecord {
  instituteCount: number;
  companyCount: number;
  collaborations: CollaborationTally[];
  linkCounts: Record<NetworkLinkKindValue, number>;
  /** Best first; at most `first`. */
  strongestPairs: ScienceIndustryPairRecord[];
}

/**
 * The links of one kind between institute `i` and company `c` in scope, from the registry's fragments. For a
 * cluster scope the scope cluster is not a shared cluster: every pair in scope shares it.
 */
function pairBranch(kind: NetworkLinkKindValue, rank: number): string {
  const fragments = KIND_CYPHER[kind];
  const spec = LINK_KIND_TABLE[rank];
  const notScope = spec?.through === 'Cluster' && fragments.shared ? ` AND ${fragments.shared}.id <> $clusterId` : '';
  const citedLink = fragments.relationships.map((r) => cited(r)).join(' AND ');
  return `MATCH ${fragments.pattern('i', 'c', false)}
      WHERE c:Company AND c.id IN scopeIds${notScope} AND ${fragments.validOn} AND ${citedLink}
      ${fragments.dedupe ? fragments.dedupe('i', 'c') : ''}
      RETURN c, ${linkMap({ via: "''", ...fragments.link('i', 'c'), kind: `'${kind}'`, rank: String(rank) })} AS link`;
}

// Kinds that add nothing to a pair's score (SUPPLY: an institute supplies no company) are not matched at all.
const PAIR_BRANCHES = NETWORK_LINK_KINDS.map((kind, rank) => ({ kind, rank }))
  .filter(({ kind }) => SCIENCE_INDUSTRY_WEIGHTS[kind] > 0)
  .map(({ kind, rank }) => pairBranch(kind, rank))
  .join('\n      UNION ALL\n      ');

// The scope is a cluster's members or the actors of a region and its sub-regions; the branch of the other
// kind of scope matches nothing because its id parameter is '' (never null, so one cached plan serves both).
// With `$timed` a cluster's scope is its members on `$asOf` and only links valid that day count; with
// `$citedOnly` no sample membership, location, actor or link is used.
const TEXT = `CALL () {
    MATCH (:Cluster {id: $clusterId})<-[mf:MEMBER_OF]-(a:Actor) WHERE ${validAt('mf')} AND ${cited('mf')} RETURN a
    UNION
    MATCH (:Region {id: $regionId})<-[:PART_OF*0..${HIERARCHY_DEPTH}]-(:Region)<-[li:LOCATED_IN]-(a:Actor) WHERE ${cited('li')} RETURN a
  }
  WITH a WHERE ${cited('a')}
  WITH collect(a) AS scope
  WITH scope, [a IN scope | a.id] AS scopeIds
  CALL (scopeIds) {
    UNWIND scopeIds AS id
    MATCH (x:Actor {id: id})-[r:COLLABORATES_WITH]->(y:Actor)
    WHERE y.id IN scopeIds AND ${validAt('r')} AND ${cited('r')}
    WITH r.model AS model, x.kind AS xKind, y.kind AS yKind, count(*) AS n
    RETURN collect({ model: model, kinds: [xKind, yKind], count: n }) AS collaborations
  }
  CALL (scope, scopeIds) {
    UNWIND scope AS i
    WITH i, scopeIds WHERE i:ResearchInstitute
    CALL (i, scopeIds) {
      ${PAIR_BRANCHES}
    }
    WITH i, c, link ORDER BY link.rank, link.via
    WITH i, c, collect(link) AS links
    WITH i, c, links, reduce(s = 0, l IN links | s + $weights[l.kind]) AS score
    ORDER BY score DESC, i.name, c.name, i.id, c.id
    RETURN collect({ i: i, c: c, links: links, score: score }) AS pairs
  }
  CALL (pairs) {
    UNWIND pairs[0..toInteger($first)] AS pair
    WITH pair, pair.i AS i, pair.c AS c
    RETURN collect({ institute: ${inlineActorProjection('i')}, company: ${inlineActorProjection('c')}, score: pair.score, links: pair.links }) AS strongestPairs
  }
  ${REFERENCES_CALL}
  RETURN size([a IN scope WHERE a:ResearchInstitute]) AS instituteCount,
    size([a IN scope WHERE a:Company]) AS companyCount,
    collaborations,
    [k IN $linkKinds | reduce(n = 0, pair IN pairs | n + size([l IN pair.links WHERE l.kind = k]))] AS linkCounts,
    strongestPairs, references`;

const SCIENCE_INDUSTRY = statementSet('traversal_science_industry', [{ variant: '', text: TEXT }], {
  clusterId: '',
  regionId: '',
  citedOnly: false,
  ...asOfParams(null),
  first: 1,
  weights: SCIENCE_INDUSTRY_WEIGHTS,
  linkKinds: NETWORK_LINK_KINDS,
  ...SAMPLE_REFERENCES,
});

/** Every text this module runs (for plan warming and the snapshot test). */
export const SCIENCE_INDUSTRY_STATEMENTS = [SCIENCE_INDUSTRY];

/**
 * Links between the research institutes and the companies in a scope, with collaboration counts by model and
 * the strongest pairs, in one round trip.
 */
export async function findScienceIndustryLinks(graph: GraphClient, scope: ScienceIndustryScope, first: number): Promise<ScienceIndustryRecord> {
  const references: Reference[] = scope.clusterId !== null ? [{ argument: 'cluster', id: scope.clusterId, label: 'Cluster' }] : scope.regionId !== null ? [{ argument: 'region', id: scope.regionId, label: 'Region' }] : [];
  const [row] = await graph.read(
    SCIENCE_INDUSTRY.statement('', {
      clusterId: scope.clusterId ?? '',
      regionId: scope.regionId ?? '',
      citedOnly: scope.citedOnly,
      ...asOfParams(scope.asOf ?? null),
      first,
      weights: SCIENCE_INDUSTRY_WEIGHTS,
      linkKinds: NETWORK_LINK_KINDS,
      ...referenceParams(references),
    }),
  );
  checkReferences(references, row?.['references']);
  if (!row) throw new Error('the science–industry query returned no row');
  const counts = row['linkCounts'] as number[];
  const pairs = row['strongestPairs'] as unknown as Array<Omit<ScienceIndustryPairRecord, 'links'> & { links: Array<NetworkLinkRecord & { rank: number; via: string }> }>;
  return {
    instituteCount: row['instituteCount'] as number,
    companyCount: row['companyCount'] as number,
    collaborations: row['collaborations'] as unknown as CollaborationTally[],
    linkCounts: Object.fromEntries(NETWORK_LINK_KINDS.map((kind, i) => [kind, counts[i] ?? 0])) as Record<NetworkLinkKindValue, number>,
    strongestPairs: pairs.map((pair) => ({ ...pair, links: pair.links.map(({ rank: _rank, via: _via, ...link }) => link) })),
  };
}
