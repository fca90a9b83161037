/**
 * The in-memory skeleton of a synthetic graph: regions, taxonomy, clusters and actors with the attributes the
 * links depend on (home cluster, city, value chain stage, founding year). It holds one small object per region,
 * cluster or project and one row of typed columns per actor (actorTable.ts), never a link: links are generated
 * and written row by row from it.
 */
import type { ActorLabel } from '../model';
import { ActorTable, INSTITUTE_TYPES, PARENT_ORGANIZATIONS, SIZES, type NewActor, type ParentOrganization, type Size } from './actorTable';
import { CHAIN_TEMPLATES, FUNDERS, TECHNOLOGY_TOPICS, TECHNOLOGY_TREE } from './catalogue';
import type { GenerationPlan } from './generationPlan';
import { type Random, WeightedPicker, zipfWeights } from './random';
import { acronym, clusterName, firmName, placeName, stateName } from './syntheticNames';

/** The year the synthetic world ends in; fixed so output does not depend on the clock. */
export const CURRENT_YEAR = 2025;

export interface Region {
  id: string;
  name: string;
  level: 'COUNTRY' | 'STATE' | 'DISTRICT' | 'CITY';
  parent: string | undefined;
  nuts: string | undefined;
  lat: number;
  lon: number;
}

export interface City {
  id: string;
  name: string;
  lat: number;
  lon: number;
  state: number;
}

export interface Technology {
  id: string;
  name: string;
  broader: string | undefined;
  /** Index of its top-level field (itself for a field). */
  root: number;
}

export interface Stage {
  id: string;
  name: string;
  order: number;
}

export interface Chain {
  id: string;
  name: string;
  stages: Stage[];
  /** Indexes of technologies (sub-fields and topics) its clusters specialise in. */
  technologies: number[];
}

export interface Program {
  id: string;
  name: string;
  funder: string;
  start: number;
}

export interface Cluster {
  id: string;
  name: string;
  city: number;
  state: number;
  chain: number;
  technologies: number[];
  founded: number;
}

export interface Project {
  id: string;
  title: string;
  acronym: string;
  start: number;
  end: number;
  cluster: number;
  program: number;
}

export interface World {
  regions: Region[];
  cities: City[];
  technologies: Technology[];
  chains: Chain[];
  programs: Program[];
  clusters: Cluster[];
  actors: ActorTable;
  projects: Project[];
  /** Actor indexes by home cluster. */
  clusterActors: number[][];
}

const PARENT_NAMES: Record<ParentOrganization, string> = {
  FRAUNHOFER: 'Fraunhofer Institute',
  MAX_PLANCK: 'Max Planck Institute',
  HELMHOLTZ: 'Helmholtz Centre',
  LEIBNIZ: 'Leibniz Institute',
};
const ORGANIZATION_TYPES = ['ASSOCIATION', 'CHAMBER', 'AGENCY', 'INVESTOR', 'PUBLIC_BODY', 'OTHER'] as const;
const ORGANIZATION_TYPE_WEIGHTS = new WeightedPicker([30, 15, 15, 15, 10, 15]);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
// A founding year that is usually recent and sometimes old: the ages of real organisations are heavy-tailed.
const randomFoundingYear = (random: Random, meanAge: number, earliest: number): number =>
  Math.max(earliest, CURRENT_YEAR - 1 - Math.floor(random.exponential(meanAge)));

