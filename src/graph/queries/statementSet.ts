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
  /** The statement of a variant with its parameters; throws for a variant the set does not have. */
  statement(variant: string, params: Record<string, unknown>): Statement;
}

export function statementSet(name: string, variants: ReadonlyArray<{ variant: string; text: string }>, sample: Record<string, unknown>): StatementSet {
  const texts = new Map(variants.map(({ variant, text }) => [variant, text]));
  if (texts.size !== variants.length) throw new Error(`${name}: a variant is named twice`);
  return {
    name,
    texts,
    sample,
    statement(variant, params) {
      const text = texts.get(variant);
      if (text === undefined) throw new RangeError(`${name} has no variant ${variant}`);
      return { name: variant === '' ? name : `${name}_${variant}`, text, params };
    },
  };
}

/** Every statement of a set with its sample parameters, named as statement() names them. */
export function sampleStatements(set: StatementSet): Statement[] {
  return [...set.texts.keys()].map((variant) => set.statement(variant, { ...set.sample }));
}
