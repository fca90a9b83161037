import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { generateGraph } from '../src/generate';

export interface Dataset {
  dir: string;
  /** True when the files were written by this run, false when an earlier run's files were reused. */
  generated: boolean;
  durationMs: number;
}

/** Written last, so a folder left by an interrupted generation is never taken for a complete one. */
const COMPLETE_MARKER = '.bench-complete';

/**
 * The synthetic graph of a scale, keyed by actors and seed under bench/data/ (gitignored): generated once,
 * reused by later runs. The generator is deterministic for a seed, so equal keys mean equal files.
 */
export function ensureDataset(actors: number, seed: number): Dataset {
  const dir = path.join(projectRoot, 'bench', 'data', `synthetic-${actors}-${seed}`);
  if (fs.existsSync(path.join(dir, COMPLETE_MARKER))) return { dir, generated: false, durationMs: 0 };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  generateGraph({ actors, seed, outDir: dir });
  fs.writeFileSync(path.join(dir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  return { dir, generated: true, durationMs: Math.round(performance.now() - started) };
}
