import type { GraphClient } from '../../graphClient';
import type { ActorRecord } from '../records';
import { actorRecord, asOfParams, stageOf, validAt } from './traversalCypher';
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

function tierText(direction: SupplyDirectionValue, tiers: number): string {
  const step = ARROWS[direction](`r:SUPPLIES WHERE ${validAt('r')}`);
  return `MATCH (c:Company {id: $company})
    CALL (c) {
      MATCH p = ANY SHORTEST (c)(()${step}()){1,${tiers}}(s:Company)
      WHERE s <> c
      WITH s, length(p) AS tier ORDER BY tier, s.name, s.id
      LIMIT toInteger($limit)
      RETURN collect({ actor: ${actorRecord('s')}, tier: tier }) AS found
    }
    WITH c, found, [c.id] + [x IN found | x.actor.id] AS ids
    CALL (ids) {
      UNWIND ids AS id
      MATCH (a:Company {id: id})-[r:SUPPLIES]->(b:Company)
      WHERE b.id IN ids AND ${validAt('r')}
      WITH a, b, r ORDER BY a.id, b.id, r.stage, r.product
      RETURN collect({ supplierId: a.id, customerId: b.id, product: r.product, stage: ${stageOf('r')},
        since: r.since, until: r.until, sources: coalesce(r.sources, []), illustrative: coalesce(r.illustrative, false) }) AS edges
    }
    RETURN ${actorRecord('c')} AS company, found, edges`;
}

const TEXTS = new Map<string, string>();
for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const) {
  for (let tiers = 1; tiers <= MAX_SUPPLY_TIERS; tiers++) TEXTS.set(`${direction}:${tiers}`, tierText(direction, tiers));
}

export interface SupplyTiersRecord {
  company: ActorRecord;
  /** Every company reached, by tier, name and id; at most MAX_SUPPLY_CHAIN_COMPANIES. */
  companies: TieredCompany[];
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
export async function findSupplyTiers(graph: GraphClient, args: SupplyTiersArgs): Promise<SupplyTiersRecord | null> {
  const text = TEXTS.get(`${args.direction}:${args.tiers}`);
  if (text === undefined) throw new RangeError(`tiers must be an integer 1..${MAX_SUPPLY_TIERS}, got ${args.tiers}`);
  const [row] = await graph.read({
    name: 'traversal_supply_tiers',
    text,
    params: { company: args.company, ...asOfParams(args.asOf), limit: MAX_SUPPLY_CHAIN_COMPANIES + 1 },
  });
  if (!row) return null;
  const found = row['found'] as unknown as TieredCompany[];
  return {
    company: row['company'] as unknown as ActorRecord,
    companies: found.slice(0, MAX_SUPPLY_CHAIN_COMPANIES),
    edges: row['edges'] as unknown as SupplyEdgeRecord[],
    truncated: found.length > MAX_SUPPLY_CHAIN_COMPANIES,
  };
}