/** Builds the entities; every id starts with `p` (e.g. `s-`, giving `s-co-000001`). */
export function buildWorld(plan: GenerationPlan, random: Random, p: string): World {
  const { regions, cities } = buildRegions(plan, random, p);
  const technologies = buildTechnologies(p);
  const chains = buildChains(random, technologies, p);
  const programs = Array.from({ length: plan.programs }, (_, k): Program => ({
    id: `${p}fp-${pad(k + 1, 4)}`,
    name: `${random.pick(['Innovation', 'Cluster', 'Transfer', 'Future', 'Growth'])} programme ${k + 1}`,
    funder: random.pick(FUNDERS),
    start: random.int(1995, 2018),
  }));
  const clusters = buildClusters(plan, random, cities, chains, technologies, p);
  const { actors, clusterActors } = buildActors(plan, random, cities, clusters, chains, p);
  linkCorporateFamilies(random, actors, clusterActors);
  const clusterSize = new WeightedPicker(clusterActors.map((members) => members.length + 1));
  const projects = Array.from({ length: plan.projects }, (_, k): Project => {
    const start = random.int(2005, CURRENT_YEAR - 2);
    const cluster = clusterSize.pick(random);
    const program = random.int(0, programs.length - 1);
    return {
      id: `${p}pr-${pad(k + 1, 6)}`,
      title: `${technologies[random.pick(clusters[cluster]?.technologies ?? [0])]?.name ?? 'Joint'} research project ${k + 1}`,
      acronym: acronym(random),
      start: Math.max(start, programs[program]?.start ?? start),
      end: Math.max(start, programs[program]?.start ?? start) + random.int(1, 4),
      cluster,
      program,
    };
  });
  return { regions, cities, technologies, chains, programs, clusters, actors, projects, clusterActors };
}

function buildRegions(plan: GenerationPlan, random: Random, p: string): { regions: Region[]; cities: City[] } {
  // The country spans a box like Germany's; states tile it in a grid.
  const [south, north, west, east] = [47.5, 54.5, 6, 14.5];
  const columns = Math.ceil(Math.sqrt(plan.states));
  const rows = Math.ceil(plan.states / columns);
  const regions: Region[] = [{ id: `${p}rg-country`, name: 'Synthetic Republic', level: 'COUNTRY', parent: undefined, nuts: 'ZZ', lat: 51, lon: 10.3 }];
  const cities: City[] = [];
  let district = 0;
  for (let s = 0; s < plan.states; s += 1) {
    const [row, column] = [Math.floor(s / columns), s % columns];
    const cellLat = (north - south) / rows;
    const cellLon = (east - west) / columns;
    const stateId = `${p}rg-st-${pad(s + 1, 2)}`;
    const stateNuts = `ZZ${(s + 1).toString(36).toUpperCase()}`;
    regions.push({ id: stateId, name: stateName(random), level: 'STATE', parent: `${p}rg-country`, nuts: stateNuts, lat: round4(south + (row + 0.5) * cellLat), lon: round4(west + (column + 0.5) * cellLon) });
    for (let d = 0; d < plan.districtsPerState; d += 1) {
      district += 1;
      const districtId = `${p}rg-di-${pad(district, 4)}`;
      const lat = south + (row + 0.1 + 0.8 * random.next()) * cellLat;
      const lon = west + (column + 0.1 + 0.8 * random.next()) * cellLon;
      const nuts = d < 35 ? `${stateNuts}${(d + 1).toString(36).toUpperCase()}` : undefined;
      regions.push({ id: districtId, name: `${placeName(random)} district`, level: 'DISTRICT', parent: stateId, nuts, lat: round4(lat), lon: round4(lon) });
      for (let c = random.int(2, 6); c > 0; c -= 1) {
        const city: City = { id: `${p}rg-ci-${pad(cities.length + 1, 5)}`, name: placeName(random), lat: round4(lat + (random.next() - 0.5) * 0.3), lon: round4(lon + (random.next() - 0.5) * 0.4), state: s };
        cities.push(city);
        regions.push({ id: city.id, name: city.name, level: 'CITY', parent: districtId, nuts: undefined, lat: city.lat, lon: city.lon });
      }
    }
  }
  return { regions, cities };
}

function buildTechnologies(p: string): Technology[] {
  const technologies: Technology[] = [];
  const add = (name: string, broader: Technology | undefined, root: number): Technology => {
    const technology = { id: `${p}te-${pad(technologies.length + 1, 3)}`, name, broader: broader?.id, root };
    technologies.push(technology);
    return technology;
  };
  for (const [field, subFields] of Object.entries(TECHNOLOGY_TREE)) {
    const root = technologies.length;
    const fieldNode = add(field, undefined, root);
    for (const subField of subFields) {
      const subNode = add(subField, fieldNode, root);
      for (const topic of TECHNOLOGY_TOPICS) add(`${subField} ${topic}`, subNode, root);
    }
  }
  return technologies;
}

