/**
 * validateRelationshipRow's fast path (fastRelationshipRecord) and validateNodeRow's must accept exactly the rows
 * zod accepts and give the very record zod gives, key for key and in key order (the order reaches `_hash`):
 * checked on every row of the seeds and on each row broken cell by cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { readCsvRows } from '../../../src/import/csvRows';
import { NODE_KINDS, RELATIONSHIP_KINDS, type NodeKind, type RawRow, type RelationshipKind } from '../../../src/model';
import { fastNodeRecord, fastRelationshipRecord } from '../../../src/model/validateRow';

const SEEDS = path.join(projectRoot, 'seeds');

/** Every row of the seed files whose kind (the file name's first part) is a key of `kinds`. */
async function seedRowsOf<K extends string>(kinds: Readonly<Record<K, unknown>>): Promise<{ kind: K; row: Record<string, string | undefined> }[]> {
  const rows: { kind: K; row: Record<string, string | undefined> }[] = [];
  for (const dir of [SEEDS, path.join(SEEDS, 'samples')]) {
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
      const kind = name.split('.')[0] ?? '';
      if (!Object.hasOwn(kinds, kind)) continue;
      for await (const event of readCsvRows(path.join(dir, name))) if (event.type === 'row') rows.push({ kind: kind as K, row: { ...event.row } });
    }
  }
  return rows;
}

const seedRows = (): Promise<{ kind: RelationshipKind; row: Record<string, string | undefined> }[]> => seedRowsOf(RELATIONSHIP_KINDS);
const seedNodeRows = (): Promise<{ kind: NodeKind; row: Record<string, string | undefined> }[]> => seedRowsOf(NODE_KINDS);

// Cells that break (or, for optional columns, empty) a column: each is tried in every column of a row.
const BROKEN_CELLS = ['', '   ', 'Not An Id', '2999', '2999-01-01', '2020-13', '2021-02-29', '1800', '0', '11', 'x', 'fictional', 'illustrative | fictional', ' | ', 'PARTNER', 'BOARD'];

/** The fast path's record for `row` is zod's (key order, and keys holding undefined, included), or both refuse it. */
function expectFastLikeZod(kind: string, row: RawRow, zod: { success: boolean; data?: unknown }, fast: object | undefined): void {
  if (!zod.success) {
    expect({ kind, row, fast }).toEqual({ kind, row, fast: undefined });
    return;
  }
  expect(fast).toBeDefined();
  // Entries, so key order and keys holding undefined count too (the renamed columns of a last step included).
  expect(Object.entries(fast ?? {})).toEqual(Object.entries(zod.data as object));
}

function expectSameAsZod(kind: RelationshipKind, row: RawRow): void {
  expectFastLikeZod(kind, row, RELATIONSHIP_KINDS[kind].schema.safeParse(row), fastRelationshipRecord(kind, row));
}

describe('fastRelationshipRecord', () => {
  it('gives zod’s record for every relationship row of the seeds', async () => {
    const rows = await seedRows();
    expect(rows.length).toBeGreaterThan(100);
    for (const { kind, row } of rows) expectSameAsZod(kind, row);
  });

  it('refuses what zod refuses, cell by cell, and gives zod’s record for what it accepts', async () => {
    const firstOfKind = new Map<RelationshipKind, Record<string, string | undefined>>();
    for (const { kind, row } of await seedRows()) if (!firstOfKind.has(kind)) firstOfKind.set(kind, row);
    let refused = 0;
    for (const [kind, row] of firstOfKind) {
      const columns = RELATIONSHIP_KINDS[kind].columns;
      for (const column of columns) {
        for (const cell of BROKEN_CELLS) {
          const broken = { ...row, [column]: cell };
          expectSameAsZod(kind, broken);
          if (!RELATIONSHIP_KINDS[kind].schema.safeParse(broken).success) refused += 1;
        }
        // The column absent from the header, and the row pointing at itself.
        const { [column]: _absent, ...without } = row;
        expectSameAsZod(kind, without);
      }
      expectSameAsZod(kind, { ...row, to: row['from'] });
      if (columns.includes('since') && columns.includes('until')) expectSameAsZod(kind, { ...row, since: '2020-05', until: '2020-04-30' });
    }
    expect(refused).toBeGreaterThan(100);
  });
});

// Node cells add numbers, coordinates, NUTS codes and the values of their kinds to the broken cells above.
const BROKEN_NODE_CELLS = [...BROKEN_CELLS, '91', '-181', '1e3', '0x10', 'DE', 'de1', 'DED21X', 'UNIVERSITY', 'LARGE', 'FRAUNHOFER', '-5', '12.5', 'a | b'];

function expectNodeSameAsZod(kind: NodeKind, row: RawRow): void {
  expectFastLikeZod(kind, row, NODE_KINDS[kind].schema.safeParse(row), fastNodeRecord(kind, row));
}

describe('fastNodeRecord', () => {
  it('gives zod’s record for every node row of the seeds', async () => {
    const rows = await seedNodeRows();
    expect(rows.length).toBeGreaterThan(100);
    for (const { kind, row } of rows) expectNodeSameAsZod(kind, row);
  });

  it('refuses what zod refuses, cell by cell, and gives zod’s record for what it accepts', async () => {
    const firstOfKind = new Map<NodeKind, Record<string, string | undefined>>();
    for (const { kind, row } of await seedNodeRows()) if (!firstOfKind.has(kind)) firstOfKind.set(kind, row);
    expect([...firstOfKind.keys()].sort()).toEqual(Object.keys(NODE_KINDS).sort());
    let refused = 0;
    for (const [kind, row] of firstOfKind) {
      for (const column of NODE_KINDS[kind].columns) {
        for (const cell of BROKEN_NODE_CELLS) {
          const broken = { ...row, [column]: cell };
          expectNodeSameAsZod(kind, broken);
          if (!NODE_KINDS[kind].schema.safeParse(broken).success) refused += 1;
        }
        const { [column]: _absent, ...without } = row;
        expectNodeSameAsZod(kind, without);
      }
      if (NODE_KINDS[kind].columns.includes('parent')) expectNodeSameAsZod(kind, { ...row, parent: row['id'] });
      if (NODE_KINDS[kind].columns.includes('start')) expectNodeSameAsZod(kind, { ...row, start: '2020-05', end: '2020-04-30' });
    }
    expect(refused).toBeGreaterThan(200);
  });
});
