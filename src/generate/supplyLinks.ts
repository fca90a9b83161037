import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { randomPeriod } from './linkDates';
import type { Random } from './random';
import type { Size } from './actorTable';
import type { World } from './syntheticWorld';

// Larger customers buy from more suppliers: a company enters the customer pool this many times.
const CUSTOMER_WEIGHT: Record<Size, number> = { MICRO: 1, SMALL: 2, MEDIUM: 4, LARGE: 8 };
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
  const { actors } = world;
  for (let index = 0; index < actors.length; index += 1) {
    if (actors.label(index) !== 'Company') continue;
    push(pools, `${actors.chain[index]}:${actors.stage[index]}`, index, CUSTOMER_WEIGHT[actors.size(index) ?? 'SMALL']);
    push(locals, `${actors.cluster[index]}:${actors.chain[index]}:${actors.stage[index]}`, index);
  }

  for (let s = 0; s < actors.length; s += 1) {
    if (actors.label(s) !== 'Company') continue;
    const [chainIndex, stageIndex, cluster] = [actors.chain[s] ?? 0, actors.stage[s] ?? 0, actors.cluster[s] ?? 0];
    const chain = world.chains[chainIndex];
    const stage = chain?.stages[stageIndex];
    if (!chain || !stage || stageIndex >= chain.stages.length - 1) continue;
    const pool = pools.get(`${chainIndex}:${stageIndex + 1}`) ?? [];
    const local = locals.get(`${cluster}:${chainIndex}:${stageIndex + 1}`) ?? [];
    if (pool.length === 0) continue;
    const customers = new Set<number>();
    const wanted = 1 + Math.floor(random.exponential(MEAN_EXTRA_CUSTOMERS));
    for (let attempt = 0; customers.size < wanted && attempt < wanted * 3; attempt += 1) {
      const c = local.length > 0 && random.chance(LOCAL_SHARE) ? random.pick(local) : random.pick(pool);
      if (c !== s) customers.add(c);
    }
    const supplier = actors.id(s);
    for (const c of customers) {
      const period = randomPeriod(random, Math.max(actors.founded[s] ?? 0, actors.founded[c] ?? 0), 5);
      writer.write({ from: supplier, to: actors.id(c), product: stage.name, stage: stage.id, since: period.since, until: period.until, sources: 'illustrative' });
    }
  }
  writer.close();
  return writer;
}
