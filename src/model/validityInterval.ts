import { periodOf } from './partialDate';

/** The dates a link is valid between, as `YYYY-MM-DD`; null is an open bound. */
export interface ValidityInterval {
  validFrom: string | null;
  validTo: string | null;
}

/**
 * Turns `since` / `until` as sources give them into the interval a link is valid in: from the first day of
 * since's period to the last day of until's period, so "since 2015 until 2015" covers the whole year 2015 and
 * a link is valid at date D when `validFrom <= D <= validTo`. Unparseable input is treated as unknown (null):
 * validate first.
 */
export function validityInterval(since: string | undefined, until: string | undefined): ValidityInterval {
  const from = since === undefined ? undefined : periodOf(since);
  const to = until === undefined ? undefined : periodOf(until);
  return { validFrom: from ? from.start : null, validTo: to ? to.end : null };
}
