import { parsePartialDate, periodStart } from '../model';

/** An `asOf` argument as the ISO date queries compare validity against: a year or month means its first day. */
export function asOfDate(asOf: string | null | undefined): string | null {
  if (asOf === null || asOf === undefined) return null;
  const parsed = parsePartialDate(asOf);
  return parsed ? periodStart(parsed) : null;
}
