/** Marks a plausible link or attribute that is not a public fact. */
export const ILLUSTRATIVE = 'illustrative';
/** Marks an invented sample organisation; allowed for companies only. */
export const FICTIONAL = 'fictional';

/** True when the sources say the record is sample data rather than a public fact. */
export function isIllustrative(sources: readonly string[]): boolean {
  return sources.includes(ILLUSTRATIVE) || sources.includes(FICTIONAL);
}

/** True for an invented sample company. */
export function isFictional(sources: readonly string[]): boolean {
  return sources.includes(FICTIONAL);
}
