/** Where actors are, which clusters they belong to, what they specialise in and which stages they work at. */
import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { randomPeriod } from './linkDates';
import type { Random } from './random';
import type { World } from './syntheticWorld';

const SOURCES = 'illustrative';
// Share of actors that are formal members of their home cluster, by kind.
const MEMBER_SHARE = { Company: 0.6, ResearchInstitute: 0.7, Organization: 0.8 } as const;

export function writeActorLinks(world: World, random: Random, outDir: string): CsvWriter[] {
  const locatedIn = openKindWriter(outDir, 'located_in');
  const memberOf = openKindWriter(outDir, 'member_of');
  const specializesIn = openKindWriter(outDir, 'specializes_in');
  const activeIn = openKindWriter(outDir, 'active_in');
  const clustersByState: number[][] = [];
  world.clusters.forEach((cluster, index) => (clustersByState[cluster.state] ??= []).push(index));
  const subFields = world.technologies.flatMap((t, index) => (t.broader !== undefined ? [index] : []));

  for (const cluster of world.clusters) {
    locatedIn.write({ from: cluster.id, to: world.cities[cluster.city]?.id, sources: SOURCES });
    for (const t of cluster.technologies) specializesIn.write({ from: cluster.id, to: world.technologies[t]?.id, sources: SOURCES });
  }

  const { actors } = world;
  for (let a = 0; a < actors.length; a += 1) {
    const id = actors.id(a);
    const label = actors.label(a);
    const founded = actors.founded[a] ?? 0;
    const cluster = actors.cluster[a] ?? 0;
    locatedIn.write({ from: id, to: world.cities[actors.city[a] ?? 0]?.id, sources: SOURCES });

    const home = world.clusters[cluster];
    const manages = actors.organizationType(a) === 'CLUSTER_MANAGEMENT';
    if (home && (manages || random.chance(MEMBER_SHARE[label]))) {
      const founding = !manages && founded <= home.founded && random.chance(0.15);
      const period = founding ? { since: String(home.founded), until: undefined } : randomPeriod(random, Math.max(founded, home.founded), 10);
      const role = manages ? 'MANAGEMENT' : founding ? 'FOUNDING_MEMBER' : random.chance(0.03) ? 'BOARD' : 'MEMBER';
      memberOf.write({ from: id, to: home.id, role, since: period.since, until: period.until, sources: SOURCES });
    }
    // Some actors are also members of a second cluster, usually in their own state.
    if (!manages && random.chance(0.1)) {
      const nearby = clustersByState[home?.state ?? 0] ?? [];
      const other = nearby.length > 1 && random.chance(0.7) ? random.pick(nearby) : random.int(0, world.clusters.length - 1);
      const second = world.clusters[other];
      if (other !== cluster && second) {
        const period = randomPeriod(random, Math.max(founded, second.founded), 5);
        memberOf.write({ from: id, to: second.id, role: 'MEMBER', since: period.since, until: period.until, sources: SOURCES });
      }
    }

    const technologies = new Set<number>();
    const count = 1 + (random.chance(0.55) ? 1 : 0) + (random.chance(0.25) ? 1 : 0);
    for (let k = 0; k < count; k += 1) technologies.add(home && random.chance(0.75) ? random.pick(home.technologies) : random.pick(subFields));
    for (const t of technologies) specializesIn.write({ from: id, to: world.technologies[t]?.id, sources: SOURCES });

    const chain = world.chains[actors.chain[a] ?? 0];
    if (!chain) continue;
    const stage = actors.stage[a] ?? 0;
    const stages = new Set<number>();
    if (label === 'Company') {
      stages.add(stage);
      if (random.chance(0.2)) stages.add(Math.min(chain.stages.length - 1, stage + 1));
    } else if (label === 'ResearchInstitute') {
      stages.add(stage);
      if (random.chance(0.5)) stages.add(random.int(0, chain.stages.length - 1));
    } else if (random.chance(0.3)) {
      stages.add(stage);
    }
    for (const s of stages) activeIn.write({ from: id, to: chain.stages[s]?.id, sources: SOURCES });
  }
  const writers = [locatedIn, memberOf, specializesIn, activeIn];
  for (const writer of writers) writer.close();
  return writers;
}
