import { ACTOR_KIND_BY_LABEL } from '../../model';
import { ANY_LINK, citedParam, linkParams, linkUsable, type LinkConditions } from './linkConditions';
import { HIERARCHY_DEPTH, optionalPredicate } from './optionalPredicate';
import type { ActorKindValue, CompanySizeValue } from './records';

/** Filters on actors; every given one must hold. Text filters are matched case-insensitively. */
export interface ActorFilterArgs {
  kinds: ActorKindValue[] | null;
  region: string | null;
  cluster: string | null;
  technology: string | null;
  stage: string | null;
  sizes: CompanySizeValue[] | null;
  foundedFrom: number | null;
  foundedTo: number | null;
  nameContains: string | null;
  illustrative: boolean | null;
  sourceContains: string | null;
}

export const NO_ACTOR_FILTER: ActorFilterArgs = {
  kinds: null,
  region: null,
  cluster: null,
  technology: null,
  stage: null,
  sizes: null,
  foundedFrom: null,
  foundedTo: null,
  nameContains: null,
  illustrative: null,
  sourceContains: null,
};

type FilterName = keyof ActorFilterArgs;

/**
 * One fixed predicate over `a` per filter, in a fixed order, each behind its switch (`optionalPredicate`): every
 * text holds all of them, so the texts do not depend on which filters are given (docs/statements.md). `off` is
 * the placeholder passed when a filter is not given, of the type the predicate reads.
 */
const FILTERS: { readonly [K in FilterName]: { readonly predicate: string; readonly off: unknown; readonly always?: true } } = {
  // Not switched: every actor has a kind, so "any kind" is the list of all kinds, and the predicate stays one the
  // kind index answers (a switched one hid the index and misled the planner's row estimates).
  kinds: { predicate: 'a.kind IN $kinds', off: Object.values(ACTOR_KIND_BY_LABEL), always: true },
  region: { predicate: `EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..${HIERARCHY_DEPTH}]->(:Region {id: $region}) }`, off: '' },
  cluster: { predicate: `EXISTS { (a)-[filterMembership_:MEMBER_OF]->(:Cluster {id: $cluster}) WHERE ${linkUsable('filterMembership_')} }`, off: '' },
  technology: {
    predicate: `EXISTS { (a)-[filterSpecialism_:SPECIALIZES_IN]->(:Technology)-[:BROADER*0..${HIERARCHY_DEPTH}]->(:Technology {id: $technology})
    WHERE ${linkUsable('filterSpecialism_')} }`,
    off: '',
  },
  stage: { predicate: `EXISTS { (a)-[filterActivity_:ACTIVE_IN]->(:ValueChainStage {id: $stage}) WHERE ${linkUsable('filterActivity_')} }`, off: '' },
  sizes: { predicate: 'a.size IN $sizes', off: [] },
  foundedFrom: { predicate: 'a.foundedYear >= $foundedFrom', off: 0 },
  foundedTo: { predicate: 'a.foundedYear <= $foundedTo', off: 0 },
  nameContains: {
    predicate: `(toLower(a.name) CONTAINS $nameContains
    OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`,
    off: '',
  },
  illustrative: { predicate: 'coalesce(a.illustrative, false) = $illustrative', off: false },
  sourceContains: { predicate: 'any(s IN coalesce(a.sources, []) WHERE toLower(s) CONTAINS $sourceContains)', off: '' },
};

const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

