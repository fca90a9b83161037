/**
 * Counts of a seed folder straight from its CSV files, without a database: cited and sample rows per node label
 * and relationship type, the actor links the evidence issue counts, and the largest connected part over cited
 * actor links. `npm run seeds:stats` prints them; tests use them to keep the seed README honest.
 */
import { ConnectedParts } from '../algorithms/connectedParts';
import { isIllustrative, LIST_SEPARATOR, NODE_KINDS, RELATIONSHIP_KINDS } from '../model';
import { readCsvRows } from './csvRows';
import { resolveInputFiles } from './inputFiles';

/** Cited rows (a public source) and sample rows (marked `illustrative` or `fictional`). */
export interface EvidenceCounts {
  cited: number;
  sample: number;
}

/** Links between actors, and actor → cluster / project: the links a partner or supply question walks. */
export const ACTOR_LINK_TYPES = ['SUPPLIES', 'MEMBER_OF', 'COLLABORATES_WITH', 'PARTICIPATES_IN', 'SPUN_OFF_FROM', 'SUBSIDIARY_OF'] as const;
/** The actor link types whose both ends are actors. */
export const ACTOR_TO_ACTOR_TYPES = ['SUPPLIES', 'COLLABORATES_WITH', 'SPUN_OFF_FROM', 'SUBSIDIARY_OF'] as const;

/** A row that sits in the wrong layer: a sample row among the cited files, or a cited row among the samples. */
export interface MisplacedRow {
  file: string;
  line: number;
  reason: string;
}

export interface SeedStats {
  nodes: Record<string, EvidenceCounts>;
  relationships: Record<string, EvidenceCounts>;
  /** Cited actor links of all ACTOR_LINK_TYPES together (a link counts as cited when its row and both ends are). */
  citedActorLinks: number;
  /** Nodes of the largest connected part over cited actor links (clusters and projects included). */
  largestCitedPart: number;
  /** Actors of the largest connected part over cited actor-to-actor links alone. */
  largestCitedActorPart: number;
  /** Rows whose marker does not fit the folder they are in (only when `sampleDir` is given). */
  misplaced: MisplacedRow[];
  /**
   * Cited actors and clusters per node label with and without `founded`: the date rules (src/model/dateRules.ts)
   * can only check a link's start against an end whose founding date is known.
   */
  founded: Record<string, FoundedCounts>;
}

/** Cited nodes of one label with a `founded` date and without one. */
export interface FoundedCounts {
  with: number;
  without: number;
}

/** The node labels whose founding dates the date rules read: actors and clusters. */
export const FOUNDED_LABELS = ['Company', 'ResearchInstitute', 'Organization', 'Cluster'] as const;

function bump(map: Record<string, EvidenceCounts>, key: string, sample: boolean): void {
  const entry = (map[key] ??= { cited: 0, sample: 0 });
  if (sample) entry.sample += 1;
  else entry.cited += 1;
}

