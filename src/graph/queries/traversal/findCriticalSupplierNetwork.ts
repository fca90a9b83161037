import { evidenceParams, type EvidenceLevel } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { inlineActorProjection, stageProjection } from '../projections';
import type { ActorKindValue, ActorRecord, ValueChainStageRecord } from '../records';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import { MAX_SUPPLY_CHAIN_COMPANIES, MAX_SUPPLY_TIERS } from './findSupplyTiers';
import { asOfParams, cited, validAt } from './traversalCypher';

/** The most companies one row of the network holds (see the statement's end). */
const NETWORK_PART = 250;

// criticalSuppliers' own statement: the upstream companies as supplyChain finds them (the same shortest-path
// search, order and cap), numbered once (the company 0, then each company reached by tier, name and id), and the
// supply relations among them as positions grouped by stage. Shared with supplyChain until session 12, it carried
// each relation as [supplier id, customer id, stage id, product] sorted by four keys, and 1,000 actor summaries as
// maps, in one row: the analysis needs neither the product nor the order, and the answer names only the few
// critical suppliers. Each supplier's position is found by one hash aggregation keyed by its node over the
// companies and the relations into them (as the resilience statements do). The companies come as parallel lists
// in rows of NETWORK_PART: the driver decodes one big row far slower than the same values in several
// (bench/README.md, session 11). Whole records only when the selection asks for more than a summary (`$full`).
function networkText(tiers: number): string {
  const usable = (r: string): string => `${validAt(r)} AND ${cited(r)}`;
  const max = MAX_SUPPLY_CHAIN_COMPANIES;
  return `OPTIONAL MATCH (c:Company {id: $company})
    CALL (c) {
      MATCH p = ANY SHORTEST (c)(()<-[r:SUPPLIES WHERE ${usable('r')}]-(y WHERE ${cited('y')})){1,${tiers}}(s:Company)
      WHERE s <> c
      WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
      LIMIT toInteger($limit)
      RETURN collect(s) AS reached, collect(tier) AS tiers
    }
    WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] + reached[0..${max}] END AS nodes, tiers[0..${max}] AS tiers, size(reached) > ${max} AS truncated
    CALL (nodes) {
      CALL (nodes) {
        UNWIND range(0, size(nodes) - 1) AS i
        RETURN nodes[i] AS a, i AS at, null AS e
        UNION ALL
        UNWIND range(0, size(nodes) - 1) AS i
        WITH nodes[i] AS b, i
        MATCH (b)<-[r:SUPPLIES]-(a:Company)
        WHERE a <> b AND ${usable('r')}
        RETURN a, -1 AS at, [i, r.stage] AS e
      }
      WITH a, max(at) AS supplier, collect(e) AS out
      WHERE supplier >= 0
      UNWIND out AS e
      WITH e[1] AS stageId, collect(supplier) AS suppliers, collect(e[0]) AS customers
      OPTIONAL MATCH (st:ValueChainStage {id: stageId})
      RETURN collect([CASE WHEN st IS NULL THEN null ELSE ${stageProjection('st')} END, suppliers, customers]) AS relations
    }
    ${REFERENCES_CALL}
    WITH c, nodes, tiers, truncated, relations, references, 1 + (size(nodes) - 1) / ${NETWORK_PART} AS parts
    UNWIND range(0, parts - 1) AS part
    WITH part, c, tiers, truncated, relations, references, nodes[part * ${NETWORK_PART}..(part + 1) * ${NETWORK_PART}] AS slice
    RETURN part, CASE WHEN part = 0 AND c IS NOT NULL THEN ${inlineActorProjection('c')} END AS company,
      CASE WHEN part = 0 THEN tiers END AS tiers, truncated, CASE WHEN part = 0 THEN relations END AS relations,
      CASE WHEN part = 0 THEN references END AS references,
      [a IN slice | a.id] AS ids, [a IN slice | a.name] AS names, [a IN slice | a.kind] AS kinds,
      CASE WHEN $full THEN [a IN slice | ${inlineActorProjection('a')}] ELSE [] END AS records
    ORDER BY part`;
}

const variantOf = (tiers: number): string => `t${tiers}`;

