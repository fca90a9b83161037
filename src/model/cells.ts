/**
 * Zod schemas for single CSV cells. A raw cell is a string (or absent); an empty or blank cell means
 * "unknown". Each builder turns a cell into a typed value or an issue whose message completes the sentence
 * "<column> ..." (e.g. "lat: must be a number from -90 to 90").
 */
import { z } from 'zod';
import { periodOf } from './partialDate';
import { described } from './ruleDescriptions';

/** A raw cell as it comes from a CSV row: text, or undefined when the column is absent. */
export type Cell = string | undefined;
/** A raw row: cells by column name. */
export type RawRow = Readonly<Record<string, Cell>>;

/** Returned by a cell parser for a value it refuses. */
export class CellProblem {
  constructor(readonly message: string) {}
}
type CellParser<T> = (text: string) => T | CellProblem;

export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 100;
/** Separator of list cells (aliases, sources): space, bar, space. */
export const LIST_SEPARATOR = ' | ';

// Cell schemas built by requiredCell, so a row schema can tell its required columns without a second list.
const requiredCells = new WeakSet<z.ZodType>();
// The parser inside each cell schema, for validateRow's fast path (the same parser, without zod around it).
const cellParsers = new WeakMap<z.ZodType, CellParser<unknown>>();

/** Trims a cell; blank is undefined ("unknown"). */
export function cleanCell(value: Cell): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** A cell that must hold a value the parser accepts. */
export function requiredCell<T>(parse: CellParser<T>) {
  const schema = z
    .string()
    .optional()
    .transform((value, ctx): T => {
      const text = cleanCell(value);
      const parsed = text === undefined ? new CellProblem('is required') : parse(text);
      if (parsed instanceof CellProblem) {
        ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
        return z.NEVER;
      }
      return parsed;
    });
  requiredCells.add(schema);
  cellParsers.set(schema, parse);
  return schema;
}

/** A cell that may be empty (undefined) or hold a value the parser accepts. */
export function optionalCell<T>(parse: CellParser<T>) {
  const schema = z
    .string()
    .optional()
    .transform((value, ctx): T | undefined => {
      const text = cleanCell(value);
      if (text === undefined) return undefined;
      const parsed = parse(text);
      if (parsed instanceof CellProblem) {
        ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
        return z.NEVER;
      }
      return parsed;
    });
  cellParsers.set(schema, parse);
  return schema;
}

/**
 * What a cell schema of requiredCell or optionalCell does, without zod: `cells` → [column, required, parser].
 * Undefined when a column's schema was built otherwise.
 */
export function plainCells(shape: Readonly<Record<string, z.ZodType>>): { column: string; required: boolean; parse: CellParser<unknown> }[] | undefined {
  const plain: { column: string; required: boolean; parse: CellParser<unknown> }[] = [];
  for (const [column, schema] of Object.entries(shape)) {
    const parse = cellParsers.get(schema);
    if (!parse) return undefined;
    plain.push({ column, required: requiredCells.has(schema), parse });
  }
  return plain;
}

/** The columns of an object of cell schemas that are required. */
export function requiredColumns(shape: Readonly<Record<string, z.ZodType>>): string[] {
  return Object.keys(shape).filter((column) => {
    const schema = shape[column];
    return schema !== undefined && requiredCells.has(schema);
  });
}

// Parsers: each returns the value or says what is wrong with it.

export const text: CellParser<string> = described((value: string) => value, ['text']);

export const id: CellParser<string> = described(
  (value: string) =>
    ID_PATTERN.test(value) && value.length <= ID_MAX_LENGTH
      ? value
      : new CellProblem(`"${shorten(value)}" is not a valid id: use lowercase letters and digits in parts joined by "-" or ".", at most ${ID_MAX_LENGTH} characters`),
  ['id'],
);

/** One of a fixed set of values, spelled exactly. */
export function oneOf<const V extends string>(values: readonly V[]): CellParser<V> {
  return described((value: string) => {
    const found = values.find((v) => v === value);
    return found ?? new CellProblem(`"${shorten(value)}" is not one of ${values.join(', ')}`);
  }, ['oneOf', ...values]);
}

/** Items separated by " | "; blank items are dropped. */
export const list: CellParser<string[]> = described((value: string) => splitList(value), ['list']);

/** A list with at least one item. */
export const nonEmptyList: CellParser<string[]> = described((value: string) => {
  const items = splitList(value);
  return items.length > 0 ? items : new CellProblem('must hold at least one item');
}, ['nonEmptyList']);

/** An integer within [min, max]. */
export function integer(min: number, max: number): CellParser<number> {
  return described((value: string) => {
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(n) && n >= min && n <= max ? n : new CellProblem(`must be a whole number from ${min} to ${max}, got "${shorten(value)}"`);
  }, ['integer', String(min), String(max)]);
}

/** A decimal number within [min, max] (plain notation: no exponent, no hex). */
export function decimal(min: number, max: number): CellParser<number> {
  return described((value: string) => {
    const n = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    return Number.isFinite(n) && n >= min && n <= max ? n : new CellProblem(`must be a number from ${min} to ${max}, got "${shorten(value)}"`);
  }, ['decimal', String(min), String(max)]);
}

// Two-letter country code and up to three more characters (DE, DED, DED2, DED21).
const NUTS_CODE = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

/** A NUTS region code. */
export const nutsCode: CellParser<string> = described(
  (value: string) => (NUTS_CODE.test(value) ? value : new CellProblem(`"${shorten(value)}" is not a NUTS code (e.g. DE, DED, DED21)`)),
  ['nutsCode'],
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date; kept as given. */
export const partialDate: CellParser<string> = described(
  (value: string) => (periodOf(value) ? value : new CellProblem(`"${shorten(value)}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`)),
  ['partialDate'],
);

// A bar with whitespace (or the cell's edge) on both sides separates items, so "a | | b" and a trailing " |"
// leave no empty items while a bar inside a URL stays.
const SEPARATOR_BAR = /(?<=^|\s)\|(?=\s|$)/;

function splitList(value: string): string[] {
  return value
    .split(SEPARATOR_BAR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

// Keeps messages one line long when a cell holds a whole paragraph by mistake.
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
