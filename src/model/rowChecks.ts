/**
 * Checks that span several cells of one row, run after every cell parsed. Each reports on the column a
 * reader should fix.
 */
import type { z } from 'zod';
import { periodOf } from './partialDate';
import { described } from './ruleDescriptions';
import { FICTIONAL } from './sourceMarkers';

/** `lat` and `lon` are given together or not at all. */
export function checkCoordinatesTogether(row: { lat: number | undefined; lon: number | undefined }, ctx: z.RefinementCtx): void {
  if ((row.lat === undefined) !== (row.lon === undefined)) {
    ctx.addIssue({ code: 'custom', path: [row.lat === undefined ? 'lat' : 'lon'], message: 'lat and lon must be given together (or both left empty)' });
  }
}

/** `fictional` marks invented companies only; elsewhere `illustrative` is the marker. */
export function checkNotFictional(row: { sources: readonly string[] }, ctx: z.RefinementCtx): void {
  if (row.sources.includes(FICTIONAL)) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: '"fictional" is for companies only: use "illustrative" here' });
  }
}

/** The period from `startKey` does not begin after the period of `endKey` ends (since ≤ until, start ≤ end). */
export function checkOrdered<K extends string>(startKey: K, endKey: K) {
  return described((row: { [P in K]: string | undefined }, ctx: z.RefinementCtx): void => {
    const startText = row[startKey];
    const endText = row[endKey];
    const start = startText === undefined ? undefined : periodOf(startText);
    const end = endText === undefined ? undefined : periodOf(endText);
    if (start && end && start.start > end.end) {
      ctx.addIssue({ code: 'custom', path: [endKey], message: `"${endText}" is before ${startKey} "${startText}"` });
    }
  }, ['ordered', startKey, endKey]);
}

/** A row does not point at itself (no self-links: from ≠ to, parent ≠ id, ...). */
export function checkNotSelf<K extends string>(ownKey: K, otherKey: K) {
  return described((row: { [P in K]: string | undefined }, ctx: z.RefinementCtx): void => {
    if (row[otherKey] !== undefined && row[otherKey] === row[ownKey]) {
      ctx.addIssue({ code: 'custom', path: [otherKey], message: `must differ from ${ownKey} (no self-links)` });
    }
  }, ['notSelf', ownKey, otherKey]);
}

described(checkNotFictional, ['notFictional', FICTIONAL]);