function buildChains(random: Random, technologies: readonly Technology[], p: string): Chain[] {
  return CHAIN_TEMPLATES.map((template, c) => {
    // Five to seven of the template's seven stages, in their order.
    const keep = new Set(random.shuffle(template.stages.map((_, k) => k)).slice(0, random.int(5, 7)));
    const names = template.stages.filter((_, k) => keep.has(k));
    const roots = technologies.flatMap((t, index) => (t.broader === undefined && template.technologyRoots.includes(t.name) ? [index] : []));
    return {
      id: `${p}vc-${c + 1}`,
      name: template.name,
      stages: names.map((name, k) => ({ id: `${p}vs-${c + 1}-${k + 1}`, name, order: k + 1 })),
      technologies: technologies.flatMap((t, index) => (t.broader !== undefined && roots.includes(t.root) ? [index] : [])),
    };
  });
}

function buildClusters(
  plan: GenerationPlan,
  random: Random,
  cities: readonly City[],
  chains: readonly Chain[],
  technologies: readonly Technology[],
  p: string,
): Cluster[] {
  // Big cities host more clusters: Zipf-weighted cities in a shuffled order, so size does not follow the id.
  const cityWeights = random.shuffle(zipfWeights(cities.length, 1));
  const cityPicker = new WeightedPicker(cityWeights);
  return Array.from({ length: plan.clusters }, (_, k): Cluster => {
    const city = cityPicker.pick(random);
    const chain = random.int(0, chains.length - 1);
    const candidates = chains[chain]?.technologies ?? [];
    const chosen = new Set<number>();
    for (let n = random.int(2, 4); n > 0; n -= 1) chosen.add(random.pick(candidates));
    const field = technologies[[...chosen][0] ?? 0]?.name ?? 'Technology';
    return {
      id: `${p}cl-${pad(k + 1, 4)}`,
      name: clusterName(random, field, cities[city]?.name ?? ''),
      city,
      state: cities[city]?.state ?? 0,
      chain,
      technologies: [...chosen],
      founded: random.int(1995, 2020),
    };
  });
}

