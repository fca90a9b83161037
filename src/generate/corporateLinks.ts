import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { dateInYear } from './linkDates';
import type { Random } from './random';
import { CURRENT_YEAR, type World } from './syntheticWorld';

const SOURCES = 'illustrative';

/** Spin-offs and subsidiaries decided with the world, and cooperation between clusters (mostly of one chain). */
export function writeCorporateLinks(world: World, random: Random, outDir: string): CsvWriter[] {
  const spunOffFrom = openKindWriter(outDir, 'spun_off_from');
  const subsidiaryOf = openKindWriter(outDir, 'subsidiary_of');
  const cooperatesWith = openKindWriter(outDir, 'cooperates_with');
  const { actors, clusters } = world;

  for (let a = 0; a < actors.length; a += 1) {
    const origin = actors.spunOffFrom[a] ?? -1;
    const founded = actors.founded[a] ?? 0;
    if (origin >= 0) spunOffFrom.write({ from: actors.id(a), to: actors.id(origin), year: founded, sources: SOURCES });
    const parent = actors.parentCompany[a] ?? -1;
    if (parent >= 0 && parent !== a) {
      subsidiaryOf.write({ from: actors.id(a), to: actors.id(parent), since: dateInYear(random, random.int(Math.max(founded, actors.founded[parent] ?? 0), CURRENT_YEAR - 1)), sources: SOURCES });
    }
  }

  const byChain = new Map<number, number[]>();
  clusters.forEach((cluster, index) => {
    const list = byChain.get(cluster.chain) ?? [];
    byChain.set(cluster.chain, list);
    list.push(index);
  });
  const pairs = new Set<string>();
  clusters.forEach((cluster, c) => {
    for (let k = random.int(1, 2); k > 0 && clusters.length > 1; k -= 1) {
      const sameChain = byChain.get(cluster.chain) ?? [];
      const o = sameChain.length > 1 && random.chance(0.6) ? random.pick(sameChain) : random.int(0, clusters.length - 1);
      const other = clusters[o];
      const key = c < o ? `${c} ${o}` : `${o} ${c}`;
      if (o === c || !other || pairs.has(key)) continue;
      pairs.add(key);
      const since = random.int(Math.max(cluster.founded, other.founded), CURRENT_YEAR - 1);
      cooperatesWith.write({ from: cluster.id, to: other.id, since, sources: SOURCES });
    }
  });
  const writers = [spunOffFrom, subsidiaryOf, cooperatesWith];
  for (const writer of writers) writer.close();
  return writers;
}
