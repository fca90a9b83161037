import fs from 'node:fs';
import path from 'node:path';
import { readCsvRows, type CsvEvent } from '../../../src/import/csvRows';
import { tempDir } from '../../support/tempDir';

async function eventsOf(content: string): Promise<CsvEvent[]> {
  const file = path.join(tempDir('clustergraph-csv-'), 'x.csv');
  fs.writeFileSync(file, content);
  const events: CsvEvent[] = [];
  for await (const event of readCsvRows(file)) events.push(event);
  return events;
}

describe('readCsvRows', () => {
  it('yields the header, then rows by column with the line they start on', async () => {
    const events = await eventsOf('\uFEFFid,description\r\na,"one, two"\n\nb,"line 1\nline 2 ""quoted"""\nc,\n');
    expect(events).toEqual([
      { type: 'header', columns: ['id', 'description'] },
      { type: 'row', line: 2, row: { id: 'a', description: 'one, two' } },
      { type: 'row', line: 4, row: { id: 'b', description: 'line 1\nline 2 "quoted"' } },
      { type: 'row', line: 6, row: { id: 'c', description: '' } },
    ]);
  });

  it('turns a row with the wrong number of fields into a problem and reads on', async () => {
    const events = await eventsOf('id,name\na,A,extra\nb,B\n');
    expect(events.slice(1)).toEqual([
      { type: 'problem', line: 2, reason: 'has 3 fields, the header has 2' },
      { type: 'row', line: 3, row: { id: 'b', name: 'B' } },
    ]);
  });

  it('reports broken quoting with its line', async () => {
    const events = await eventsOf('id,name\na,A\nb,"B"x\n');
    expect(events).toContainEqual({ type: 'problem', line: 3, reason: expect.stringMatching(/^CSV syntax: /) });
    expect(events).toContainEqual({ type: 'row', line: 2, row: { id: 'a', name: 'A' } });
  });

  it('reports an empty file', async () => {
    expect(await eventsOf('')).toEqual([{ type: 'problem', line: 0, reason: 'the file is empty: a header row is expected' }]);
  });
});
