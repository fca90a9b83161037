import type { CsvWriter } from './csvWriter';
import { openKindWriter } from './kindWriters';
import { randomPeriod } from './linkDates';
import type { Random } from './random';
import type { World } from './syntheticWorld';

const SOURCES = 'illustrative';

/**
 * Joint projects: participants mostly from the project's cluster, an institute coordinating where the cluster
 * has one; each project is funded by one programme, and most clusters by one too.
 */
export function writeProjectLinks(world: World, random: Random, outDir: string): CsvWriter[] {
  const participatesIn = openKindWriter(outDir, 'participates_in');
  const fundedBy = openKindWriter(outDir, 'funded_by');
  const { actors } = world;

  for (const project of world.projects) {
    const members = world.clusterActors[project.cluster] ?? [];
    const institutes = members.filter((i) => actors.label(i) === 'ResearchInstitute');
    const coordinator = institutes.length > 0 && random.chance(0.7) ? random.pick(institutes) : members.length > 0 ? random.pick(members) : random.int(0, actors.length - 1);
    const participants = new Set<number>([coordinator]);
    const wanted = Math.min(15, 3 + Math.floor(random.exponential(3.5)));
    for (let attempt = 0; participants.size < wanted && attempt < wanted * 3; attempt += 1) {
      participants.add(members.length > 0 && random.chance(0.75) ? random.pick(members) : random.int(0, actors.length - 1));
    }
    for (const p of participants) {
      participatesIn.write({ from: actors.id(p), to: project.id, role: p === coordinator ? 'COORDINATOR' : 'PARTNER', sources: SOURCES });
    }
    fundedBy.write({ from: project.id, to: world.programs[project.program]?.id, since: project.start, until: project.end, sources: SOURCES });
  }

  for (const cluster of world.clusters) {
    if (!random.chance(0.7)) continue;
    const program = random.pick(world.programs);
    const period = randomPeriod(random, Math.max(cluster.founded, program.start), 4);
    fundedBy.write({ from: cluster.id, to: program.id, since: period.since, until: period.until, sources: SOURCES });
  }
  const writers = [participatesIn, fundedBy];
  for (const writer of writers) writer.close();
  return writers;
}
