import fs from 'node:fs';
import path from 'node:path';
import { ImportInputError, kindOfFileName, resolveInputFiles } from '../../../src/import';
import { tempDir } from '../../support/tempDir';

describe('kindOfFileName', () => {
  it.each([
    ['companies.csv', 'companies'],
    ['member_of.companies.csv', 'member_of'],
    ['/data/seeds/collaborates_with.part.2.csv', 'collaborates_with'],
    ['Regions.CSV', 'Regions'],
  ])('%s holds %s', (file, kind) => {
    expect(kindOfFileName(file)).toBe(kind);
  });
});

describe('resolveInputFiles', () => {
  const dir = tempDir('clustergraph-inputs-');
  for (const name of ['regions.csv', 'member_of.b.csv', 'member_of.a.csv', 'notes.csv', 'FORMAT.md']) fs.writeFileSync(path.join(dir, name), 'x\n');
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.writeFileSync(path.join(dir, 'nested', 'companies.csv'), 'x\n');

  it('expands a folder to its own CSV files, sorted and classified', async () => {
    const files = await resolveInputFiles([dir]);
    expect(files.map((f) => [path.basename(f.path), f.role, f.kind])).toEqual([
      ['member_of.a.csv', 'relationship', 'member_of'],
      ['member_of.b.csv', 'relationship', 'member_of'],
      ['notes.csv', 'unknown', 'notes'],
      ['regions.csv', 'node', 'regions'],
    ]);
  });

  it('takes single files and lists each file once', async () => {
    const file = path.join(dir, 'nested', 'companies.csv');
    const files = await resolveInputFiles([file, file, path.join(dir, 'regions.csv')]);
    expect(files.map((f) => f.kind)).toEqual(['companies', 'regions']);
  });

  it('fails on a missing path or no input', async () => {
    await expect(resolveInputFiles([path.join(dir, 'missing')])).rejects.toThrow(ImportInputError);
    await expect(resolveInputFiles([])).rejects.toThrow('No input');
  });
});
