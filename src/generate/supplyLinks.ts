import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { randomPeriod } from './linkDates';
import type { Random } from './random';
import type { Actor, World } from './syntheticWorld';

// Larger customers buy from more suppliers: a company enters the customer pool this many times.
const CUSTOMER_WEIGHT: Record<NonNullable<Actor['size']>, number> = { MICRO: 1, SMALL: 2, MEDIUM: 4, LARGE: 8 };
const LOCAL_SHARE = 0.6;
const MEAN_EXTRA_CUSTOMERS = 1.3;

/**
 * SUPPLIES in tiers along each value chain: a company at stage k supplies companies at stage k + 1 of the same
 * chain (the product is named after the supplier's stage, `stage` is the supplier's stage id), preferring
 * customers in its own cluster and, among the rest, larger ones.
 */
export function writeSupplyLinks(world: World, random: Random, outDir: string): CsvWriter {
  const writer = openKindWriter(outDir, 'supplies');
  const pools = new Map<string, number[]>();
  const locals = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, value: number, times = 1): void => {
    const list = map.get(key) ?? [];
    map.set(key, list);
    for (let k = 0; k < times; k += 1) list.push(value);
  };
  world.actors.forEach((actor, index) => {
    if (actor.label !== 'Company') return;
    push(pools, `${actor.chain}:${actor.stage}`, index, CUSTOMER_WEIGHT[actor.size ?? 'SMALL']);
    push(locals, `${actor.cluster}:${actor.chain}:${actor.stage}`, index);
  });

  world.actors.forEach((supplier, s) => {
    if (supplier.label !== 'Company') return;
    const chain = world.chains[supplier.chain];
    const stage = chain?.stages[supplier.stage];
    if (!chain || !stage || supplier.stage >= chain.stages.length - 1) return;
    const pool = pools.get(`${supplier.chain}:${supplier.stage + 1}`) ?? [];
    const local = locals.get(`${supplier.cluster}:${supplier.chain}:${supplier.stage + 1}`) ?? [];
    if (pool.length === 0) return;
    const customers = new Set<number>();
    const wanted = 1 + Math.floor(random.exponential(MEAN_EXTRA_CUSTOMERS));
    for (let attempt = 0; customers.size < wanted && attempt < wanted * 3; attempt += 1) {
      const c = local.length > 0 && random.chance(LOCAL_SHARE) ? random.pick(local) : random.pick(pool);
      if (c !== s) customers.add(c);
    }
    for (const c of customers) {
      const customer = world.actors[c];
      if (!customer) continue;
      const period = randomPeriod(random, Math.max(supplier.founded, customer.founded), 5);
      writer.write({ from: supplier.id, to: customer.id, product: stage.name, stage: stage.id, since: period.since, until: period.until, sources: 'illustrative' });
    }
  });
  writer.close();
  return writer;
}
