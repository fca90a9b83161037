import type { GraphClient } from '../../graphClient';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { asOfParams, cited, validAt } from './traversalCypher';
import { inlineActorProjection, inlineClusterProjection, regionMap, stageProjection, technologyProjection } from '../projections';
import { ACTOR_KIND_BY_LABEL, evidenceParams, type EvidenceLevel } from '../../../model';
import type { ActorKindValue, ActorRecord, ClusterRecord, RegionRecord, TechnologyRecord, ValueChainStageRecord } from '../records';


/** Points each reason adds to a candidate's score (documented in schema/traversal.graphql and docs/traversals.md). */
export const RECOMMENDATION_WEIGHTS = {
  commonPartner: 3,
  sharedTechnology: 2,
  sharedCluster: 2,
  sameRegion: 1,
  complementaryStage: 2,
} as const;

/** How many common partners a recommendation lists by name (the count covers all). */
export const MAX_LISTED_COMMON_PARTNERS = 10;
export const MAX_RECOMMENDATIONS = 50;

export interface ComplementaryStageRecord {
  actorStage: ValueChainStageRecord;
  candidateStage: ValueChainStageRecord;
  /** True when the candidate's stage feeds the actor's. */
  upstream: boolean;
}

export interface PartnerRecommendationRecord {
  actor: ActorRecord;
  score: number;
  commonPartnerCount: number;
  commonPartners: ActorRecord[];
  sharedTechnologies: TechnologyRecord[];
  sharedClusters: ClusterRecord[];
  sameRegion: RegionRecord | null;
  complementaryStages: ComplementaryStageRecord[];
}

// Candidates are gathered per reason (fixed UNION branches), then grouped per candidate; partners are actors
// linked by COLLABORATES_WITH or SUPPLIES either way, and a candidate may not be one of them. Every relationship
// read is switched by `$timed` (valid on `$asOf`; memberships, collaborations and supply relations carry dates)
// and `$citedOnly` (no sample relationship, partner or candidate). The id is checked in the same statement.
const usable = (r: string): string => `${validAt(r)} AND ${cited(r)}`;
const TEXT = `${REFERENCES_CALL}
OPTIONAL CALL () {
MATCH (me:Actor {id: $id})
CALL (me) {
  CALL (me) {
    OPTIONAL MATCH (me)-[pr:COLLABORATES_WITH|SUPPLIES]-(p:Actor)
    WHERE ${usable('pr')} AND ${cited('p')}
    RETURN collect(DISTINCT p) AS partners
  }
  CALL (me, partners) {
    UNWIND partners AS p
    MATCH (p)-[cr:COLLABORATES_WITH|SUPPLIES]-(c:Actor)
    WHERE ${usable('cr')}
    RETURN c, 'PARTNER' AS reason, p.id AS ref, null AS ref2
    UNION
    MATCH (me)-[s1:SPECIALIZES_IN]->(t:Technology)<-[s2:SPECIALIZES_IN]-(c:Actor)
    WHERE ${cited('s1')} AND ${cited('s2')}
    RETURN c, 'TECHNOLOGY' AS reason, t.id AS ref, null AS ref2
    UNION
    MATCH (me)-[m1:MEMBER_OF]->(cl:Cluster)<-[m2:MEMBER_OF]-(c:Actor)
    WHERE ${usable('m1')} AND ${usable('m2')}
    RETURN c, 'CLUSTER' AS reason, cl.id AS ref, null AS ref2
    UNION
    MATCH (me)-[l1:LOCATED_IN]->(g:Region)<-[l2:LOCATED_IN]-(c:Actor)
    WHERE ${cited('l1')} AND ${cited('l2')}
    RETURN c, 'REGION' AS reason, g.id AS ref, null AS ref2
    UNION
    MATCH (me)-[a1:ACTIVE_IN]->(mine:ValueChainStage)<-[:FEEDS]-(theirs:ValueChainStage)<-[a2:ACTIVE_IN]-(c:Actor)
    WHERE ${cited('a1')} AND ${cited('a2')}
    RETURN c, 'UPSTREAM_STAGE' AS reason, mine.id AS ref, theirs.id AS ref2
    UNION
    MATCH (me)-[a1:ACTIVE_IN]->(mine:ValueChainStage)-[:FEEDS]->(theirs:ValueChainStage)<-[a2:ACTIVE_IN]-(c:Actor)
    WHERE ${cited('a1')} AND ${cited('a2')}
    RETURN c, 'DOWNSTREAM_STAGE' AS reason, mine.id AS ref, theirs.id AS ref2
  }
  WITH me, partners, c, reason, ref, ref2
  WHERE c <> me AND NOT c IN partners AND c.kind IN $kinds AND ${cited('c')}
  WITH c, collect({ reason: reason, ref: ref, ref2: ref2 }) AS why
  WITH c, [w IN why WHERE w.reason = 'PARTNER' | w.ref] AS partnerIds,
    [w IN why WHERE w.reason = 'TECHNOLOGY' | w.ref] AS technologyIds,
    [w IN why WHERE w.reason = 'CLUSTER' | w.ref] AS clusterIds,
    [w IN why WHERE w.reason = 'REGION' | w.ref] AS regionIds,
    [w IN why WHERE w.reason ENDS WITH '_STAGE' | w] AS stagePairs
  WITH c, partnerIds, technologyIds, clusterIds, regionIds, stagePairs,
    $weights.commonPartner * size(partnerIds) + $weights.sharedTechnology * size(technologyIds)
      + $weights.sharedCluster * size(clusterIds) + $weights.sameRegion * sign(size(regionIds))
      + $weights.complementaryStage * size(stagePairs) AS score
  ORDER BY score DESC, c.name, c.id
  LIMIT toInteger($first)
  CALL (partnerIds) {
    UNWIND partnerIds AS pid
    MATCH (p:Actor {id: pid})
    WITH p ORDER BY p.name, p.id LIMIT toInteger($listedPartners)
    RETURN collect(${inlineActorProjection('p')}) AS commonPartners
  }
  CALL (technologyIds) {
    UNWIND technologyIds AS tid
    MATCH (t:Technology {id: tid})
    WITH t ORDER BY t.name, t.id
    RETURN collect(${technologyProjection('t')}) AS sharedTechnologies
  }
  CALL (clusterIds) {
    UNWIND clusterIds AS cid
    MATCH (k:Cluster {id: cid})
    WITH k ORDER BY k.name, k.id
    RETURN collect(${inlineClusterProjection('k')}) AS sharedClusters
  }
  CALL (regionIds) {
    UNWIND regionIds AS rid
    MATCH (g:Region {id: rid})
    WITH g ORDER BY g.id LIMIT 1
    RETURN collect(${regionMap('g')}) AS regions
  }
  CALL (stagePairs) {
    UNWIND stagePairs AS pair
    MATCH (mine:ValueChainStage {id: pair.ref}), (theirs:ValueChainStage {id: pair.ref2})
    WITH pair, mine, theirs ORDER BY mine.valueChainId, mine.order, theirs.order
    RETURN collect({ actorStage: ${stageProjection('mine')}, candidateStage: ${stageProjection('theirs')},
      upstream: pair.reason = 'UPSTREAM_STAGE' }) AS complementaryStages
  }
  WITH c, score, partnerIds, commonPartners, sharedTechnologies, sharedClusters, regions, complementaryStages
  ORDER BY score DESC, c.name, c.id
  RETURN collect({ actor: ${inlineActorProjection('c')}, score: score, commonPartnerCount: size(partnerIds), commonPartners: commonPartners,
    sharedTechnologies: sharedTechnologies, sharedClusters: sharedClusters, sameRegion: head(regions),
    complementaryStages: complementaryStages }) AS recommendations
}
RETURN recommendations
}
RETURN references, recommendations`;

