import { evidenceParams, type EvidenceLevel } from '../../../model';
import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineActorProjection } from '../projections';
import type { ActorRecord, ActorRecordShape, AnyActorRecord, ValueChainStageRecord } from '../records';
import { leanSupplyEdgeRow, stagesOfRows, supplyEdgeRow, withStages, withStagesLean, type LeanSupplyEdgeRow, type SupplyEdgeRow } from './supplyStages';
import { asOfParams, cited, validAt } from './traversalCypher';
import { checkReferences, REFERENCES_CALL, referenceParams, SAMPLE_REFERENCES, type Reference } from '../references';
import { statementSet } from '../statementSet';
import type { SupplyEdgeRecord, TieredCompany } from './traversalRecords';

export type SupplyDirectionValue = 'UPSTREAM' | 'DOWNSTREAM';

/** The most tiers a supply-chain query follows, and the most companies it returns. */
export const MAX_SUPPLY_TIERS = 6;
export const MAX_SUPPLY_CHAIN_COMPANIES = 1000;

// Quantifier bounds must be literals in Cypher, and the arrow's direction is syntax: so each (direction, tiers)
// pair gets its own fixed text, built once here from integer constants and the two fixed arrows.
const ARROWS: Record<SupplyDirectionValue, (rel: string) => string> = {
  UPSTREAM: (rel) => `<-[${rel}]-`,
  DOWNSTREAM: (rel) => `-[${rel}]->`,
};

// The start company is looked up with OPTIONAL MATCH and the id checked in the same statement (REFERENCES_CALL):
// an id of another kind is an error that says what it is, not an empty answer. With `$citedOnly` every relation
// and every company a path reaches must be cited, so a chain never runs on through a sample company (the start
// company is the one asked about and is kept). With `$lean` each relation comes as a LeanSupplyEdgeRow list: a CASE
// on a parameter evaluates only its branch, so the dates and sources are not read, and four values decode faster
// than an eight-key map.
function tierText(direction: SupplyDirectionValue, tiers: number, shape: ActorRecordShape): string {
  const usable = (r: string): string => `${validAt(r)} AND ${cited(r)}`;
  const step = ARROWS[direction](`r:SUPPLIES WHERE ${usable('r')}`);
  return `OPTIONAL MATCH (c:Company {id: $company})
    CALL (c) {
      MATCH p = ANY SHORTEST (c)(()${step}(y WHERE ${cited('y')})){1,${tiers}}(s:Company)
      WHERE s <> c
      WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
      LIMIT toInteger($limit)
      RETURN collect({ actor: ${shape === 'full' ? inlineActorProjection('s') : actorSummaryProjection('s')}, tier: tier }) AS found, collect(s) AS reached
    }
    WITH c, found, [c] + reached AS nodes
    CALL (nodes) {
      UNWIND nodes AS a
      MATCH (a)-[r:SUPPLIES]->(b:Company)
      WHERE b IN nodes AND ${usable('r')}
      WITH a, b, r ORDER BY a.id, b.id, r.stage, r.product
      RETURN collect(CASE WHEN $lean THEN ${leanSupplyEdgeRow('a', 'b', 'r')} ELSE ${supplyEdgeRow('a', 'b', 'r')} END) AS edges
    }
    ${stagesOfRows('edges', 'CASE WHEN $lean THEN row[2] ELSE row.stageId END')}
    ${REFERENCES_CALL}
    RETURN CASE WHEN c IS NULL THEN null ELSE ${inlineActorProjection('c')} END AS company, found, edges, stages, references`;
}

const variantOf = (direction: SupplyDirectionValue, tiers: number, shape: ActorRecordShape): string => `${direction.toLowerCase()}_t${tiers}${shape === 'full' ? '' : '_summary'}`;

const TIERS = statementSet(
  'traversal_supply_tiers',
  (['UPSTREAM', 'DOWNSTREAM'] as const).flatMap((direction) =>
    Array.from({ length: MAX_SUPPLY_TIERS }, (_, i) => i + 1).flatMap((tiers) =>
      (['full', 'summary'] as const).map((shape) => ({ variant: variantOf(direction, tiers, shape), text: tierText(direction, tiers, shape) })),
    ),
  ),
  { company: '', ...asOfParams(null), ...evidenceParams('ALL'), limit: 1, lean: false, ...SAMPLE_REFERENCES },
);

/** Every text this module runs (for plan warming and the snapshot test). */
export const SUPPLY_TIER_STATEMENTS = [TIERS];

export interface SupplyTiersRecord<A extends AnyActorRecord = ActorRecord> {
  company: ActorRecord;
  /** Every company reached, by tier, name and id; at most MAX_SUPPLY_CHAIN_COMPANIES. Summaries when asked for. */
  companies: Array<TieredCompany<A>>;
  /** Every supply relation among the start company and the companies reached, valid on `asOf`. */
  edges: SupplyEdgeRecord[];
  truncated: boolean;
}

export interface SupplyTiersArgs {
  company: string;
  direction: SupplyDirectionValue;
  /** 1..MAX_SUPPLY_TIERS. */
  tiers: number;
  /** An ISO date, or null for any time. */
  asOf: string | null;
  /** CITED: no sample relation or sample company is followed (the start company is kept). Default ALL. */
  evidence?: EvidenceLevel | null;
  /** The argument that named the company, for errors (default `company`). */
  argument?: string;
  /**
   * Relations without their dates, sources and sample flag (null, none, false in the records): for callers whose
   * answer shows none of them (criticalSuppliers; a supplyChain whose edges ask for none). Default false.
   */
  lean?: boolean;
}

/**
 * A company's supply chain up to `tiers` relations away in one direction, in one round trip: each company reached
 * with its tier (the fewest relations from the start company, found by a shortest-path search per company) and
 * every supply relation among them. An unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT.
 */
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs): Promise<SupplyTiersRecord | null>;
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs, shape: ActorRecordShape): Promise<SupplyTiersRecord<AnyActorRecord> | null>;
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs, shape: ActorRecordShape = 'full'): Promise<SupplyTiersRecord<AnyActorRecord> | null> {
  if (!Number.isInteger(args.tiers) || args.tiers < 1 || args.tiers > MAX_SUPPLY_TIERS) throw new RangeError(`tiers must be an integer 1..${MAX_SUPPLY_TIERS}, got ${args.tiers}`);
  const references: Reference[] = [{ argument: args.argument ?? 'company', id: args.company, label: 'Company' }];
  const [row] = await graph.read(
    TIERS.statement(variantOf(args.direction, args.tiers, shape), {
      company: args.company,
      ...asOfParams(args.asOf),
      ...evidenceParams(args.evidence),
      limit: MAX_SUPPLY_CHAIN_COMPANIES + 1,
      lean: args.lean ?? false,
      ...referenceParams(references),
    }),
  );
  checkReferences(references, row?.['references']);
  if (!row || row['company'] === null) return null;
  const found = row['found'] as unknown as Array<TieredCompany<AnyActorRecord>>;
  return {
    company: row['company'] as unknown as ActorRecord,
    companies: found.slice(0, MAX_SUPPLY_CHAIN_COMPANIES),
    edges:
      args.lean === true
        ? withStagesLean(row['edges'] as unknown as LeanSupplyEdgeRow[], row['stages'] as unknown as ValueChainStageRecord[])
        : withStages(row['edges'] as unknown as SupplyEdgeRow[], row['stages'] as unknown as ValueChainStageRecord[]),
    truncated: found.length > MAX_SUPPLY_CHAIN_COMPANIES,
  };
}
