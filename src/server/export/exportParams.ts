import { UserInputError } from '../../errors';
import { isValidDate } from '../../resolvers/dateScalar';

/**
 * Query-string parameters of the export endpoints, read strictly. GraphQL refuses an unknown argument, a value of
 * the wrong type and a value outside an enum before any resolver runs; a query string has no schema, so this
 * module does the same checks by hand, with BAD_USER_INPUT naming the parameter. Range checks are not here: the
 * endpoints call the traversal resolvers' own checks (checkId, checkBound, networkScopeOf) on the parsed values.
 */
export type QueryParams = ReadonlyMap<string, string>;

export const EXPORT_FORMATS = ['json', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The parameters as single strings; unknown names, repeated names and nested values are refused. */
export function readQueryParams(query: Readonly<Record<string, unknown>>, allowed: readonly string[]): QueryParams {
  const params = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      throw new UserInputError(`Unknown parameter \`${name}\`; this export takes ${allowed.map((a) => `\`${a}\``).join(', ')}`, { argument: name });
    }
    if (typeof value !== 'string') {
      throw new UserInputError(`\`${name}\` must be given once, as a single value (lists are comma-separated)`, { argument: name });
    }
    params.set(name, value);
  }
  return params;
}

export function requiredParam(params: QueryParams, name: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') throw new UserInputError(`\`${name}\` is required`, { argument: name });
  return value;
}

/** An integer parameter, or undefined when absent (the caller's bound check then applies the default). */
export function intParam(params: QueryParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw new UserInputError(`\`${name}\` must be an integer, got ${JSON.stringify(value.slice(0, 40))}`, { argument: name });
  return Number(value);
}

export function enumParam<T extends string>(params: QueryParams, name: string, values: readonly T[]): T | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  return checkEnum(value, name, values);
}

/** A comma-separated list of enum values (`linkKinds=COLLABORATION,SPIN_OFF`); empty means "none given". */
export function enumListParam<T extends string>(params: QueryParams, name: string, values: readonly T[]): T[] | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => checkEnum(item, name, values));
}

/** A Date parameter, checked like the Date scalar: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function dateParam(params: QueryParams, name: string): string | undefined {
  const value = params.get(name);
  if (value === undefined) return undefined;
  if (!isValidDate(value)) {
    throw new UserInputError(`\`${name}\` must be a date: YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`, { argument: name });
  }
  return value;
}

/** `format`: json (networkx node-link, the default) or graphml. */
export function formatParam(params: QueryParams): ExportFormat {
  return enumParam(params, 'format', EXPORT_FORMATS) ?? 'json';
}

function checkEnum<T extends string>(value: string, name: string, values: readonly T[]): T {
  const found = values.find((v) => v === value);
  if (found === undefined) {
    throw new UserInputError(`\`${name}\` must be one of ${values.join(', ')}, got ${JSON.stringify(value.slice(0, 40))}`, { argument: name });
  }
  return found;
}
