import type { GraphClient } from '../../graphClient';
import { actorSummaryProjection, inlineActorProjection } from '../projections';
import type { ActorRecord, ActorRecordShape, AnyActorRecord, ValueChainStageRecord } from '../records';
import { stagesOfRows, supplyEdgeRow, withStages, type SupplyEdgeRow } from './supplyStages';
import { asOfParams, validAt } from './traversalCypher';
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

// Without a date the validity predicate is left out of the text (a separate text, not `$anyTime OR ...`): even
// switched off by its parameter it made Neo4j read validFrom and validTo of every relation it expanded.
function tierText(direction: SupplyDirectionValue, tiers: number, timed: boolean, shape: ActorRecordShape): string {
  const valid = (r: string): string => (timed ? validAt(r) : 'true');
  const step = ARROWS[direction](timed ? `r:SUPPLIES WHERE ${validAt('r')}` : 'r:SUPPLIES');
  return `MATCH (c:Company {id: $company})
    CALL (c) {
      MATCH p = ANY SHORTEST (c)(()${step}()){1,${tiers}}(s:Company)
      WHERE s <> c
      WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
      LIMIT toInteger($limit)
      RETURN collect({ actor: ${shape === 'full' ? inlineActorProjection('s') : actorSummaryProjection('s')}, tier: tier }) AS found, collect(s) AS reached
    }
    WITH c, found, [c] + reached AS nodes
    CALL (nodes) {
      UNWIND nodes AS a
      MATCH (a)-[r:SUPPLIES]->(b:Company)
      WHERE b IN nodes AND ${valid('r')}
      WITH a, b, r ORDER BY a.id, b.id, r.stage, r.product
      RETURN collect(${supplyEdgeRow('a', 'b', 'r')}) AS edges
    }
    ${stagesOfRows('edges')}
    RETURN ${inlineActorProjection('c')} AS company, found, edges, stages`;
}

const TEXTS = new Map<string, string>();
for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const) {
  for (let tiers = 1; tiers <= MAX_SUPPLY_TIERS; tiers++) {
    for (const timed of [false, true]) {
      for (const shape of ['full', 'summary'] as const) TEXTS.set(`${direction}:${tiers}:${timed}:${shape}`, tierText(direction, tiers, timed, shape));
    }
  }
}

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
}

/**
 * A company's supply chain up to `tiers` relations away in one direction, in one round trip: each company reached
 * with its tier (the fewest relations from the start company, found by a shortest-path search per company) and
 * every supply relation among them. Null when `company` is not a company.
 */
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs): Promise<SupplyTiersRecord | null>;
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs, shape: ActorRecordShape): Promise<SupplyTiersRecord<AnyActorRecord> | null>;
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs, shape: ActorRecordShape = 'full'): Promise<SupplyTiersRecord<AnyActorRecord> | null> {
  const text = TEXTS.get(`${args.direction}:${args.tiers}:${args.asOf !== null}:${shape}`);
  if (text === undefined) throw new RangeError(`tiers must be an integer 1..${MAX_SUPPLY_TIERS}, got ${args.tiers}`);
  const [row] = await graph.read({
    name: shape === 'full' ? 'traversal_supply_tiers' : 'traversal_supply_tiers_summary',
    text,
    params: { company: args.company, ...asOfParams(args.asOf), limit: MAX_SUPPLY_CHAIN_COMPANIES + 1 },
  });
  if (!row) return null;
  const found = row['found'] as unknown as Array<TieredCompany<AnyActorRecord>>;
  return {
    company: row['company'] as unknown as ActorRecord,
    companies: found.slice(0, MAX_SUPPLY_CHAIN_COMPANIES),
    edges: withStages(row['edges'] as unknown as SupplyEdgeRow[], row['stages'] as unknown as ValueChainStageRecord[]),
    truncated: found.length > MAX_SUPPLY_CHAIN_COMPANIES,
  };
}