function buildActors(plan: GenerationPlan, random: Random, cities: readonly City[], clusters: readonly Cluster[], chains: readonly Chain[], p: string) {
  const citiesByState: number[][] = [];
  cities.forEach((city, index) => (citiesByState[city.state] ??= []).push(index));
  // Cluster sizes are heavy-tailed: a few large clusters, many small ones.
  const clusterPicker = new WeightedPicker(random.shuffle(zipfWeights(clusters.length, 0.8)));
  const actors = new ActorTable(plan.companies + plan.institutes + plan.organizations, p);
  const clusterActors: number[][] = clusters.map(() => []);
  type Fields = Omit<NewActor, 'label' | 'number' | 'cluster' | 'city' | 'lat' | 'lon' | 'chain' | 'stage'>;
  // The draws come in a fixed order (chain, place, stage), so a seed gives the same world as it always did.
  const add = (label: ActorLabel, number: number, cluster: number, fields: Fields): void => {
    const home = clusters[cluster];
    const chain = home && random.chance(0.85) ? home.chain : random.int(0, chains.length - 1);
    const city = home && random.chance(0.75) ? home.city : random.pick(citiesByState[home?.state ?? 0] ?? [0]);
    const at = cities[city];
    const lat = round4((at?.lat ?? 51) + (random.next() - 0.5) * 0.05);
    const lon = round4((at?.lon ?? 10) + (random.next() - 0.5) * 0.08);
    const stage = random.int(0, (chains[chain]?.stages.length ?? 1) - 1);
    clusterActors[cluster]?.push(actors.add({ label, number, cluster, city, lat, lon, chain, stage, ...fields }));
  };

  const sizes = new WeightedPicker([50, 30, 15, 5]);
  const employeeRange: Record<Size, [number, number]> = { MICRO: [1, 9], SMALL: [10, 49], MEDIUM: [50, 249], LARGE: [250, 20_000] };
  for (let k = 1; k <= plan.companies; k += 1) {
    const cluster = clusterPicker.pick(random);
    const size = SIZES[sizes.pick(random)] ?? 'SMALL';
    const [low, high] = employeeRange[size];
    // Log-uniform head count within the class.
    const employees = Math.round(Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low))));
    add('Company', k, cluster, { name: firmName(random, cities[clusters[cluster]?.city ?? 0]?.name ?? ''), founded: randomFoundingYear(random, 18, 1870), size, employees });
  }
  const instituteTypes = new WeightedPicker([20, 25, 45, 10]);
  for (let k = 1; k <= plan.institutes; k += 1) {
    const cluster = clusterPicker.pick(random);
    const city = cities[clusters[cluster]?.city ?? 0]?.name ?? '';
    const type = INSTITUTE_TYPES[instituteTypes.pick(random)] ?? 'OTHER';
    const parent = type === 'NON_UNIVERSITY_INSTITUTE' ? random.pick(PARENT_ORGANIZATIONS) : undefined;
    const field = chains[clusters[cluster]?.chain ?? 0]?.name ?? 'Technology';
    const name =
      type === 'UNIVERSITY' ? `University of ${city}` : type === 'APPLIED_SCIENCES_UNIVERSITY' ? `${city} University of Applied Sciences` : parent ? `${PARENT_NAMES[parent]} for ${field} ${city}` : `${city} Research Centre for ${field}`;
    add('ResearchInstitute', k, cluster, { name, founded: randomFoundingYear(random, 45, 1409), instituteType: type, parentOrganization: parent });
  }
  for (let k = 1; k <= plan.organizations; k += 1) {
    // The first organisations manage the clusters, one each; the rest are associations, chambers, investors...
    const manages = k <= clusters.length ? k - 1 : undefined;
    const cluster = manages ?? clusterPicker.pick(random);
    const type = manages !== undefined ? 'CLUSTER_MANAGEMENT' : (ORGANIZATION_TYPES[ORGANIZATION_TYPE_WEIGHTS.pick(random)] ?? 'OTHER');
    const city = cities[clusters[cluster]?.city ?? 0]?.name ?? '';
    const name = manages !== undefined ? `${clusters[cluster]?.name ?? 'Cluster'} Management` : `${city} ${type.toLowerCase().replace('_', ' ')} ${k}`;
    const founded = manages !== undefined ? (clusters[cluster]?.founded ?? 2000) : randomFoundingYear(random, 25, 1850);
    add('Organization', k, cluster, { name, founded, organizationType: type });
  }
  return { actors, clusterActors };
}

/** Marks about 5 % of companies as spin-offs of an institute (near by) and 3 % as subsidiaries of a large company. */
function linkCorporateFamilies(random: Random, actors: ActorTable, clusterActors: readonly number[][]): void {
  const institutes: number[] = [];
  const largeByChain = new Map<number, number[]>();
  for (let i = 0; i < actors.length; i += 1) {
    if (actors.label(i) === 'ResearchInstitute') institutes.push(i);
    if (actors.size(i) !== 'LARGE') continue;
    const chain = actors.chain[i] ?? 0;
    const list = largeByChain.get(chain) ?? [];
    largeByChain.set(chain, list);
    list.push(i);
  }
  for (let i = 0; i < actors.length; i += 1) {
    if (actors.label(i) !== 'Company') continue;
    if (institutes.length > 0 && random.chance(0.05)) {
      const local = (clusterActors[actors.cluster[i] ?? 0] ?? []).filter((k) => actors.label(k) === 'ResearchInstitute');
      const origin = local.length > 0 ? random.pick(local) : random.pick(institutes);
      const originFounded = actors.founded[origin] ?? 1950;
      actors.spunOffFrom[i] = origin;
      actors.founded[i] = random.int(Math.max(originFounded + 1, 1970), CURRENT_YEAR - 1);
      const size = random.chance(0.7) ? 'MICRO' : 'SMALL';
      actors.setSize(i, size, size === 'MICRO' ? random.int(1, 9) : random.int(10, 49));
    } else if (actors.size(i) !== 'LARGE' && random.chance(0.03)) {
      const parents = largeByChain.get(actors.chain[i] ?? 0) ?? [];
      if (parents.length > 0) actors.parentCompany[i] = random.pick(parents);
    }
  }
}
