import { parsePartialDate } from './partialDate';

/** The year of a `founded` value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), for range filters; undefined when unknown. */
export function foundedYear(founded: string | undefined): number | undefined {
  return founded === undefined ? undefined : parsePartialDate(founded)?.year;
}
