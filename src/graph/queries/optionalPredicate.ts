/**
 * The one form of an optional predicate in the graph layer: switched by a boolean parameter, the predicate
 * always in the text. `optionalPredicate('byCluster', 'EXISTS { … }')` reads
 * `(NOT $byCluster OR EXISTS { … })`, and the caller passes `byCluster: false` (with a placeholder of the same
 * type for the value the predicate reads) when the filter is not given.
 *
 * Why this form: a text per combination of given filters multiplied the statement texts into the thousands, and
 * each new combination cost a fresh plan (1–2 s for the network texts) on a user's request. With switches the
 * set of texts is small and known (docs/statements.md), so every text is planned before users arrive
 * (src/graph/planWarming.ts). The planner evaluates the parameter before the predicate; the price is a few
 * property reads that a text without the predicate would not make (measured: docs/statements.md). Values never
 * change type between calls (never null one time and a string the next), since Neo4j also keys its plans by
 * parameter types.
 */
export function optionalPredicate(switchParam: string, predicate: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(switchParam)) throw new RangeError(`not a parameter name: ${switchParam}`);
  if (switchedOff.has(switchParam)) return 'true';
  return `(NOT $${switchParam} OR ${predicate})`;
}

/** The switches whose predicates the text being built leaves out (withSwitchesOff); empty outside it. */
let switchedOff: ReadonlySet<string> = new Set();

/**
 * Builds a text with the predicates of `switches` left out (each reads `true`): the twin of a text for the
 * questions that turn those switches off. Texts are built synchronously when their module loads, so the switches
 * hold for exactly the calls `build` makes.
 *
 * Why: where a switched predicate sits in the inner loop of a search (a quantified path's relationship predicate,
 * a level's expansion), Neo4j evaluates `NOT $q.timed OR …` on every relationship it tries; the bench's
 * supplyPaths spent 14 % of its Cypher time on its two (docs/statements.md, "Plain twins").
 */
export function withSwitchesOff(switches: readonly string[], build: () => string): string {
  const outer = switchedOff;
  switchedOff = new Set([...outer, ...switches]);
  try {
    return build();
  } finally {
    switchedOff = outer;
  }
}

/**
 * How many PART_OF (region) or BROADER (technology) steps a hierarchy walk follows: country → state → district
 * → city is 3; the rest is room. One constant for every statement that walks a hierarchy.
 */
export const HIERARCHY_DEPTH = 5;
