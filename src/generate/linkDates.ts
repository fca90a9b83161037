import type { Random } from './random';
import { CURRENT_YEAR } from './syntheticWorld';

/** A date in the year, written as sources do: mostly a year, sometimes a month or a day. */
export function dateInYear(random: Random, year: number): string {
  const form = random.next();
  if (form < 0.7) return String(year);
  const month = String(random.int(1, 12)).padStart(2, '0');
  if (form < 0.9) return `${year}-${month}`;
  return `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/**
 * A since/until period starting no earlier than `fromYear`; about one in `endedOneIn` has ended. An until in
 * the same year as since is written as the year, so it never ends before since begins.
 */
export function randomPeriod(random: Random, fromYear: number, endedOneIn = 7): { since: string; until: string | undefined } {
  // An actor founded in CURRENT_YEAR (a spin-off of a firm founded the year before) can only link from then on:
  // an earlier start would break the importer's founding rule.
  const sinceYear = random.int(fromYear, Math.max(fromYear, CURRENT_YEAR - 1));
  const since = dateInYear(random, sinceYear);
  if (!random.chance(1 / endedOneIn)) return { since, until: undefined };
  const untilYear = random.int(sinceYear, CURRENT_YEAR);
  return { since, until: untilYear === sinceYear ? String(untilYear) : dateInYear(random, untilYear) };
}
