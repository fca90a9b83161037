/**
 * Dates as sources give them: a year (`YYYY`), a month (`YYYY-MM`) or a day (`YYYY-MM-DD`). A partial date
 * stands for a whole period, so comparisons and validity bounds use the period's first or last day.
 */
export interface PartialDate {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when the text is not one of them or not a real date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) return undefined;
  return { year, month, day };
}

/** The first day of the period a partial date names, as `YYYY-MM-DD` (e.g. `2015` → `2015-01-01`). */
export function periodStart(date: PartialDate): string {
  return isoDate(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day of the period a partial date names, as `YYYY-MM-DD` (e.g. `2016-02` → `2016-02-29`). */
export function periodEnd(date: PartialDate): string {
  const month = date.month ?? 12;
  return isoDate(date.year, month, date.day ?? daysInMonth(date.year, month));
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids local-time shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and last day of the period a partial date names (periodStart, periodEnd). */
export interface Period {
  start: string;
  end: string;
}

// Text → its period (null: not a partial date). An import asks for the same few thousand dates millions of
// times (since, until, founded, each several times per link row: validation, the order and founding checks,
// validity bounds); parsing each anew was 7 % of a bulk conversion thread. Cleared when full, so input with
// ever new texts keeps memory bounded.
const periods = new Map<string, Period | null>();
const PERIOD_CACHE_LIMIT = 50_000;

/** The period of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when parsePartialDate refuses the text. */
export function periodOf(text: string): Period | undefined {
  let period = periods.get(text);
  if (period === undefined) {
    const date = parsePartialDate(text);
    period = date ? { start: periodStart(date), end: periodEnd(date) } : null;
    if (periods.size >= PERIOD_CACHE_LIMIT) periods.clear();
    periods.set(text, period);
  }
  return period ?? undefined;
}
