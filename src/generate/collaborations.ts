import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { randomPeriod } from './linkDates';
import type { Random } from './random';
import type { World } from './syntheticWorld';

// Mean number of partners a newcomer picks, and the share of picks inside its own cluster.
const MEAN_NEW_LINKS = 4.5;
const LOCAL_SHARE = 0.85;

/**
 * COLLABORATES_WITH by preferential attachment (Barabási–Albert): actors arrive in random order and each links
 * to a few earlier ones, chosen with probability proportional to degree + 1, so degrees are heavy-tailed with a
 * few hubs. Most partners come from the newcomer's own cluster; the rest, drawn from everyone, are the bridges
 * between clusters. A pool holds one entry per actor plus one per link end, which makes a uniform draw from it
 * a degree-proportional draw.
 *
 * Memory at 1M actors (≈5M links): the pools hold ≈11M entries each in Int32Arrays (4 bytes an entry, not a
 * JS array's 8). Repeated pairs need no set of every pair: a pool only ever holds actors whose turn has come,
 * so a pair can only repeat among one newcomer's own picks.
 */
export function writeCollaborations(world: World, random: Random, outDir: string): CsvWriter {
  const writer = openKindWriter(outDir, 'collaborates_with');
  const { actors } = world;
  const n = actors.length;
  const clusterPools = world.clusters.map(() => new IntPool(8));
  // ≈ n + 2 × 5n entries at the end: sized once, so it never holds two copies while growing.
  const globalPool = new IntPool(n * 12);
  const order = random.shuffle(Array.from({ length: n }, (_, index) => index));

  for (const a of order) {
    const cluster = actors.cluster[a] ?? 0;
    const founded = actors.founded[a] ?? 0;
    const id = actors.id(a);
    const localPool = clusterPools[cluster] ?? new IntPool(1);
    const partners = new Set<number>();
    const wanted = 1 + Math.floor(random.exponential(MEAN_NEW_LINKS));
    let made = 0;
    for (let attempt = 0; made < wanted && attempt < wanted * 4; attempt += 1) {
      const pool = localPool.length > 0 && random.chance(LOCAL_SHARE) ? localPool : globalPool;
      if (pool.length === 0) break;
      const b = pool.at(random.int(0, pool.length - 1));
      // One row per unordered pair (see above: only this newcomer's picks can repeat it).
      if (b === a || b >= n || partners.has(b)) continue;
      partners.add(b);
      made += 1;
      const topic = world.technologies[random.pick(world.clusters[cluster]?.technologies ?? [0])]?.name;
      const period = randomPeriod(random, Math.max(founded, actors.founded[b] ?? 0), 6);
      const weight = Math.min(10, 1 + Math.floor(random.exponential(2)));
      writer.write({ from: id, to: actors.id(b), topic, since: period.since, until: period.until, weight, sources: 'illustrative' });
      for (const end of [a, b]) {
        clusterPools[actors.cluster[end] ?? 0]?.push(end);
        globalPool.push(end);
      }
    }
    localPool.push(a);
    globalPool.push(a);
  }
  writer.close();
  return writer;
}

/** A growable list of non-negative int32 values (actor indexes), 4 bytes an entry. */
class IntPool {
  private values: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(1, capacity));
  }

  at(index: number): number {
    return this.values[index] ?? 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
}
