import fs from 'node:fs';
import path from 'node:path';
import { writeActorLinks } from './actorLinks';
import { writeCollaborations } from './collaborations';
import { writeCorporateLinks } from './corporateLinks';
import { openKindWriter } from './kindWriters';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../model';
import { planGeneration, type GenerationPlan } from './generationPlan';
import { writeProjectLinks } from './projectLinks';
import { Random } from './random';
import { writeSupplyLinks } from './supplyLinks';
import { buildWorld } from './syntheticWorld';
import { writeSyntheticNodes } from './writeSyntheticNodes';

export interface GenerateOptions {
  /** Number of actors (companies, institutes, organisations); at least 10. */
  actors: number;
  /** Seed of the PRNG: the same seed and actor count give byte-identical files. */
  seed: number;
  /** Folder to write into; created when missing. Files of the same names are overwritten. */
  outDir: string;
  /** Start of every id, ending in `-` or `.`; defaults to `s-` (ids like `s-co-000001`). */
  idPrefix?: string;
}

export const DEFAULT_ID_PREFIX = 's-';
// A prefix that keeps every generated id a valid slug.
const ID_PREFIX = /^[a-z0-9]+(?:[-.][a-z0-9]+)*[-.]$/;

export interface GeneratedFile {
  file: string;
  role: 'node' | 'relationship';
  rows: number;
  bytes: number;
}

export interface GenerationResult {
  plan: GenerationPlan;
  files: GeneratedFile[];
  nodes: number;
  /** Rows of the relationship files. */
  relationshipRows: number;
  /** Links the importer derives from node files: PART_OF, BROADER, STAGE_OF, FEEDS. */
  derivedRelationships: number;
  durationMs: number;
}

/**
 * Writes a synthetic cluster landscape of `actors` actors in the import format (seeds/FORMAT.md), file by file
 * and row by row, so memory holds the entities but never the links. Companies carry the source `fictional`,
 * everything else `illustrative`.
 */
export function generateGraph(options: GenerateOptions): GenerationResult {
  const started = performance.now();
  const plan = planGeneration(options.actors);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be a whole number, got ${options.seed}`);
  const idPrefix = options.idPrefix ?? DEFAULT_ID_PREFIX;
  if (!ID_PREFIX.test(idPrefix)) throw new RangeError(`idPrefix must be lowercase slug parts ending in "-" or ".", got "${idPrefix}"`);
  fs.mkdirSync(options.outDir, { recursive: true });
  const random = new Random(options.seed);
  const world = buildWorld(plan, random, idPrefix);

  const nodeWriters = writeSyntheticNodes(world, options.outDir);
  world.actors.dropNames();
  const linkWriters = [
    ...writeActorLinks(world, random, options.outDir),
    writeCollaborations(world, random, options.outDir),
    writeSupplyLinks(world, random, options.outDir),
    ...writeProjectLinks(world, random, options.outDir),
    ...writeCorporateLinks(world, random, options.outDir),
  ];
  // Every file of the format is written, so the folder imports as a whole: a relationship kind the generator
  // does not model (yet) gets its header and no rows.
  const written = new Set(linkWriters.map((writer) => path.basename(writer.filePath, '.csv')));
  for (const kind of Object.keys(RELATIONSHIP_KINDS) as RelationshipKind[]) {
    if (written.has(kind)) continue;
    const empty = openKindWriter(options.outDir, kind);
    empty.close();
    linkWriters.push(empty);
  }
  const describe = (role: GeneratedFile['role']) => (writer: { filePath: string; rows: number }): GeneratedFile => ({
    file: path.basename(writer.filePath),
    role,
    rows: writer.rows,
    bytes: fs.statSync(writer.filePath).size,
  });
  const files = [...nodeWriters.map(describe('node')), ...linkWriters.map(describe('relationship'))];
  const stages = world.chains.reduce((n, chain) => n + chain.stages.length, 0);
  const derivedRelationships =
    world.regions.filter((r) => r.parent !== undefined).length + world.technologies.filter((t) => t.broader !== undefined).length + stages + (stages - world.chains.length);
  return {
    plan,
    files,
    nodes: files.filter((f) => f.role === 'node').reduce((n, f) => n + f.rows, 0),
    relationshipRows: files.filter((f) => f.role === 'relationship').reduce((n, f) => n + f.rows, 0),
    derivedRelationships,
    durationMs: Math.round(performance.now() - started),
  };
}
