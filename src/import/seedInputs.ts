import fs from 'node:fs';
import path from 'node:path';

/** The folder under a seed folder that holds the sample overlay (rows marked `illustrative` or `fictional`). */
export const SAMPLE_SUBFOLDER = 'samples';

/**
 * The folders a seed load imports: the cited graph in `seedDir`, and with `withSamples` the sample overlay in
 * `seedDir/samples` when that folder exists. Both go into one import, so sample rows may point at cited nodes.
 */
export function seedInputs(seedDir: string, withSamples: boolean): string[] {
  const samples = path.join(seedDir, SAMPLE_SUBFOLDER);
  return withSamples && fs.existsSync(samples) ? [seedDir, samples] : [seedDir];
}
