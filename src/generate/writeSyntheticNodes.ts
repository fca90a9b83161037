/** Writes the node files of a synthetic world. Companies are `fictional`, everything else `illustrative`. */
import { openKindWriter } from './kindWriters';
import type { World } from './syntheticWorld';
import type { CsvWriter } from './csvWriter';

const ILLUSTRATIVE = 'illustrative';
const FICTIONAL = 'fictional';

/** Writes the ten node files; returns the writers (closed) for their row counts. */
export function writeSyntheticNodes(world: World, outDir: string): CsvWriter[] {
  const writers: CsvWriter[] = [];
  const open = (kind: Parameters<typeof openKindWriter>[1]): CsvWriter => {
    const writer = openKindWriter(outDir, kind);
    writers.push(writer);
    return writer;
  };

  const regions = open('regions');
  for (const r of world.regions) regions.write({ id: r.id, name: r.name, level: r.level, parent: r.parent, nuts: r.nuts, lat: r.lat, lon: r.lon, sources: ILLUSTRATIVE });

  const technologies = open('technologies');
  for (const t of world.technologies) technologies.write({ id: t.id, name: t.name, broader: t.broader, sources: ILLUSTRATIVE });

  const chains = open('value_chains');
  const stages = open('value_chain_stages');
  for (const chain of world.chains) {
    chains.write({ id: chain.id, name: chain.name, description: `Synthetic ${chain.name.toLowerCase()} value chain`, sources: ILLUSTRATIVE });
    for (const stage of chain.stages) stages.write({ id: stage.id, value_chain: chain.id, name: stage.name, order: stage.order, sources: ILLUSTRATIVE });
  }

  const programs = open('funding_programs');
  for (const p of world.programs) programs.write({ id: p.id, name: p.name, funder: p.funder, start: p.start, sources: ILLUSTRATIVE });

  const clusters = open('clusters');
  for (const c of world.clusters) {
    const city = world.cities[c.city];
    clusters.write({ id: c.id, name: c.name, founded: c.founded, lat: city?.lat, lon: city?.lon, description: `Synthetic cluster of the ${world.chains[c.chain]?.name ?? ''} value chain`, sources: ILLUSTRATIVE });
  }

  const companies = open('companies');
  const institutes = open('research_institutes');
  const organizations = open('organizations');
  const { actors } = world;
  for (let a = 0; a < actors.length; a += 1) {
    const id = actors.id(a);
    const common = { id, name: actors.name(a), founded: actors.founded[a], lat: actors.lat[a], lon: actors.lon[a], website: `https://${id}.example` };
    const label = actors.label(a);
    if (label === 'Company') companies.write({ ...common, size: actors.size(a), employees: actors.employees(a), sources: FICTIONAL });
    else if (label === 'ResearchInstitute') institutes.write({ ...common, type: actors.instituteType(a), parent_organization: actors.parentOrganization(a), sources: ILLUSTRATIVE });
    else organizations.write({ ...common, type: actors.organizationType(a), sources: ILLUSTRATIVE });
  }

  const projects = open('projects');
  for (const p of world.projects) projects.write({ id: p.id, title: p.title, acronym: p.acronym, start: p.start, end: p.end, sources: ILLUSTRATIVE });

  for (const writer of writers) writer.close();
  return writers;
}
