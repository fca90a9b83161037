/**
 * The two conditions the read API puts on links (and the actors they reach), as Cypher over fixed parameter
 * names, so one statement text serves every value: `$asOf` (an ISO date or null: any time) and `$citedOnly`
 * (true: sample data is left out). Parameters rather than text variants keep the plan cache small.
 */

/** What every statement that applies link conditions takes as parameters. */
export interface LinkConditions {
  /** ISO date; only links valid that day. Null: links of any time. */
  asOf: string | null;
  /** True: no link or node marked `illustrative` (sample data) is used. */
  citedOnly: boolean;
}

export const ANY_LINK: LinkConditions = { asOf: null, citedOnly: false };

/** The parameter names a text reads the link conditions from: `$asOf` and `$citedOnly` unless a text has two sets. */
export interface LinkConditionParams {
  asOf: string;
  citedOnly: string;
}

const DEFAULT_PARAMS: LinkConditionParams = { asOf: 'asOf', citedOnly: 'citedOnly' };

/** Relationship `r` is valid at `$asOf` (always true when `$asOf` is null); missing bounds are open. */
export function validAtParam(r: string, names: LinkConditionParams = DEFAULT_PARAMS): string {
  const asOf = `$${names.asOf}`;
  return `(${asOf} IS NULL OR ((${r}.validFrom IS NULL OR ${r}.validFrom <= date(${asOf})) AND (${r}.validTo IS NULL OR ${r}.validTo >= date(${asOf}))))`;
}

/** Node or relationship `x` is not sample data, or sample data is allowed (`$citedOnly` false). */
export function citedParam(x: string, names: LinkConditionParams = DEFAULT_PARAMS): string {
  return `($${names.citedOnly} = false OR NOT coalesce(${x}.illustrative, false))`;
}

/** Link `r` valid at `$asOf` and, with `$citedOnly`, neither `r` nor any of `ends` is sample data. */
export function linkUsable(r: string, ...ends: string[]): string {
  return linkUsableWith(DEFAULT_PARAMS, r, ...ends);
}

/**
 * linkUsable reading its conditions from other parameters: for a statement that applies two sets of conditions
 * (a member page and, nested in it, each member's partner page, each with its own `asOf` and `evidence`).
 */
export function linkUsableWith(names: LinkConditionParams, r: string, ...ends: string[]): string {
  return [validAtParam(r, names), citedParam(r, names), ...ends.map((x) => citedParam(x, names))].join(' AND ');
}

/** The parameters of LinkConditions, for a statement's params. */
export function linkParams(conditions: LinkConditions): { asOf: string | null; citedOnly: boolean } {
  return { asOf: conditions.asOf, citedOnly: conditions.citedOnly };
}
