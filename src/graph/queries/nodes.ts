import type { GraphClient } from '../graphClient';
import { NODE_LABELS, type NodeLabel } from '../../model';
import { inlineActorProjection, regionMap, valueChainProjection } from './projections';
import type { ActorRecord, ClusterRecord, FundingProgramRecord, ProjectRecord, RegionRecord, TechnologyRecord, ValueChainRecord, ValueChainStageRecord } from './records';
import { PROJECTIONS } from './related';

/** The record of each label, as the by-id loaders return it. */
export interface NodeRecordByLabel {
  Company: ActorRecord;
  ResearchInstitute: ActorRecord;
  Organization: ActorRecord;
  Cluster: ClusterRecord;
  Region: RegionRecord;
  Technology: TechnologyRecord;
  ValueChain: ValueChainRecord;
  ValueChainStage: ValueChainStageRecord;
  Project: ProjectRecord;
  FundingProgram: FundingProgramRecord;
}

// Every record kind carries its own label (records.ts): a kind whose `label` field cannot be its label fails to
// compile here, so the type resolvers can always read it.
type LabelCarried = { [L in NodeLabel]: L extends NodeRecordByLabel[L]['label'] ? L : never }[NodeLabel];
type Holds<T extends true> = T;
export type EveryRecordCarriesItsLabel = Holds<[NodeLabel] extends [LabelCarried] ? true : false>;

/** An entity of any kind: its label (one of NODE_LABELS) and the record of that label. */
export type NodeHitRecord = {
  [L in NodeLabel]: { id: string; label: L; record: NodeRecordByLabel[L] };
}[NodeLabel];

/**
 * The record of entity `n` by its `label` (both bound by the calling query), the same shape each kind's by-id
 * query returns; the labels are the fixed allow-list, never input.
 */
export const NODE_RECORD = `CASE label
        WHEN 'Company' THEN ${inlineActorProjection('n')}
        WHEN 'ResearchInstitute' THEN ${inlineActorProjection('n')}
        WHEN 'Organization' THEN ${inlineActorProjection('n')}
        WHEN 'Cluster' THEN ${PROJECTIONS.cluster}
        WHEN 'Region' THEN ${regionMap('n')}
        WHEN 'Technology' THEN ${PROJECTIONS.technology}
        WHEN 'ValueChain' THEN ${valueChainProjection('n')}
        WHEN 'ValueChainStage' THEN ${PROJECTIONS.stage}
        WHEN 'Project' THEN ${PROJECTIONS.project}
        WHEN 'FundingProgram' THEN ${PROJECTIONS.fundingProgram}
      END`;

/**
 * Entities of any kind by id, each with its label and record, in one round trip (one `Entity` index lookup per
 * id); unknown ids are absent.
 */
export async function findNodes(graph: GraphClient, ids: readonly string[]): Promise<Map<string, NodeHitRecord>> {
  const rows = await graph.read({
    name: 'nodes_by_ids',
    text: `UNWIND $ids AS id
      MATCH (n:Entity {id: id})
      WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
      WHERE label IS NOT NULL
      RETURN n.id AS id, label, ${NODE_RECORD} AS record`,
    params: { ids, labels: NODE_LABELS },
  });
  return new Map(rows.map((row) => [row['id'] as string, { id: row['id'], label: row['label'], record: row['record'] } as unknown as NodeHitRecord]));
}

/** Whether the database holds any entity at all (an empty database gets the seed graph). */
export async function hasAnyEntity(graph: GraphClient): Promise<boolean> {
  const [row] = await graph.read({ name: 'has_any_entity', text: 'MATCH (n:Entity) RETURN count(n) > 0 AS hasData LIMIT 1' });
  return row?.['hasData'] === true;
}
