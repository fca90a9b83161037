/**
 * The floor of an operation our API answers with one Cypher statement that already is the hand-written query
 * (recommendPartners, scienceIndustryLinks, valueChainCoverage): that statement, as the catalogue holds it, with
 * its fixed values (page sizes, weights, switches of filters the mix leaves off, no id check) written in as
 * literals, and only the question's ids left as parameters. The floor server and the peer's @cypher field run
 * it without our request path, so ours/floor says what GraphQL and our server add to the same query.
 */
import { QUESTION_PARAM, type StatementSet } from '../../src/graph/queries/statementSet';

/** A Cypher literal of a JSON-like value (strings single-quoted, maps with back-quoted keys where needed). */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key}\``}: ${cypherLiteral(v)}`);
    return `{ ${entries.join(', ')} }`;
  }
  throw new Error(`no Cypher literal for ${typeof value}`);
}

/**
 * The text of a set's variant with each `$q.name` replaced by the literal of `values[name]`, or by `$name` for
 * the names in `kept` (the question's ids). Throws when the text reads a value neither gives, so a statement
 * that gains a parameter fails the bench at load, not with a wrong answer.
 */
export function withLiterals(set: StatementSet, variant: string, values: Record<string, unknown>, kept: readonly string[]): string {
  const text = set.texts.get(variant);
  if (text === undefined) throw new Error(`${set.name} has no variant ${variant}`);
  return text.replace(new RegExp(`\\$${QUESTION_PARAM}\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g'), (_m, name: string) => {
    if (kept.includes(name)) return `$${name}`;
    if (!(name in values)) throw new Error(`${set.name}: no value for $${name}`);
    return `(${cypherLiteral(values[name])})`;
  });
}
