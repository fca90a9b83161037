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
 */
export function writeCollaborations(world: World, random: Random, outDir: string): CsvWriter {
  const writer = openKindWriter(outDir, 'collaborates_with');
  const { actors } = world;
  const n = actors.length;
  const clusterPools: number[][] = world.clusters.map(() => []);
  const globalPool: number[] = [];
  const pairs = new Set<number>();
  const order = random.shuffle(actors.map((_, index) => index));

  for (const a of order) {
    const actor = actors[a];
    if (!actor) continue;
    const localPool = clusterPools[actor.cluster] ?? [];
    const wanted = 1 + Math.floor(random.exponential(MEAN_NEW_LINKS));
    let made = 0;
    for (let attempt = 0; made < wanted && attempt < wanted * 4; attempt += 1) {
      const pool = localPool.length > 0 && random.chance(LOCAL_SHARE) ? localPool : globalPool;
      if (pool.length === 0) break;
      const b = pool[random.int(0, pool.length - 1)] ?? a;
      const partner = actors[b];
      // One row per unordered pair: the key is the same for (a, b) and (b, a).
      const key = a < b ? a * n + b : b * n + a;
      if (b === a || !partner || pairs.has(key)) continue;
      pairs.add(key);
      made += 1;
      const topic = world.technologies[random.pick(world.clusters[actor.cluster]?.technologies ?? [0])]?.name;
      const period = randomPeriod(random, Math.max(actor.founded, partner.founded), 6);
      const weight = Math.min(10, 1 + Math.floor(random.exponential(2)));
      writer.write({ from: actor.id, to: partner.id, topic, since: period.since, until: period.until, weight, sources: 'illustrative' });
      for (const end of [a, b]) {
        clusterPools[actors[end]?.cluster ?? 0]?.push(end);
        globalPool.push(end);
      }
    }
    localPool.push(a);
    globalPool.push(a);
  }
  writer.close();
  return writer;
}
