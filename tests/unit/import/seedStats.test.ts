import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/seedStats';
import { projectRoot } from '../../../src/config';
import { seedInputs } from '../../../src/import';
import { seedStats } from '../../../src/import/seedStats';
import { tempDir } from '../../support/tempDir';

function writeFolder(files: Record<string, string[]>): string {
  const dir = tempDir('clustergraph-seedstats-');
  for (const [name, lines] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
  }
  return dir;
}

describe('seedStats', () => {
  const dir = writeFolder({
    'companies.csv': ['id,name,founded,sources', 'a,A,1991,https://a.example', 'b,B,,wikipedia:B', 'c,C,,https://c.example', 'd,D,2001-05,https://d.example'],
    'clusters.csv': ['id,name,founded,sources', 'k,K,,https://k.example'],
    'supplies.csv': ['from,to,sources', 'a,b,https://a.example/press', 'c,d,https://c.example/press'],
    'member_of.csv': ['from,to,sources', 'b,k,https://k.example/members'],
    'samples/companies.csv': ['id,name,founded,sources', 'sample-x,X (sample),1990,fictional'],
    'samples/supplies.csv': ['from,to,sources', 'b,c,illustrative', 'sample-x,a,https://looks.cited.example'],
  });

  it('counts cited and sample rows, and the largest part over cited actor links only', async () => {
    const stats = await seedStats(dir, path.join(dir, 'samples'));
    expect(stats.nodes['Company']).toEqual({ cited: 4, sample: 1 });
    // A link to a fictional company is sample whatever its own sources say.
    expect(stats.relationships['SUPPLIES']).toEqual({ cited: 2, sample: 2 });
    expect(stats.citedActorLinks).toBe(3);
    // a-b-k over cited links; the sample link b-c would have joined c-d.
    expect(stats.largestCitedPart).toBe(3);
    expect(stats.largestCitedActorPart).toBe(2);
    expect(stats.misplaced).toEqual([]);
    // Founding dates of cited actors and clusters only: the fictional company's does not count.
    expect(stats.founded).toEqual({ Company: { with: 2, without: 2 }, Cluster: { with: 0, without: 1 } });
  });

  it('lists a sample row among the cited files and a cited row among the samples', async () => {
    const mixed = writeFolder({
      'supplies.csv': ['from,to,sources', 'a,b,illustrative'],
      'companies.csv': ['id,name,sources', 'a,A,https://a.example', 'b,B,https://b.example'],
      'samples/companies.csv': ['id,name,sources', 'c,C,https://c.example'],
    });
    const stats = await seedStats(mixed, path.join(mixed, 'samples'));
    expect(stats.misplaced.map((m) => `${path.relative(mixed, m.file)}:${m.line}`).sort()).toEqual(['samples/companies.csv:2', 'supplies.csv:2']);
  });
});

describe('the shipped seeds', () => {
  const seeds = path.join(projectRoot, 'seeds');

  it('keep every sample row in seeds/samples and none there that is cited', async () => {
    const stats = await seedStats(seeds, path.join(seeds, 'samples'));
    expect(stats.misplaced).toEqual([]);
    const cited = await seedStats(seeds);
    for (const counts of [...Object.values(cited.nodes), ...Object.values(cited.relationships)]) expect(counts.sample).toBe(0);
  });

  it('are described by seeds/README.md with the founding-date count seeds:stats prints', async () => {
    const stats = await seedStats(seeds, path.join(seeds, 'samples'));
    const counts = Object.values(stats.founded);
    const withFounded = counts.reduce((sum, c) => sum + c.with, 0);
    const all = counts.reduce((sum, c) => sum + c.with + c.without, 0);
    const readme = fs.readFileSync(path.join(seeds, 'README.md'), 'utf8');
    const stated = /Founding dates: (\d+) of the (\d+) cited actors and clusters carry `founded`/.exec(readme);
    expect(stated).not.toBeNull();
    expect([Number(stated![1]), Number(stated![2])]).toEqual([withFounded, all]);
  });

  it('load the overlay only when samples are on', () => {
    expect(seedInputs(seeds, true)).toEqual([seeds, path.join(seeds, 'samples')]);
    expect(seedInputs(seeds, false)).toEqual([seeds]);
  });
});

describe('npm run seeds:stats', () => {
  it('prints the table and exits 1 when a row sits in the wrong layer', async () => {
    let out = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream, stderr: process.stderr, env: {}, cwd: projectRoot };
    const bad = writeFolder({ 'companies.csv': ['id,name,sources', 'a,A,fictional'], 'samples/companies.csv': ['id,name,sources'] });
    expect(await main([bad], io)).toBe(1);
    expect(out).toMatch(/Company\s+0\s+1\s+1/);
    expect(out).toContain('misplaced rows: 1');
    expect(out).toContain('cited actors and clusters with a founding date: 0 of 0');
  });

  it('prints how many cited actors and clusters have a founding date', async () => {
    let out = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream, stderr: process.stderr, env: {}, cwd: projectRoot };
    const folder = writeFolder({ 'companies.csv': ['id,name,founded,sources', 'a,A,1991,https://a.example', 'b,B,,https://b.example'] });
    expect(await main([folder], io)).toBe(0);
    expect(out).toContain('cited actors and clusters with a founding date: 1 of 2 (Company 1/2)');
  });
});
