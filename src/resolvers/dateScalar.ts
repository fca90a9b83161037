import { GraphQLScalarType, Kind } from 'graphql';
import { UserInputError } from '../errors';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isValidDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) {
    throw new UserInputError(`Date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value;
}

/** The Date scalar: a year, month or day as the source gives it, kept as a string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date or a year: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new UserInputError('Date must be a string: YYYY, YYYY-MM or YYYY-MM-DD');
    return parse(ast.value);
  },
});
