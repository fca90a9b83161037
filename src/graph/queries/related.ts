import type { GraphClient } from '../graphClient';
import { linkParams, linkUsable, type LinkConditions } from './linkConditions';
import {
  actorProjection,
  fundingProgramProjection,
  inlineClusterProjection,
  linkProjection,
  projectProjection,
  regionProjectionWithParent,
  stageProjection,
  technologyProjection,
} from './projections';
import type { ActorRecord, ClusterRecord, FundingProgramRecord, ProjectRecord, Related, RegionRecord, TechnologyRecord, ValueChainStageRecord } from './records';

/**
 * The fixed catalogue of one-hop relations that list fields follow. Each entry is a complete, constant
 * pattern (labels and types from the allow-list, never from input); `o` is the owner, `r` the relationship,
 * `n` the related entity. `undirected` relations match either direction.
 */
const RELATIONS = {
  actorTechnologies: { pattern: '(o:Actor {id: oid})-[r:SPECIALIZES_IN]->(n:Technology)', target: 'technology' },
  clusterTechnologies: { pattern: '(o:Cluster {id: oid})-[r:SPECIALIZES_IN]->(n:Technology)', target: 'technology' },
  technologyNarrower: { pattern: '(o:Technology {id: oid})<-[r:BROADER]-(n:Technology)', target: 'technology' },
  actorStages: { pattern: '(o:Actor {id: oid})-[r:ACTIVE_IN]->(n:ValueChainStage)', target: 'stage' },
  valueChainStages: { pattern: '(o:ValueChain {id: oid})<-[r:STAGE_OF]-(n:ValueChainStage)', target: 'stage' },
  actorProjects: { pattern: '(o:Actor {id: oid})-[r:PARTICIPATES_IN]->(n:Project)', target: 'project' },
  actorMemberships: { pattern: '(o:Actor {id: oid})-[r:MEMBER_OF]->(n:Cluster)', target: 'cluster' },
  clusterCooperations: { pattern: '(o:Cluster {id: oid})-[r:COOPERATES_WITH]-(n:Cluster)', target: 'cluster' },
  clusterFunding: { pattern: '(o:Cluster {id: oid})-[r:FUNDED_BY]->(n:FundingProgram)', target: 'fundingProgram' },
  projectFunding: { pattern: '(o:Project {id: oid})-[r:FUNDED_BY]->(n:FundingProgram)', target: 'fundingProgram' },
  spunOffFrom: { pattern: '(o:Actor {id: oid})-[r:SPUN_OFF_FROM]->(n:Actor)', target: 'actor' },
  spinOffs: { pattern: '(o:Actor {id: oid})<-[r:SPUN_OFF_FROM]-(n:Actor)', target: 'actor' },
  suppliers: { pattern: '(o:Company {id: oid})<-[r:SUPPLIES]-(n:Company)', target: 'actor' },
  customers: { pattern: '(o:Company {id: oid})-[r:SUPPLIES]->(n:Company)', target: 'actor' },
  parentCompany: { pattern: '(o:Company {id: oid})-[r:SUBSIDIARY_OF]->(n:Company)', target: 'actor' },
  subsidiaries: { pattern: '(o:Company {id: oid})<-[r:SUBSIDIARY_OF]-(n:Company)', target: 'actor' },
  regionChildren: { pattern: '(o:Region {id: oid})<-[r:PART_OF]-(n:Region)', target: 'region' },
  projectParticipants: { pattern: '(o:Project {id: oid})<-[r:PARTICIPATES_IN]-(n:Actor)', target: 'actor' },
  fundingProjects: { pattern: '(o:FundingProgram {id: oid})<-[r:FUNDED_BY]-(n:Project)', target: 'project' },
} as const;

export type RelationName = keyof typeof RELATIONS;

interface TargetRecords {
  technology: TechnologyRecord;
  stage: ValueChainStageRecord;
  project: ProjectRecord;
  cluster: ClusterRecord;
  fundingProgram: FundingProgramRecord;
  actor: ActorRecord;
  region: RegionRecord;
}

export type RelatedRecord<N extends RelationName> = TargetRecords[(typeof RELATIONS)[N]['target']];

/** The most related entities returned per owner: list fields are short by nature, this bounds the odd hub. */
export const MAX_RELATED_PER_OWNER = 500;

export const PROJECTIONS: Record<keyof TargetRecords, string> = {
  technology: technologyProjection('n'),
  stage: stageProjection('n'),
  project: projectProjection('n'),
  cluster: inlineClusterProjection('n'),
  fundingProgram: fundingProgramProjection('n'),
  actor: actorProjection('n', 'g'),
  // The owner `o` of regionChildren is the parent.
  region: regionProjectionWithParent('n', 'o.id'),
};

/**
 * For each owner id, the entities related through `relation`, with the relationship's properties, in one
 * round trip. `conditions.asOf` (an ISO date) keeps only relationships valid that day; `conditions.citedOnly`
 * leaves out sample links and sample entities. Ordered by stage order, then name.
 */
export async function findRelated<N extends RelationName>(
  graph: GraphClient,
  relation: N,
  ownerIds: readonly string[],
  conditions: LinkConditions,
): Promise<Map<string, Array<Related<RelatedRecord<N>>>>> {
  const spec = RELATIONS[relation];
  // Actors carry their region id; the region is looked up here so the projection can use it.
  const regionOfActor = spec.target === 'actor' ? 'OPTIONAL MATCH (n)-[:LOCATED_IN]->(g:Region) WITH oid, o, r, n, head(collect(g)) AS g' : '';
  const carried = spec.target === 'actor' ? 'oid, o, r, n, g' : 'oid, o, r, n';
  const rows = await graph.read({
    name: `related_${relation}`,
    text: `UNWIND $ids AS oid
      MATCH ${spec.pattern}
      WHERE ${linkUsable('r', 'n')}
      ${regionOfActor}
      WITH ${carried} ORDER BY coalesce(n.order, 0), n.name, n.id
      WITH oid, collect({ node: ${PROJECTIONS[spec.target]},
        rel: { role: r.role, topic: r.topic, weight: r.weight, model: r.model, product: r.product, stage: r.stage, year: r.year, ${linkProjection('r')} } })[0..${MAX_RELATED_PER_OWNER}] AS related
      RETURN oid, related`,
    params: { ids: ownerIds, ...linkParams(conditions) },
  });
  const result = new Map<string, Array<Related<RelatedRecord<N>>>>();
  for (const row of rows) {
    const ownerId = row['oid'] as string;
    const related = row['related'] as unknown as Array<Omit<Related<RelatedRecord<N>>, 'ownerId'>>;
    result.set(ownerId, related.map((item) => ({ ownerId, ...item })));
  }
  return result;
}
