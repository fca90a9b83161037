/**
 * Fixed Cypher fragments the traversal queries share. Each takes a variable name that the calling query fixes
 * in its own text (never input); values always travel as parameters (`$asOf`, `$linkKinds`, ...).
 */
import { optionalPredicate, withSwitchesOff } from '../optionalPredicate';
import { stageProjection } from '../projections';

/**
 * The date `$asOf` holds when no date is given (the `$timed` switch is then false): parameters never change type
 * between calls, since Neo4j plans per text and parameter types.
 */
const ANY_TIME_PLACEHOLDER = '1970-01-01';

/** `$timed` (the switch of every validity predicate, see optionalPredicate) and `$asOf`; `asOf` is an ISO date or null. */
export function asOfParams(asOf: string | null): { timed: boolean; asOf: string } {
  return { timed: asOf !== null, asOf: asOf ?? ANY_TIME_PLACEHOLDER };
}

/** The link-condition switches of the traversal texts: `$timed` (an asOf date) and `$citedOnly` (evidence CITED). */
const LINK_CONDITION_SWITCHES = ['timed', 'citedOnly'] as const;

const plainName = (variant: string): string => (variant === '' ? 'plain' : `${variant}_plain`);

/**
 * Each variant and its plain twin (`<variant>_plain`): the same text built without the link-condition predicates
 * (validAt, cited, projectRunsAt read `true`; each must be called inside `build`), run for the questions that set neither an asOf date nor evidence
 * CITED, most of them (plainTwinFor). Only for texts whose conditions sit where Neo4j evaluates them per tried
 * relationship (docs/statements.md, "Plain twins"): a variant whose twin would be the same text is refused.
 */
export function withPlainTwins(variants: ReadonlyArray<{ variant: string; build: () => string }>): Array<{ variant: string; text: string }> {
  return variants.flatMap(({ variant, build }) => {
    const text = build();
    const plain = withSwitchesOff(LINK_CONDITION_SWITCHES, build);
    if (plain === text) throw new Error(`variant ${variant} has no link-condition predicate: it needs no plain twin`);
    // A fragment built before (a module constant) would keep its switch: the twin must read neither parameter.
    if (/\$(timed|citedOnly)\b/.test(plain)) throw new Error(`variant ${variant}: a link-condition predicate was built outside the twin's build`);
    return [
      { variant, text },
      { variant: plainName(variant), text: plain },
    ];
  });
}

/** The variant to run for a question's conditions: the plain twin when neither switch is on. */
export function plainTwinFor(variant: string, conditions: { timed: boolean; citedOnly: boolean }): string {
  return conditions.timed || conditions.citedOnly ? variant : plainName(variant);
}

/** True when relationship `r` is valid on `$asOf` (switched by `$timed`, see asOfParams); missing bounds are open. */
export function validAt(r: string): string {
  return optionalPredicate('timed', validOnDate(r));
}

function validOnDate(r: string): string {
  return `((${r}.validFrom IS NULL OR ${r}.validFrom <= date($asOf)) AND (${r}.validTo IS NULL OR ${r}.validTo >= date($asOf)))`;
}

/** True when node or relationship `x` is not sample data (switched by `$citedOnly`, see src/model/evidence.ts). */
export function cited(x: string): string {
  return optionalPredicate('citedOnly', `NOT coalesce(${x}.illustrative, false)`);
}

/** True when project `p` runs on `$asOf` (switched by `$timed`): it started on or before and has not ended before. */
export function projectRunsAt(p: string): string {
  return optionalPredicate('timed', `((${p}.startDate IS NULL OR ${p}.startDate <= date($asOf)) AND (${p}.endDate IS NULL OR ${p}.endDate >= date($asOf)))`);
}

/** True when spin-off relation `r` exists on `$asOf` (switched by `$timed`): from its year (or validFrom) on. */
export function spinOffExistsAt(r: string): string {
  return optionalPredicate('timed', `((${r}.year IS NULL OR ${r}.year <= date($asOf).year) AND ${validOnDate(r)})`);
}

/** The ValueChainStageRecord a relationship's `stage` id names, or null. */
export function stageOf(r: string): string {
  return `head(COLLECT { MATCH (st:ValueChainStage {id: ${r}.stage}) RETURN ${stageProjection('st')} })`;
}

/** The keys of a link map: NetworkLinkRecord's fields plus `rank` and `via`, which order parallel links. */
export const LINK_KEYS = ['kind', 'rank', 'via', 'source', 'target', 'topic', 'weight', 'model', 'product', 'stage', 'cluster', 'project',
  'since', 'until', 'sources', 'illustrative'] as const;
export type LinkValues = Partial<Record<(typeof LINK_KEYS)[number], string>>;

/**
 * A link map literal with every key of NetworkLinkRecord (plus `rank` and `via` to order by: the kind's rank,
 * then the cluster, project or product that tells parallel links apart); keys not given are null. The values
 * are fixed expressions of the branch that calls it.
 */
export function linkMap(values: LinkValues): string {
  return `{ ${LINK_KEYS.map((key) => `${key}: ${values[key] ?? 'null'}`).join(', ')} }`;
}

/** Sources (both, without repeats) and illustrative flag (either) of a link made of two relationships. */
export function mergedProvenance(r1: string, r2: string): LinkValues {
  return {
    sources: `coalesce(${r1}.sources, []) + [s IN coalesce(${r2}.sources, []) WHERE NOT s IN coalesce(${r1}.sources, [])]`,
    illustrative: `coalesce(${r1}.illustrative, false) OR coalesce(${r2}.illustrative, false)`,
  };
}

/** Sources and illustrative flag of a link that is one relationship, bound to `r`. */
export const OWN_PROVENANCE: LinkValues = { sources: 'coalesce(r.sources, [])', illustrative: 'coalesce(r.illustrative, false)' };