function sourcesOf(cell: string | undefined): string[] {
  return (cell ?? '').split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Reads `citedDir` and, when given, `sampleDir` (each folder's own `*.csv`). Rows are counted as the files mark
 * them; a link with a sample end is counted as sample whatever its own sources say. With `sampleDir`, every
 * sample row under `citedDir` and every cited row under `sampleDir` is listed in `misplaced`.
 */
export async function seedStats(citedDir: string, sampleDir?: string): Promise<SeedStats> {
  const files = await resolveInputFiles(sampleDir === undefined ? [citedDir] : [citedDir, sampleDir]);
  const inSamples = (file: string): boolean => sampleDir !== undefined && file.startsWith(`${sampleDir.replace(/\/+$/, '')}/`);
  const sampleNodes = new Set<string>();
  const stats: SeedStats = { nodes: {}, relationships: {}, citedActorLinks: 0, largestCitedPart: 0, largestCitedActorPart: 0, misplaced: [], founded: {} };
  const foundedLabels: readonly string[] = FOUNDED_LABELS;
  const place = (file: string, line: number, sample: boolean): void => {
    if (sampleDir === undefined || sample === inSamples(file)) return;
    stats.misplaced.push({ file, line, reason: sample ? 'a sample row outside the sample folder' : 'a cited row in the sample folder' });
  };
  // Nodes first: a link's evidence depends on its ends.
  for (const file of files) {
    if (file.role !== 'node') continue;
    for await (const event of readCsvRows(file.path)) {
      if (event.type !== 'row') continue;
      const sample = isIllustrative(sourcesOf(event.row['sources']));
      if (sample && event.row['id']) sampleNodes.add(event.row['id']);
      const label = NODE_KINDS[file.kind].label;
      bump(stats.nodes, label, sample);
      place(file.path, event.line, sample);
      if (!sample && foundedLabels.includes(label)) {
        const entry = (stats.founded[label] ??= { with: 0, without: 0 });
        if ((event.row['founded'] ?? '').trim() !== '') entry.with += 1;
        else entry.without += 1;
      }
    }
  }
  const all = new ConnectedParts();
  const actors = new ConnectedParts();
  const actorLinkTypes: readonly string[] = ACTOR_LINK_TYPES;
  const actorToActorTypes: readonly string[] = ACTOR_TO_ACTOR_TYPES;
  for (const file of files) {
    if (file.role !== 'relationship') continue;
    const type = RELATIONSHIP_KINDS[file.kind].type;
    for await (const event of readCsvRows(file.path)) {
      if (event.type !== 'row') continue;
      const from = event.row['from'] ?? '';
      const to = event.row['to'] ?? '';
      const markedSample = isIllustrative(sourcesOf(event.row['sources']));
      const sample = markedSample || sampleNodes.has(from) || sampleNodes.has(to);
      bump(stats.relationships, type, sample);
      place(file.path, event.line, sample);
      if (sample || !actorLinkTypes.includes(type)) continue;
      stats.citedActorLinks += 1;
      all.link(from, to);
      if (actorToActorTypes.includes(type)) actors.link(from, to);
    }
  }
  stats.largestCitedPart = all.largest();
  stats.largestCitedActorPart = actors.largest();
  return stats;
}

/** The stats as a plain-text table (what `npm run seeds:stats` prints). */
export function formatSeedStats(stats: SeedStats): string {
  const lines: string[] = [];
  const table = (title: string, map: Record<string, EvidenceCounts>): void => {
    lines.push(`${title.padEnd(20)} ${'cited'.padStart(7)} ${'sample'.padStart(7)} ${'all'.padStart(7)}`);
    for (const [key, c] of Object.entries(map).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`${key.padEnd(20)} ${String(c.cited).padStart(7)} ${String(c.sample).padStart(7)} ${String(c.cited + c.sample).padStart(7)}`);
    }
    lines.push('');
  };
  table('node label', stats.nodes);
  table('relationship type', stats.relationships);
  lines.push(`cited actor links (${ACTOR_LINK_TYPES.join(', ')}): ${stats.citedActorLinks}`);
  lines.push(`largest connected part over cited actor links: ${stats.largestCitedPart} nodes`);
  lines.push(`largest connected part over cited actor-to-actor links (${ACTOR_TO_ACTOR_TYPES.join(', ')}): ${stats.largestCitedActorPart} actors`);
  const founded = Object.values(stats.founded).reduce((sum, c) => ({ with: sum.with + c.with, without: sum.without + c.without }), { with: 0, without: 0 });
  const perLabel = Object.entries(stats.founded)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, c]) => `${label} ${c.with}/${c.with + c.without}`)
    .join(', ');
  lines.push(`cited actors and clusters with a founding date: ${founded.with} of ${founded.with + founded.without}${perLabel ? ` (${perLabel})` : ''}`);
  if (stats.misplaced.length > 0) {
    lines.push(`misplaced rows: ${stats.misplaced.length}`);
    for (const m of stats.misplaced.slice(0, 20)) lines.push(`  ${m.file}:${m.line}: ${m.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
