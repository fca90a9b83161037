import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as TempDirModule from '../../support/tempDir';
import { removeTempDirs, tempDir } from '../../support/tempDir';

describe('tempDir', () => {
  it('makes a fresh folder per call under the system temp folder, named by the prefix', () => {
    const [a, b] = [tempDir('clustergraph-tempdir-test-'), tempDir('clustergraph-tempdir-test-')];
    expect(a).not.toBe(b);
    for (const dir of [a, b]) {
      expect(path.dirname(dir)).toBe(os.tmpdir());
      expect(path.basename(dir)).toMatch(/^clustergraph-tempdir-test-/);
      expect(fs.statSync(dir).isDirectory()).toBe(true);
    }
  });

  it('removes every folder it made, with what is inside, and may run again', () => {
    const [a, b] = [tempDir('clustergraph-tempdir-test-'), tempDir('clustergraph-tempdir-test-')];
    fs.mkdirSync(path.join(a, 'nested'));
    fs.writeFileSync(path.join(a, 'nested', 'file.csv'), 'id\n');
    fs.writeFileSync(path.join(b, 'file.json'), '{}');
    removeTempDirs();
    expect([fs.existsSync(a), fs.existsSync(b)]).toEqual([false, false]);
    expect(() => removeTempDirs()).not.toThrow();
  });

  describe('after the tests of the file that imports it', () => {
    const made: string[] = [];

    describe('a test file using it', () => {
      // A fresh copy of the module, loaded here, registers its afterAll on this block, as it does on a whole
      // test file when imported at the top.
      let isolated: typeof TempDirModule | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        isolated = require('../../support/tempDir') as typeof TempDirModule;
      });

      it('makes folders and leaves them in place while its tests run', () => {
        const dir = isolated?.tempDir('clustergraph-tempdir-test-') ?? '';
        fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
        made.push(dir, isolated?.tempDir('clustergraph-tempdir-test-') ?? '');
        expect(made.every((d) => d !== '' && fs.existsSync(d))).toBe(true);
      });

      it('still has them in a later test', () => {
        expect(made.every((d) => fs.existsSync(d))).toBe(true);
      });
    });

    it('has removed them', () => {
      expect(made).toHaveLength(2);
      expect(made.filter((d) => fs.existsSync(d))).toEqual([]);
    });
  });
});