/** The switch parameter of a filter: `byKinds`, `byRegion`, … */
function switchOf(name: FilterName): string {
  return `by${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Text filters are compared in lower case (the predicates lower-case the stored side). */
function paramValue(filter: ActorFilterArgs, name: FilterName): unknown {
  const value = filter[name];
  return name === 'nameContains' || name === 'sourceContains' ? (value as string).toLowerCase() : value;
}

function isGiven(filter: ActorFilterArgs, name: FilterName): boolean {
  const value = filter[name];
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** The names of the given filters, in the fixed order of FILTERS. */
export function givenActorFilters(filter: ActorFilterArgs): FilterName[] {
  return FILTER_NAMES.filter((name) => isGiven(filter, name));
}

/**
 * Filters that name a node the matching actors hang below, in the order they are preferred as the starting
 * point, with the pattern that walks down from that node to the actors and the conditions on its link
 * (`anchorLink_`: membership valid at `$asOf`, cited with `$citedOnly`; a location is not a dated link). Starting there reads the few thousand
 * actors of one state, cluster or technology, where checking each actor's way up (an EXISTS per actor) reads
 * all 100,000 and their links (on the kept full graph: technology 36 M db hits / 3 s vs 53 k / 24 ms, cluster
 * 1.8 M / 374 ms vs 22 k / 14 ms, a state 5.2 M / 0.5 s vs 25 k / 40 ms). The others then apply as predicates.
 */
const ANCHORS = [
  { name: 'region', label: 'Region', pattern: (id: string) => `(:Region {id: ${id}})<-[:PART_OF*0..${HIERARCHY_DEPTH}]-(:Region)<-[:LOCATED_IN]-(a:Actor)`, link: false },
  { name: 'cluster', label: 'Cluster', pattern: (id: string) => `(:Cluster {id: ${id}})<-[anchorLink_:MEMBER_OF]-(a:Actor)`, link: true },
  {
    name: 'technology',
    label: 'Technology',
    pattern: (id: string) => `(:Technology {id: ${id}})<-[:BROADER*0..${HIERARCHY_DEPTH}]-(:Technology)<-[anchorLink_:SPECIALIZES_IN]-(a:Actor)`,
    link: true,
  },
  { name: 'stage', label: 'ValueChainStage', pattern: (id: string) => `(:ValueChainStage {id: ${id}})<-[anchorLink_:ACTIVE_IN]-(a:Actor)`, link: true },
] as const;

/** The filters that name an entity by id, with its label: an unknown id there is an error, not an empty list. */
export type IdFilterName = (typeof ANCHORS)[number]['name'];
export const ID_FILTERS: ReadonlyArray<{ name: IdFilterName; label: string }> = ANCHORS.map(({ name, label }) => ({ name, label }));

/**
 * Where a statement finds its actors: from the given anchor filter (see ANCHORS), from every actor (`none`), from
 * whichever anchor `$anchor` names (`any`: a union, one text for every filter), or from the caller's variable
 * `scope`, an id of the `$anchor` kind (`scope`). The hot list statements take a text per start (ACTOR_STARTS):
 * a union costs a little per row.
 */
export type ActorStart = IdFilterName | 'none' | 'any' | 'scope';

export const ACTOR_STARTS: ReadonlyArray<IdFilterName | 'none'> = ['none', ...ANCHORS.map((anchor) => anchor.name)];

/** The switch that says an id filter was given, for the existence check (`hasRegion`, …). */
function givenSwitchOf(name: IdFilterName): string {
  return `has${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/**
 * A Cypher list expression of the names of the given id filters whose entity does not exist (an index lookup
 * each), for the statement that runs anyway to return beside its answer: an unknown id costs no extra round
 * trip. One text for every combination: each check is behind the filter's `has…` switch.
 */
export const MISSING_ID_FILTERS = `[missing_ IN [${ID_FILTERS.map(
  ({ name, label }) => `CASE WHEN NOT $${givenSwitchOf(name)} OR EXISTS { MATCH (:${label} {id: $${name}}) } THEN null ELSE '${name}' END`,
).join(',\n        ')}] WHERE missing_ IS NOT NULL]`;

/**
 * The predicate of the filters over `a` that a start leaves to check, each switched: one text for every
 * combination of given filters. An anchored start leaves out the id filters that come before it in ANCHORS (had
 * one been given, it would be the start) and its own; the scan of every actor (`none`) is taken only when no id
 * filter is given, so it leaves them all out. Each left-out EXISTS was a semi-apply per actor even when off.
 */
export function actorFilterWhere(start: ActorStart | { scopeOf: IdFilterName }): string {
  return remainingFilters(start)
    .map((name) => (FILTERS[name].always ? FILTERS[name].predicate : optionalPredicate(switchOf(name), FILTERS[name].predicate)))
    .join('\n      AND ');
}

/** The filters a start leaves to check (actorFilterWhere), in the fixed order of FILTERS. */
function remainingFilters(start: ActorStart | { scopeOf: IdFilterName }): FilterName[] {
  const impossible = new Set<string>();
  if (start === 'none') for (const anchor of ANCHORS) impossible.add(anchor.name);
  else if (typeof start === 'object') impossible.add(start.scopeOf);
  else {
    const position = ANCHORS.findIndex((anchor) => anchor.name === start);
    for (const anchor of ANCHORS.slice(0, position + 1)) impossible.add(anchor.name);
  }
  return FILTER_NAMES.filter((name) => !impossible.has(name));
}

/** The clause that binds the actors below anchor `anchor` (id expression `id`) to `a`, once each, filtered. */
function fromAnchor(anchor: (typeof ANCHORS)[number], id: string, gated: boolean, where: string): string {
  const conditions = [gated ? `$anchor = '${anchor.name}'` : null, anchor.link ? linkUsable('anchorLink_') : null].filter((part) => part !== null);
  return `MATCH ${anchor.pattern(id)}${conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`}
      WITH DISTINCT a WHERE ${citedParam('a')}
      AND ${where}`;
}

/**
 * The clause that binds every matching actor to `a`, once each, for a start (ActorStart); `actorMatchParams`
 * gives its parameters and says in `anchor` which start a filter takes. The given filters apply as switched
 * predicates, each branch checking only those its start leaves (actorFilterWhere). `any` and `scope` are unions
 * whose other branches find nothing: a branch whose anchor is not chosen seeks a placeholder id, and the scan of
 * every actor runs under an UNWIND of an empty list (a plain filter would sit above the scan and read every
 * actor). Links the filters follow obey `$asOf` and `$citedOnly`; with `$citedOnly` sample actors are left out.
 *
 * An anchored start with no filter but the kinds on and neither `$asOf` nor `$citedOnly` given has a text of its
 * own (anchorOnlyMatch): the switched predicates were a Filter and three SelectOrSemiApply operators on every
 * actor below the anchor even when all were off.
 */
export function actorMatch(start: ActorStart): string {
  if (start === 'none') {
    return `MATCH (a:Actor) WHERE ${citedParam('a')}
      AND ${actorFilterWhere('none')}`;
  }
  if (start === 'any' || start === 'scope') {
    const branches = ANCHORS.map(
      (anchor) => `${fromAnchor(anchor, start === 'scope' ? 'scope' : `$${anchor.name}`, true, actorFilterWhere(start === 'scope' ? { scopeOf: anchor.name } : anchor.name))}
        RETURN a`,
    );
    const all =
      start === 'any'
        ? [
            `UNWIND CASE WHEN $anchor = '' THEN [true] ELSE [] END AS unanchored_
        ${actorMatch('none')}
        RETURN a`,
            ...branches,
          ]
        : branches;
    return `CALL (${start === 'scope' ? 'scope' : ''}) {
        ${all.join('\n        UNION ALL\n        ')}
      }`;
  }
  const anchor = ANCHORS.find((candidate) => candidate.name === start);
  if (anchor === undefined) throw new RangeError(`no actor start ${start}`);
  return fromAnchor(anchor, `$${anchor.name}`, false, actorFilterWhere(start));
}

/**
 * The clause that binds to `a`, once each, the actors below anchor `start` of the kinds `$kinds`, checking nothing
 * else: the walk down a hand-written query makes. For a filter of which only the anchor and the kinds are given,
 * with neither `$asOf` nor `$citedOnly` (onlyAnchorAndKinds): the common list, a state's or a cluster's actors.
 * It was one branch of a `UNION ALL` beside the checked match, chosen by a condition that reads no row; as a
 * text of its own the plan has neither the union nor the projection above it, 4,014 fewer rows through
 * operators for a state's 2,005 companies at 100k actors (docs/statements.md, "Chosen by text").
 */
export function anchorOnlyMatch(start: IdFilterName): string {
  const anchor = ANCHORS.find((candidate) => candidate.name === start);
  if (anchor === undefined) throw new RangeError(`no actor start ${start}`);
  return `MATCH ${anchor.pattern(`$${anchor.name}`)} WHERE ${FILTERS.kinds.predicate}
      WITH DISTINCT a`;
}

/**
 * Whether anchorOnlyMatch answers a filter: its only given filters are its first id filter (the anchor) and the
 * kinds, and the links obey neither a date nor the evidence. Anything else needs the checked match (actorMatch).
 */
export function onlyAnchorAndKinds(filter: ActorFilterArgs, links: LinkConditions): boolean {
  const given = givenActorFilters(filter).filter((name) => FILTERS[name].always !== true);
  const anchor = ANCHORS.find((candidate) => given.includes(candidate.name));
  return anchor !== undefined && given.length === 1 && !links.citedOnly && links.asOf === null;
}

/**
 * The parameters of actorMatch, ACTOR_FILTER_WHERE and MISSING_ID_FILTERS for a filter: with `scopeBy`, the
 * anchor is the caller's `scope` of that kind and the filter's own value of that kind is not used.
 */
export function actorMatchParams(filter: ActorFilterArgs, scopeBy: IdFilterName | null = null, links: LinkConditions = ANY_LINK): Record<string, unknown> {
  const own: ActorFilterArgs = scopeBy === null ? filter : { ...filter, [scopeBy]: null };
  const given = givenActorFilters(own);
  const anchor = scopeBy ?? ANCHORS.find((candidate) => given.includes(candidate.name))?.name ?? '';
  const params: Record<string, unknown> = { anchor, ...linkParams(links) };
  for (const name of FILTER_NAMES) {
    const isOn = given.includes(name);
    params[name] = isOn ? paramValue(own, name) : FILTERS[name].off;
    if (FILTERS[name].always !== true) params[switchOf(name)] = isOn && name !== anchor;
  }
  for (const { name } of ID_FILTERS) params[givenSwitchOf(name)] = given.includes(name);
  return params;
}
