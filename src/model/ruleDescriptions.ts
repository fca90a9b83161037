/**
 * Cell parsers and row checks as data: a name and its arguments (`['integer', '1', '10']`,
 * `['ordered', 'since', 'until']`). The bulk conversion's JVM twin (neo4j/…/BulkConvertLinks.java) runs the rules a
 * spec names, so the rules stay here: a parser or check without a description has no twin, and a conversion
 * whose files need it runs in Node (src/import/bulk/jvmConversion.ts).
 */
export type RuleDescription = readonly [name: string, ...args: string[]];

const descriptions = new WeakMap<object, RuleDescription>();

/** Tags `rule` with its description; returns the rule itself. */
export function described<F extends object>(rule: F, description: RuleDescription): F {
  descriptions.set(rule, description);
  return rule;
}

/** The description of a parser or row check; undefined when it has none. */
export function descriptionOf(rule: object): RuleDescription | undefined {
  return descriptions.get(rule);
}
