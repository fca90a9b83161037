import { formatImportSummary } from '../../../src/cli/importSummary';
import type { ImportReport } from '../../../src/import';

describe('formatImportSummary', () => {
  const report: ImportReport = {
    files: [],
    nodes: { Company: { rows: 12, cited: 7, sample: 3, created: 10, updated: 0, unchanged: 0, rejected: 2 } },
    relationships: { LOCATED_IN: { rows: 3, cited: 3, sample: 0, created: 1, updated: 1, unchanged: 1, rejected: 0 } },
    rejects: [
      { file: '/work/data/companies.csv', line: 4, reason: 'name: is required' },
      { file: '/elsewhere/companies.csv', line: 9, reason: 'id: bad' },
    ],
    nodesWritten: 10,
    relationshipsWritten: 2,
    relationshipsImported: 3,
    durationMs: 1234,
  };

  it('prints a table, totals and the rejects with paths relative to the working folder', () => {
    expect(formatImportSummary(report, '/work')).toBe(
      [
        'kind        rows  cited  sample  created  updated  unchanged  rejected',
        '----------  ----  -----  ------  -------  -------  ---------  --------',
        'Company       12      7       3       10        0          0         2',
        'LOCATED_IN     3      3       0        1        1          1         0',
        '',
        '10 nodes and 2 relationships written (3 relationships of the input in the graph), 2 rejected, in 1.2 s',
        '',
        'Rejected:',
        '  data/companies.csv:4: name: is required',
        '  /elsewhere/companies.csv:9: id: bad',
        '',
      ].join('\n'),
    );
  });
});
