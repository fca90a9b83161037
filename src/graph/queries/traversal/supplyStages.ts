/**
 * Supply relations name their value-chain stage by id. The statements return each relation with its `stageId`
 * and, once, the records of the distinct stages named (a few dozen at most): looking a stage up per relation cost
 * an index seek and a record per relation, the same few stages over and over.
 */
import { stageProjection } from '../projections';
import type { ValueChainStageRecord } from '../records';
import type { SupplyEdgeRecord } from './traversalRecords';

/** A supply relation as the statements return it: the stage as its id. */
export type SupplyEdgeRow = Omit<SupplyEdgeRecord, 'stage'> & { stageId: string | null };

/** The map literal of relation `r` from supplier `a` to customer `b`, as SupplyEdgeRow. */
export function supplyEdgeRow(a: string, b: string, r: string): string {
  return `{ supplierId: ${a}.id, customerId: ${b}.id, product: ${r}.product, stageId: ${r}.stage, since: ${r}.since, until: ${r}.until,
    sources: coalesce(${r}.sources, []), illustrative: coalesce(${r}.illustrative, false) }`;
}

/**
 * A `CALL` that returns `stages`: the records of the distinct stages named by the `stageId`s of the imported
 * list `rows` (a list of SupplyEdgeRow maps); `stageOf` reads the id from a `row` of another shape.
 */
export function stagesOfRows(rows: string, stageOf = 'row.stageId'): string {
  return `CALL (${rows}) {
    UNWIND ${rows} AS row
    WITH DISTINCT ${stageOf} AS stageId
    MATCH (st:ValueChainStage {id: stageId})
    RETURN collect(${stageProjection('st')}) AS stages
  }`;
}

/**
 * A supply relation as a list of the values most selections ask for, [supplierId, customerId, stageId, product]
 * (LEAN_EDGE_ROW): a thousand eight-key maps were most of the supply chain's decoding in our server.
 */
export type LeanSupplyEdgeRow = [string, string, string | null, string | null];

/** The LeanSupplyEdgeRow list literal of relation `r` from supplier `a` to customer `b`. */
export function leanSupplyEdgeRow(a: string, b: string, r: string): string {
  return `[${a}.id, ${b}.id, ${r}.stage, ${r}.product]`;
}

/**
 * Lean rows as SupplyEdgeRecords with their stage records, one object per relation, whose dates, sources and
 * sample flag are not known (null, none, false): only for answers whose selection asks for none of them.
 */
export function withStagesLean(rows: readonly LeanSupplyEdgeRow[], stages: readonly ValueChainStageRecord[]): SupplyEdgeRecord[] {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return rows.map(([supplierId, customerId, stageId, product]) => ({
    supplierId,
    customerId,
    product,
    stage: stageId === null ? null : (byId.get(stageId) ?? null),
    since: null,
    until: null,
    sources: [],
    illustrative: false,
  }));
}

/** The rows with their stage records put back in place of the ids (null when the id names no stage). */
export function withStages(rows: readonly SupplyEdgeRow[], stages: readonly ValueChainStageRecord[]): SupplyEdgeRecord[] {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return rows.map(({ stageId, ...row }) => ({ ...row, stage: stageId === null ? null : (byId.get(stageId) ?? null) }));
}
