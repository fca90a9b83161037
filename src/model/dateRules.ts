/**
 * Date rules that make a link's dates impossible rather than merely unverified: a link cannot start before
 * either end was founded (so a membership cannot start before its cluster was founded), and it cannot start in
 * the future. `until` before `since` is refused by the row schemas (rowChecks.checkOrdered). The importer and
 * the mutations apply these same functions; the founding rule needs the ends' `founded`, which one row cannot
 * tell, so callers pass a lookup.
 */
import type { z } from 'zod';
import { parsePartialDate, periodOf, periodStart } from './partialDate';
import { described } from './ruleDescriptions';

/** Today as `YYYY-MM-DD` (UTC), the bound of the future-start rule. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The column and value a link's start is given in: `since`, or a spin-off's `year`; undefined when unknown. */
export function linkStart(record: object): { column: 'since' | 'year'; text: string } | undefined {
  if ('since' in record && typeof record.since === 'string') return { column: 'since', text: record.since };
  if ('year' in record && typeof record.year === 'number') return { column: 'year', text: String(record.year) };
  return undefined;
}

const DAY_MS = 86_400_000;
// Today as todayIso() gives it, and the UTC day it holds for: every row of an import checks its start against it.
let today = { text: '', from: 0, until: 0 };

function currentDayIso(): string {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const from = now - (now % DAY_MS);
    today = { text: todayIso(new Date(now)), from, until: from + DAY_MS };
  }
  return today.text;
}

/** Row check: the start (`since` or `year`) does not lie in the future. */
export function checkNotFuture(row: object, ctx: z.RefinementCtx): void {
  const start = linkStart(row);
  if (start === undefined) return;
  // A start in a year before this one is never in the future; only this year's and later dates need the day.
  const year = Number(start.text.slice(0, 4));
  const thisYear = currentDayIso();
  if (year < Number(thisYear.slice(0, 4))) return;
  const date = parsePartialDate(start.text);
  if (date && periodStart(date) > thisYear) {
    ctx.addIssue({ code: 'custom', path: [start.column], message: `"${start.text}" is in the future` });
  }
}

/**
 * Why a link cannot start when it says: for each end whose founding date `foundedOf` knows, the start's period
 * ending before the founding period begins (`since` 2016 with `founded` 2017-03 is refused, 2017 is not).
 * Messages name the column, e.g. `since: 2002 is before "senorics" was founded (2017)`.
 */
export function foundingProblems(record: { from: string; to: string }, foundedOf: (id: string) => string | undefined): string[] {
  const start = linkStart(record);
  const startPeriod = start === undefined ? undefined : periodOf(start.text);
  if (!start || !startPeriod) return [];
  const problems: string[] = [];
  const check = (id: string): void => {
    const foundedText = foundedOf(id);
    const founded = foundedText === undefined ? undefined : periodOf(foundedText);
    if (founded && startPeriod.end < founded.start) {
      problems.push(`${start.column}: ${start.text} is before "${id}" was founded (${foundedText})`);
    }
  };
  check(record.from);
  if (record.to !== record.from) check(record.to);
  return problems;
}

// Its JVM twin takes today from the spec (todayIso), so both sides judge a row by the same day.
described(checkNotFuture, ['notFuture']);
