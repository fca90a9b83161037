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
 * The links of one kind between institute `i` and company `c`, from the registry's fragments. `pairOnly`: `c` is
 * bound (one of the strongest pairs) and the branch returns the pair's link maps; else it finds every company `c`
 * the institute is linked to by the kind, in scope or not (scope is checked once per company, after), and
 * returns `c` with the kind's rank. For a cluster scope the scope cluster is not a shared cluster: every pair in
 * scope shares it.
 */
function pairBranch(kind: NetworkLinkKindValue, rank: number, pairOnly: boolean): string {
  const fragments = KIND_CYPHER[kind];
  const spec = LINK_KIND_TABLE[rank];
  const notScope = spec?.through === 'Cluster' && fragments.shared ? ` AND ${fragments.shared}.id <> $clusterId` : '';
  const citedLink = fragments.relationships.map((r) => cited(r)).join(' AND ');
  const returned = pairOnly ? `${linkMap({ via: "''", ...fragments.link('i', 'c'), kind: `'${kind}'`, rank: String(rank) })} AS link` : `c, ${rank} AS rank`;
  return `MATCH ${fragments.pattern('i', 'c', false)}
      WHERE c:Company${notScope} AND ${fragments.validOn} AND ${citedLink}
      ${fragments.dedupe ? fragments.dedupe('i', 'c') : ''}
      RETURN ${returned}`;
}

// Kinds that add nothing to a pair's score (SUPPLY: an institute supplies no company) are not matched at all.
const SCORED_KINDS = NETWORK_LINK_KINDS.map((kind, rank) => ({ kind, rank })).filter(({ kind }) => SCIENCE_INDUSTRY_WEIGHTS[kind] > 0);
const branches = (pairOnly: boolean): string => SCORED_KINDS.map(({ kind, rank }) => pairBranch(kind, rank, pairOnly)).join('\n      UNION ALL\n      ');

// The scope is a cluster's members or the actors of a region and its sub-regions; the branch of the other
// kind of scope matches nothing because its id parameter is '' (never null, so one cached plan serves both).
// With `$timed` a cluster's scope is its members on `$asOf`; with `$citedOnly` no sample membership, location or
// actor is in it. Read three times (a few milliseconds each) so that no sort buffers rows that carry the scope's
// list: Neo4j charges every buffered row with the lists in scope (see levelText in explorePartnerNetwork.ts).
const SCOPE = `CALL () {
      MATCH (:Cluster {id: $clusterId})<-[mf:MEMBER_OF]-(a:Actor) WHERE ${validAt('mf')} AND ${cited('mf')} RETURN a
      UNION
      MATCH (:Region {id: $regionId})<-[:PART_OF*0..${HIERARCHY_DEPTH}]-(:Region)<-[li:LOCATED_IN]-(a:Actor) WHERE ${cited('li')} RETURN a
    }
    WITH a WHERE ${cited('a')}`;

/**
 * Keeps the rows of `found` (a UNION ALL branch returning `actor` and a non-null `value`) whose actor is in
 * scope, as `actor` with the list of its `values`. Membership is tested by grouping on the node (a hash
 * table): `scopeRows` brings the scope's actors in as rows with a null value, and a group with one is in scope.
 * `x IN scope` scans the list on every test, and Neo4j planned `c.id IN scopeIds` as an index seek per
 * institute: at the largest cluster of the 100k graph (5,500 members) 10.9M db hits and 5–6 s.
 */
function inScope(found: string, scopeRows: string): string {
  return `CALL () {
      ${found}
      UNION ALL
      ${scopeRows}
      RETURN actor, null AS value
    }
    WITH actor, collect(value) AS values, count(*) > count(value) AS kept
    WHERE kept`;
}

// Only links valid on `$asOf` (with `$timed`) and no sample link (with `$citedOnly`) count.
//
// Cost (issue 16): no link map is built before the strongest pairs are known. Every link of an institute in scope
// is found as a (company, kind) row; the rows of companies in scope (inScope) are grouped by pair, which gives
// the scores; one sort of the pairs (small rows: no list in scope) gives the page and, in the same aggregation,
// the counts by kind; only the page's links are read as maps.
const TEXT = `CALL () {
    ${inScope(
      `${SCOPE}
      WITH a AS i WHERE i:ResearchInstitute
      CALL (i) {
        ${branches(false)}
      }
      RETURN c AS actor, [i, rank] AS value`,
      `${SCOPE}
      WITH a AS actor WHERE actor:Company`,
    )}
    UNWIND values AS link
    WITH link[0] AS i, actor AS c, collect(link[1]) AS ranks
    WITH i, c, ranks, reduce(s = 0, r IN ranks | s + $weights[$linkKinds[r]]) AS score
    ORDER BY score DESC, i.name, c.name, i.id, c.id
    WITH collect([i, c, score]) AS ranked,
      [${NETWORK_LINK_KINDS.map((_kind, rank) => `sum(size([r IN ranks WHERE r = ${rank}]))`).join(', ')}] AS linkCounts
    // A slice is a view of the whole list: copied, so that the page's rows below are not charged with every pair.
    CALL (ranked) {
      UNWIND ranked[0..toInteger($first)] AS pair
      RETURN collect(pair) AS page
    }
    RETURN page, linkCounts
  }
  CALL (page) {
    UNWIND page AS pair
    WITH pair[0] AS i, pair[1] AS c, pair[2] AS score
    CALL (i, c) {
      CALL (i, c) {
        ${branches(true)}
      }
      WITH link ORDER BY link.rank, link.via
      RETURN collect(link) AS links
    }
    WITH i, c, score, links ORDER BY score DESC, i.name, c.name, i.id, c.id
    RETURN collect({ institute: ${inlineActorProjection('i')}, company: ${inlineActorProjection('c')}, score: score, links: links }) AS strongestPairs
  }
  CALL () {
    ${SCOPE}
    RETURN count(CASE WHEN a:ResearchInstitute THEN 1 END) AS instituteCount, count(CASE WHEN a:Company THEN 1 END) AS companyCount
  }
  CALL () {
    ${inScope(
      `${SCOPE}
      MATCH (a)-[r:COLLABORATES_WITH]->(y:Actor)
      WHERE ${validAt('r')} AND ${cited('r')}
      RETURN y AS actor, [r.model, a.kind] AS value`,
      `${SCOPE}
      WITH a AS actor`,
    )}
    UNWIND values AS tally
    WITH tally[0] AS model, tally[1] AS xKind, actor.kind AS yKind, count(*) AS n
    RETURN collect({ model: model, kinds: [xKind, yKind], count: n }) AS collaborations
  }
  ${REFERENCES_CALL}
  RETURN instituteCount, companyCount, collaborations, linkCounts, strongestPairs, references`;

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