const PARTNER_RECOMMENDATIONS = statementSet('traversal_partner_recommendations', [{ variant: '', text: TEXT }], {
  id: '',
  kinds: Object.values(ACTOR_KIND_BY_LABEL),
  first: 1,
  weights: RECOMMENDATION_WEIGHTS,
  listedPartners: MAX_LISTED_COMMON_PARTNERS,
  ...asOfParams(null),
  ...evidenceParams('ALL'),
  ...SAMPLE_REFERENCES,
});

/** Every text this module runs (for plan warming and the snapshot test). */
export const PARTNER_RECOMMENDATIONS_STATEMENTS = [PARTNER_RECOMMENDATIONS];

/**
 * Ranked partner candidates for an actor, in one round trip: actors not linked to it by COLLABORATES_WITH or
 * SUPPLIES that share partners, technologies, clusters or the region with it, or are active in a stage directly
 * before or after one of its stages. An unknown id is NOT_FOUND (`argument`, default `for`), an id of another
 * kind BAD_USER_INPUT.
 */
export async function findPartnerRecommendations(
  graph: GraphClient,
  args: { id: string; kinds: readonly ActorKindValue[] | null; first: number; asOf?: string | null; evidence?: EvidenceLevel | null; argument?: string },
): Promise<PartnerRecommendationRecord[] | null> {
  const references: Reference[] = [{ argument: args.argument ?? 'for', id: args.id, label: 'Actor' }];
  const [row] = await graph.read(PARTNER_RECOMMENDATIONS.statement('', {
    id: args.id, kinds: args.kinds ?? Object.values(ACTOR_KIND_BY_LABEL), first: args.first, weights: RECOMMENDATION_WEIGHTS, listedPartners: MAX_LISTED_COMMON_PARTNERS,
    ...asOfParams(args.asOf ?? null), ...evidenceParams(args.evidence), ...referenceParams(references),
  }));
  checkReferences(references, row?.['references']);
  const recommendations = row?.['recommendations'];
  return recommendations === null || recommendations === undefined ? null : (recommendations as unknown as PartnerRecommendationRecord[]);
}
