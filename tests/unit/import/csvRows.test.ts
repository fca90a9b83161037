import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../../src/config';
import { CsvParser, readCsvRows, type CsvEvent } from '../../../src/import/csvRows';
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

  it('reports a quote inside an unquoted field and a quoted field left open, and reads on', async () => {
    const events = await eventsOf('id,name\na,A"B\nb,B\nc,"open\n');
    expect(events).toEqual([
      { type: 'header', columns: ['id', 'name'] },
      { type: 'problem', line: 2, reason: expect.stringMatching(/^CSV syntax: a quote inside an unquoted field/) },
      { type: 'row', line: 3, row: { id: 'b', name: 'B' } },
      { type: 'problem', line: 4, reason: expect.stringMatching(/^CSV syntax: a quoted field .* not closed/) },
    ]);
  });

  it('gives the same events whichever way the text is cut into chunks', () => {
    const text = '\uFEFFid,description\r\na,"one, two"\r\n\r\nb,"line 1\r\nline 2 ""quoted"""\nc,\nd,"x"\r\ne,"",\nf,"y"z\ng,ok';
    const whole = new CsvParser().push(text, true);
    expect(whole.filter((e) => e.type === 'row')).toHaveLength(5);
    expect(whole.filter((e) => e.type === 'problem')).toHaveLength(2);
    for (let cut = 1; cut < text.length; cut += 1) {
      for (const step of [1, 7]) {
        const parser = new CsvParser();
        const events = [...parser.push(text.slice(0, cut), false)];
        for (let at = cut; at < text.length; at += step) events.push(...parser.push(text.slice(at, Math.min(text.length, at + step)), false));
        events.push(...parser.push('', true));
        expect({ cut, step, events }).toEqual({ cut, step, events: whole });
      }
    }
  });

  // csv-parse (the library this reader replaced for speed) is the reference: the seed files hold quoted commas,
  // quotes and multi-byte text, and every record and the line it starts on must come out the same.
  it('reads every seed file as csv-parse does', async () => {
    const files = ['seeds', 'seeds/samples'].flatMap((dir) =>
      fs
        .readdirSync(path.join(projectRoot, dir))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => path.join(projectRoot, dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const reference = parse(fs.readFileSync(file), { bom: true, info: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'] }) as { record: string[]; info: { lines: number } }[];
      const [header, ...rows] = reference;
      const columns = (header?.record ?? []).map((c) => c.trim());
      const expected: CsvEvent[] = [
        { type: 'header', columns },
        ...rows.map(({ record, info }): CsvEvent => ({
          type: 'row',
          line: info.lines - record.reduce((n, field) => n + field.split('\n').length - 1, 0),
          row: Object.fromEntries(columns.map((column, k) => [column, record[k] ?? ''])),
        })),
      ];
      const events: CsvEvent[] = [];
      for await (const event of readCsvRows(file)) events.push(event);
      expect({ file, events }).toEqual({ file, events: expected });
    }
  });
});