const NETWORK = statementSet(
  'traversal_critical_supplier_network',
  Array.from({ length: MAX_SUPPLY_TIERS }, (_, i) => ({ variant: variantOf(i + 1), text: networkText(i + 1) })),
  { company: '', ...asOfParams(null), ...evidenceParams('ALL'), limit: 1, full: false, ...SAMPLE_REFERENCES },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const CRITICAL_SUPPLIER_NETWORK_STATEMENTS = [NETWORK];

/**
 * A company's upstream network, numbered: position 0 is the company, positions 1.. the companies reached by tier,
 * name and id (at most MAX_SUPPLY_CHAIN_COMPANIES), as parallel lists.
 */
export interface CriticalSupplierNetworkRecord {
  company: ActorRecord;
  ids: string[];
  names: string[];
  kinds: ActorKindValue[];
  /** Whole records by position, when asked for (`full`); otherwise empty. */
  records: ActorRecord[];
  /** The tier of each company reached: tiers[i - 1] is position i's. */
  tiers: number[];
  /**
   * The supply relations valid on `asOf` among the companies (no self-relations) as positions, and each one's
   * stage as a position into `stages` (-1: none, or no stage has the id).
   */
  supplier: Int32Array;
  customer: Int32Array;
  stage: Int32Array;
  stages: ValueChainStageRecord[];
  truncated: boolean;
}

export interface CriticalSupplierNetworkArgs {
  company: string;
  /** 1..MAX_SUPPLY_TIERS. */
  tiers: number;
  /** An ISO date, or null for any time. */
  asOf: string | null;
  /** CITED: no sample relation or sample company is followed (the start company is kept). Default ALL. */
  evidence?: EvidenceLevel | null;
  /** Whole records of the companies reached, not only their ids, names and kinds. */
  full: boolean;
}

/** One group of relations as the statement returns it: its stage (null when none), suppliers' and customers' positions. */
type RelationGroupRow = [stage: ValueChainStageRecord | null, suppliers: number[], customers: number[]];

/**
 * The upstream network of criticalSuppliers in one round trip: the same companies supplyChain's UPSTREAM search
 * reaches (findSupplyTiers), numbered, and the supply relations among them. An unknown id is NOT_FOUND, an id of
 * another kind BAD_USER_INPUT.
 */
export async function findCriticalSupplierNetwork(graph: GraphClient, args: CriticalSupplierNetworkArgs): Promise<CriticalSupplierNetworkRecord | null> {
  if (!Number.isInteger(args.tiers) || args.tiers < 1 || args.tiers > MAX_SUPPLY_TIERS) throw new RangeError(`tiers must be an integer 1..${MAX_SUPPLY_TIERS}, got ${args.tiers}`);
  const references: Reference[] = [{ argument: 'company', id: args.company, label: 'Company' }];
  const rows = await graph.read(
    NETWORK.statement(variantOf(args.tiers), {
      company: args.company,
      ...asOfParams(args.asOf),
      ...evidenceParams(args.evidence),
      limit: MAX_SUPPLY_CHAIN_COMPANIES + 1,
      full: args.full,
      ...referenceParams(references),
    }),
  );
  const [row] = rows;
  checkReferences(references, row?.['references']);
  if (!row || row['company'] === null) return null;
  const network = { ids: [] as string[], names: [] as string[], kinds: [] as ActorKindValue[], records: [] as ActorRecord[] };
  for (const part of rows) {
    network.ids.push(...(part['ids'] as unknown as string[]));
    network.names.push(...(part['names'] as unknown as string[]));
    network.kinds.push(...(part['kinds'] as unknown as ActorKindValue[]));
    network.records.push(...(part['records'] as unknown as ActorRecord[]));
  }
  const groups = row['relations'] as unknown as RelationGroupRow[];
  let m = 0;
  for (const [, suppliers] of groups) m += suppliers.length;
  const supplier = new Int32Array(m);
  const customer = new Int32Array(m);
  const stage = new Int32Array(m);
  const stages: ValueChainStageRecord[] = [];
  let k = 0;
  for (const [stageRecord, suppliers, customers] of groups) {
    const st = stageRecord === null ? -1 : stages.push(stageRecord) - 1;
    supplier.set(suppliers, k);
    customer.set(customers, k);
    stage.fill(st, k, k + suppliers.length);
    k += suppliers.length;
  }
  return {
    company: row['company'] as unknown as ActorRecord,
    ...network,
    tiers: row['tiers'] as unknown as number[],
    supplier,
    customer,
    stage,
    stages,
    truncated: row['truncated'] as unknown as boolean,
  };
}
