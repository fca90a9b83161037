import { UserInputError } from '../errors';
import { ID_MAX_LENGTH, ID_PATTERN } from '../model';

/** The largest page a client may ask for; larger `first` values are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

/** Returns the id when it has the id format; otherwise a BAD_USER_INPUT error naming the argument. */
export function checkId(id: string, argument = 'id'): string {
  if (id.length > ID_MAX_LENGTH || !ID_PATTERN.test(id)) {
    throw new UserInputError(`\`${argument}\` must be an id: a lowercase slug like "silicon-saxony" of at most ${ID_MAX_LENGTH} characters`, {
      argument,
    });
  }
  return id;
}

/** Checks a page size: 0..MAX_PAGE_SIZE. */
export function checkFirst(first: number | null | undefined, fallback: number, argument = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, { argument });
  }
  return value;
}
