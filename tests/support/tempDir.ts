import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Jest gives every test file its own module registry, so this list (and the afterAll below) is per test file.
const created: string[] = [];

/**
 * A fresh folder `<os.tmpdir()>/<prefix>XXXXXX`, removed with everything in it after the last test of the file
 * that made it, whether the tests passed or not. Import this module at the top of a test file or of a support
 * module it imports (not lazily inside a test): importing it registers the afterAll that removes the folders.
 */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir has made so far in this test file; runs by itself in afterAll. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

afterAll(removeTempDirs);
