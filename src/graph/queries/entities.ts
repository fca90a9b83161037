import type { GraphClient } from '../graphClient';
import type { FundingProgramRecord, ProjectRecord, TechnologyRecord, ValueChainRecord, ValueChainStageRecord } from './records';
import { valueChainProjection } from './projections';
import { PROJECTIONS } from './related';

/** By-id lookups of the smaller entity kinds; one round trip per call, unknown ids absent. */
const LOOKUPS = {
  Technology: PROJECTIONS.technology,
  ValueChainStage: PROJECTIONS.stage,
  Project: PROJECTIONS.project,
  FundingProgram: PROJECTIONS.fundingProgram,
  ValueChain: valueChainProjection('n'),
} as const;

interface LookupRecords {
  Technology: TechnologyRecord;
  ValueChainStage: ValueChainStageRecord;
  Project: ProjectRecord;
  FundingProgram: FundingProgramRecord;
  ValueChain: ValueChainRecord;
}

export type LookupLabel = keyof typeof LOOKUPS;

export async function findEntitiesByIds<L extends LookupLabel>(graph: GraphClient, label: L, ids: readonly string[]): Promise<Map<string, LookupRecords[L]>> {
  const rows = await graph.read({
    name: `${label.toLowerCase()}_by_ids`,
    // The label comes from the fixed LOOKUPS keys, never from input.
    text: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${LOOKUPS[label]} AS entity`,
    params: { ids },
  });
  return new Map(rows.map((row) => {
    const entity = row['entity'] as unknown as LookupRecords[L];
    return [entity.id, entity];
  }));
}

/** All value chains, by name (a short list). */
export async function findValueChains(graph: GraphClient): Promise<ValueChainRecord[]> {
  const rows = await graph.read({ name: 'value_chains', text: `MATCH (n:ValueChain) RETURN ${valueChainProjection('n')} AS chain ORDER BY n.name LIMIT 200` });
  return rows.map((row) => row['chain'] as unknown as ValueChainRecord);
}

/** The technologies without a broader one, by name. */
export async function findTopTechnologies(graph: GraphClient): Promise<TechnologyRecord[]> {
  const rows = await graph.read({
    name: 'top_technologies',
    text: `MATCH (n:Technology) WHERE NOT (n)-[:BROADER]->(:Technology) RETURN ${PROJECTIONS.technology} AS t ORDER BY n.name LIMIT 500`,
  });
  return rows.map((row) => row['t'] as unknown as TechnologyRecord);
}
