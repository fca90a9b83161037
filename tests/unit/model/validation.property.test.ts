import fc from 'fast-check';
import {
  COMPANY_SIZES,
  ID_MAX_LENGTH,
  ID_PATTERN,
  LIST_SEPARATOR,
  parsePartialDate,
  periodEnd,
  periodStart,
  todayIso,
  validateNodeRow,
  validateRelationshipRow,
  type RawRow,
} from '../../../src/model';

/**
 * Properties of the row validation shared by the importer and the mutations, over generated rows: whatever
 * fast-check invents within the format is accepted and typed as given; whatever breaks the format is refused with
 * a reason naming the column.
 */

const segment = fc.stringMatching(/^[a-z0-9]{1,8}$/);
/** Ids as FORMAT.md defines them: lowercase parts joined by "-" or ".", at most ID_MAX_LENGTH characters. */
const validId = fc
  .tuple(segment, fc.array(fc.tuple(fc.constantFrom('-', '.'), segment), { maxLength: 6 }))
  .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''))
  .filter((id) => id.length <= ID_MAX_LENGTH);

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && !isLeap(year) ? 28 : (DAYS[month - 1] ?? 31));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A real calendar date as year, month and day. */
const calendarDay = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysIn(year, month)) }));
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with the parts it names. */
const partialDate = fc.oneof(
  calendarDay.map(({ year }) => ({ text: pad(year, 4), year, month: undefined, day: undefined })),
  calendarDay.map(({ year, month }) => ({ text: `${pad(year, 4)}-${pad(month, 2)}`, year, month, day: undefined })),
  calendarDay.map(({ year, month, day }) => ({ text: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, year, month, day })),
);

// Names and list items: printable text without the list separator's bar and without edge whitespace.
const plainText = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[|\s]+/g, ' ').trim())
  .filter((s) => s.length > 0);

// `+ 0` turns -0 into 0: a cell holds "0" for both.
const latitude = fc.double({ min: -90, max: 90, noNaN: true }).map((n) => Number(n.toFixed(6)) + 0);
const longitude = fc.double({ min: -180, max: 180, noNaN: true }).map((n) => Number(n.toFixed(6)) + 0);

/** A valid companies.csv row, with the values it should come out as. */
const companyRow = fc.record({
  id: validId,
  name: plainText,
  size: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: undefined }),
  employees: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
  founded: fc.option(partialDate, { nil: undefined }),
  location: fc.option(fc.tuple(latitude, longitude), { nil: undefined }),
  sources: fc.array(plainText, { minLength: 1, maxLength: 4 }),
  aliases: fc.array(plainText, { maxLength: 3 }),
});
type CompanyRow = typeof companyRow extends fc.Arbitrary<infer T> ? T : never;

function toRaw(row: CompanyRow): RawRow {
  return {
    id: row.id,
    name: row.name,
    size: row.size ?? '',
    employees: row.employees === undefined ? '' : String(row.employees),
    founded: row.founded?.text ?? '',
    lat: row.location === undefined ? '' : String(row.location[0]),
    lon: row.location === undefined ? '' : String(row.location[1]),
    sources: row.sources.join(LIST_SEPARATOR),
    aliases: row.aliases.join(LIST_SEPARATOR),
  };
}

function reasons(result: { ok: true } | { ok: false; reasons: string[] }): string[] {
  return result.ok ? [] : result.reasons;
}

