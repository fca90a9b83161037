/**
 * GraphQL input → the raw row of the import format (seeds/FORMAT.md), so the model validates a mutation exactly
 * as it validates a CSV row: every cell a string, lists joined by " | ", blank meaning unknown.
 */
import { LIST_SEPARATOR, type Cell } from '../../model';
import { invalid, type MutationErrorModel } from './mutationErrors';

// The model splits list cells at a bar with whitespace (or the cell's edge) on both sides.
const SEPARATOR_BAR = /(?<=^|\s)\|(?=\s|$)/;

/** A text or number as a cell; null and undefined are an empty (unknown) cell. */
export function cell(value: string | number | null | undefined): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  // Plain decimal notation, as a CSV cell would hold it (String(1e-7) is "1e-7", which the model refuses).
  return /e/i.test(String(value)) ? value.toFixed(20).replace(/\.?0+$/, '') : String(value);
}

/**
 * A list as a " | "-joined cell. An item holding such a bar could not be told from two items, so it is refused
 * (added to `errors`) rather than silently split.
 */
export function listCell(items: readonly string[] | null | undefined, field: string, errors: MutationErrorModel[]): Cell {
  if (items === null || items === undefined) return undefined;
  const index = items.findIndex((item) => SEPARATOR_BAR.test(item));
  if (index >= 0) {
    errors.push(invalid(`${field}[${index}]`, `${field}[${index}]: an item may not contain a bar between spaces (" | " separates items)`));
  }
  return items.join(LIST_SEPARATOR);
}
