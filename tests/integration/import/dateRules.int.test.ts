import path from 'node:path';
import { projectRoot } from '../../../src/config';
import type { GraphClient } from '../../../src/graph/graphClient';
import { importGraph, seedInputs } from '../../../src/import';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { writeCsvFolder } from './importFixtures';

let graph: GraphClient;
const p = uniquePrefix('dates');
const nextYear = new Date().getUTCFullYear() + 1;

beforeAll(() => {
  graph = createTestGraph();
});

afterAll(async () => {
  await deleteByPrefix(graph, p);
  await graph.close();
});

describe('the date rules of the importer', () => {
  const dir = writeCsvFolder({
    'companies.csv': [
      'id,name,founded,sources',
      `${p}old,Old GmbH,1990,https://old.example`,
      `${p}young,Young GmbH,2017-03,https://young.example`,
    ],
    'clusters.csv': ['id,name,founded,sources', `${p}net,Net e.V.,2014,https://net.example`],
    'member_of.csv': [
      'from,to,role,since,until,sources',
      `${p}old,${p}net,MEMBER,2012,,https://net.example/members`,
      `${p}young,${p}net,MEMBER,2018,,https://net.example/members`,
    ],
    'supplies.csv': [
      'from,to,product,stage,since,until,sources',
      `${p}young,${p}old,sensors,,2016,,https://young.example/news`,
      `${p}old,${p}young,wafers,,2017,,https://old.example/news`,
      `${p}old,senorics,wafers,,2010,,https://old.example/news`,
      `senorics,${p}old,sensors,,${nextYear},,https://old.example/news`,
    ],
    'collaborates_with.csv': ['from,to,topic,since,until,weight,sources', `${p}old,${p}young,sensing,2020,2018,,https://old.example/news`],
    'spun_off_from.csv': ['from,to,year,sources', `${p}young,${p}old,${nextYear},https://young.example`],
  });
  const file = (name: string): string => path.join(dir, name);

  it('refuses each impossible date with its file, line and reason and imports the rest', async () => {
    const report = await importGraph(graph, [dir]);
    expect(report.rejects).toEqual(
      expect.arrayContaining([
        // a membership that starts before the cluster was founded
        { file: file('member_of.csv'), line: 2, reason: `since: 2012 is before "${p}net" was founded (2014)` },
        // a link that starts before one end was founded (the founding month counts: 2016 ends before 2017-03)
        { file: file('supplies.csv'), line: 2, reason: `since: 2016 is before "${p}young" was founded (2017-03)` },
        // the end's founding year comes from the database when the input lacks the node (Senorics, founded 2017)
        { file: file('supplies.csv'), line: 4, reason: 'since: 2010 is before "senorics" was founded (2017)' },
        // a future start
        { file: file('supplies.csv'), line: 5, reason: `since: "${nextYear}" is in the future` },
        { file: file('spun_off_from.csv'), line: 2, reason: `year: "${nextYear}" is in the future` },
        // until before since
        { file: file('collaborates_with.csv'), line: 2, reason: 'until: "2018" is before since "2020"' },
      ]),
    );
    expect(report.rejects).toHaveLength(6);
    expect(report.relationships['MEMBER_OF']).toMatchObject({ rows: 2, created: 1, rejected: 1 });
    expect(report.relationships['SUPPLIES']).toMatchObject({ rows: 4, created: 1, rejected: 3 });
  });
});

describe('the shipped seed graph', () => {
  it('passes every rule, cited layer alone and with its samples; the cited layer holds no sample row', async () => {
    const seeds = path.join(projectRoot, 'seeds');
    const cited = await importGraph(graph, seedInputs(seeds, false));
    expect(cited.rejects).toEqual([]);
    expect(cited.files.some((f) => f.file.includes(`${path.sep}samples${path.sep}`))).toBe(false);
    for (const counts of [...Object.values(cited.nodes), ...Object.values(cited.relationships)]) expect(counts.sample).toBe(0);
    expect(Object.values(cited.relationships).reduce((n, c) => n + c.cited, 0)).toBeGreaterThan(0);

    const all = await importGraph(graph, seedInputs(seeds, true));
    expect(all.rejects).toEqual([]);
    expect(Object.values(all.relationships).reduce((n, c) => n + c.sample, 0)).toBeGreaterThan(0);
  });
});
