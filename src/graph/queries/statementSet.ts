import type { Statement } from '../graphClient';

/**
 * A statement's fixed texts, one per variant, all built when the module loads: the set of texts is known before
 * any request (src/graph/statementCatalogue.ts lists every set, the plan warmer plans them, a snapshot test
 * shows every change). Each text runs under the name `<name>_<variant>`, so metrics and logs say which.
 */
export interface StatementSet {
  readonly name: string;
  /** Variant → text. */
  readonly texts: ReadonlyMap<string, string>;
  /**
   * Parameters of the same types a real call passes, naming nothing (ids that match no node): the plan warmer
   * runs every text with them, and Neo4j keys its plans by text and parameter types.
   */
  readonly sample: Readonly<Record<string, unknown>>;
  /** Its texts may plan longer than the query timeout: each statement carries the sample as `planWith` (graphClient.ts). */
  readonly slowToPlan: boolean;
  /** The statement of a variant with its values packed into `$q`; throws for a variant the set does not have. */
  statement(variant: string, params: Record<string, unknown>): Statement;
}

/**
 * The one map parameter every catalogued text reads its values from: `$id` in a text as written becomes `$q.id`.
 *
 * Why: Neo4j keys its plan cache by text and parameter *types*, and the type of a string or list parameter
 * includes its size, bucketed (0, 1, 2–10, 11–100, … elements or characters; `ParameterTypeInfo`,
 * `internal.cypher.use_parameter_size`). An id of 3 characters and one of 15, a cluster filter left empty and one
 * given, one link kind and two: each combination was a plan of its own, so warmed texts still stalled for 0.4–2 s
 * on a user's first question. A map parameter carries no size, so one plan per text serves every question, on any
 * Neo4j (the setting is internal and cannot be changed on Aura). Index seeks on `$q.id` plan as on `$id`.
 */
export const QUESTION_PARAM = 'q';

function packed(text: string): string {
  if (text.includes(`$${QUESTION_PARAM}.`)) throw new Error(`a catalogued text reads $${QUESTION_PARAM} itself`);
  return text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => `$${QUESTION_PARAM}.${name}`);
}

/** The values a statement of a set was given (what its text reads as `$q.…`). */
export function questionOf(statement: Statement): Record<string, unknown> {
  return (statement.params?.[QUESTION_PARAM] ?? {}) as Record<string, unknown>;
}

export function statementSet(
  name: string,
  variants: ReadonlyArray<{ variant: string; text: string }>,
  sample: Record<string, unknown>,
  options: { slowToPlan?: boolean } = {},
): StatementSet {
  const slowToPlan = options.slowToPlan ?? false;
  const texts = new Map(variants.map(({ variant, text }) => [variant, packed(text)]));
  if (texts.size !== variants.length) throw new Error(`${name}: a variant is named twice`);
  return {
    name,
    texts,
    sample,
    slowToPlan,
    statement(variant, params) {
      const text = texts.get(variant);
      if (text === undefined) throw new RangeError(`${name} has no variant ${variant}`);
      const statement = { name: variant === '' ? name : `${name}_${variant}`, text, params: { [QUESTION_PARAM]: params } };
      return slowToPlan ? { ...statement, planWith: { [QUESTION_PARAM]: { ...sample } } } : statement;
    },
  };
}

/** Every statement of a set with its sample parameters, named as statement() names them. */
export function sampleStatements(set: StatementSet): Statement[] {
  return [...set.texts.keys()].map((variant) => set.statement(variant, { ...set.sample }));
}