describe('row validation (property-based)', () => {
  it('accepts every generated valid company row and types its cells as given', () => {
    fc.assert(
      fc.property(companyRow, (row) => {
        const result = validateNodeRow('companies', toRaw(row));
        expect(reasons(result)).toEqual([]);
        if (!result.ok) return;
        expect(result.record).toMatchObject({
          id: row.id,
          name: row.name,
          size: row.size,
          employees: row.employees,
          founded: row.founded?.text,
          lat: row.location?.[0],
          lon: row.location?.[1],
          sources: row.sources,
        });
        expect(result.record.aliases ?? []).toEqual(row.aliases);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every id of the documented form', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(ID_PATTERN.test(id)).toBe(true);
        expect(validateNodeRow('companies', { id, name: 'n', sources: 's' }).ok).toBe(true);
      }),
    );
  });

  // Each mutation breaks the id pattern in one way: upper case, a character outside it, a separator at an edge
  // or doubled, or too many characters.
  const brokenId = fc.oneof(
    fc.tuple(validId, fc.constantFrom('A', 'Z', 'Ä')).map(([id, upper]) => `${id}${upper}`),
    // The bad character sits between two valid parts: at an end, whitespace would be trimmed like any CSV cell.
    fc.tuple(validId, fc.constantFrom('_', ' ', '/', "'", '"', '}', '\u0000', 'é', '*')).map(([id, bad]) => `${id}${bad}${id}`),
    fc.tuple(validId, fc.constantFrom('-', '.')).map(([id, sep]) => `${sep}${id}`),
    fc.tuple(validId, fc.constantFrom('-', '.')).map(([id, sep]) => `${id}${sep}`),
    fc.tuple(validId, validId, fc.constantFrom('--', '..', '-.', '.-')).map(([a, b, sep]) => `${a}${sep}${b}`),
    validId.map((id) => id.padEnd(ID_MAX_LENGTH + 1, 'x')),
  );

  it('refuses every id with a broken pattern, naming the id column', () => {
    fc.assert(
      fc.property(brokenId, (id) => {
        const found = reasons(validateNodeRow('companies', { id, name: 'n', sources: 's' }));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/^id: ".*" is not a valid id/s);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a relationship whose end has a broken id, naming that end', () => {
    fc.assert(
      fc.property(validId, brokenId, fc.boolean(), (good, bad, badIsFrom) => {
        const row = badIsFrom ? { from: bad, to: good, sources: 's' } : { from: good, to: bad, sources: 's' };
        const found = reasons(validateRelationshipRow('collaborates_with', row));
        expect(found.some((r) => r.startsWith(badIsFrom ? 'from: ' : 'to: '))).toBe(true);
      }),
    );
  });

  it('round-trips every partial date: parsed parts are the written ones, and its period runs start to end', () => {
    fc.assert(
      fc.property(partialDate, ({ text, year, month, day }) => {
        const parsed = parsePartialDate(text);
        expect(parsed).toEqual({ year, month, day });
        if (!parsed) return;
        const start = periodStart(parsed);
        const end = periodEnd(parsed);
        expect(start <= end).toBe(true);
        expect(start.startsWith(text)).toBe(true);
        expect(end.startsWith(text)).toBe(true);
        // A whole year or month covers its first and last day; a day covers itself.
        if (day !== undefined) expect(start).toBe(end);
        if (month === undefined) expect([start.slice(5), end.slice(5)]).toEqual(['01-01', '12-31']);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses days that do not exist in their month', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 5 }) })
      .map(({ year, month, extra }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(daysIn(year, month) + extra, 99), 2)}`);
    fc.assert(
      fc.property(impossible, (text) => {
        expect(parsePartialDate(text)).toBeUndefined();
        expect(reasons(validateNodeRow('companies', { id: 'a', name: 'n', sources: 's', founded: text }))[0]).toMatch(/^founded: ".*" is not a date/);
      }),
    );
  });

  it('refuses a period whose since is after its until, and accepts the same dates the other way round', () => {
    const row = (since: string, until: string): RawRow => ({ from: 'a', to: 'b', since, until, sources: 's' });
    fc.assert(
      fc.property(partialDate, partialDate, (earlier, later) => {
        const [a, b] = [parsePartialDate(earlier.text), parsePartialDate(later.text)];
        // Only pairs where the first period ends before the second begins.
        fc.pre(a !== undefined && b !== undefined && periodEnd(a) < periodStart(b));
        // A start in the future is refused for that alone (the next property).
        fc.pre(periodStart(b) <= todayIso());
        expect(validateRelationshipRow('collaborates_with', row(earlier.text, later.text)).ok).toBe(true);
        expect(reasons(validateRelationshipRow('collaborates_with', row(later.text, earlier.text)))).toEqual([
          `until: "${earlier.text}" is before since "${later.text}"`,
        ]);
      }),
    );
  });

  it('refuses a since in the future and accepts one up to today', () => {
    const since = (text: string): RawRow => ({ from: 'a', to: 'b', since: text, sources: 's' });
    fc.assert(
      fc.property(partialDate, (date) => {
        const parsed = parsePartialDate(date.text);
        fc.pre(parsed !== undefined);
        const future = periodStart(parsed) > todayIso();
        const result = validateRelationshipRow('member_of', since(date.text));
        if (future) expect(reasons(result)).toEqual([`since: "${date.text}" is in the future`]);
        else expect(result.ok).toBe(true);
      }),
    );
  });

  it('refuses coordinates outside the globe and accepts those on it', () => {
    const outside = fc.oneof(
      fc.tuple(fc.double({ min: 90.000001, max: 1e6, noNaN: true }), longitude),
      fc.tuple(latitude, fc.double({ min: -1e6, max: -180.000001, noNaN: true })),
    );
    fc.assert(
      fc.property(outside, ([lat, lon]) => {
        const found = reasons(validateNodeRow('companies', { id: 'a', name: 'n', sources: 's', lat: lat.toFixed(6), lon: lon.toFixed(6) }));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/^(lat|lon): must be a number/);
      }),
    );
  });

  it('accepts whole numbers of employees and refuses anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const result = validateNodeRow('companies', { id: 'a', name: 'n', sources: 's', employees: String(n) });
        expect(result.ok && result.record.employees).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }).map(String), fc.double({ min: 0.01, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)).map(String), plainText.filter((t) => !/^[+-]?\d+$/.test(t))), (text) => {
        expect(reasons(validateNodeRow('companies', { id: 'a', name: 'n', sources: 's', employees: text }))[0]).toMatch(/^employees: /);
      }),
    );
  });
});
