/**
 * The link-kind registry: every kind of link a network traversal follows, as data. The network texts, the
 * science–industry texts, the hop sentences, the path summaries, the link views and the SDL check are derived
 * from this table; the Cypher fragments of each kind live in src/graph/queries/traversal/linkKindCypher.ts,
 * keyed by the same kinds (a kind without fragments does not compile).
 *
 * A kind's rank is its position here: it breaks ties between parallel links and is never typed by hand.
 * Adding a kind: a value of `NetworkLinkKind` in schema/traversal.graphql (same position), a row here, its
 * fragments in linkKindCypher.ts, the relationship's schema in relationshipSchemas.ts if it is a new type, tests.
 * The explorer (web/explorer) imports this module too (it has no imports of its own, so it bundles for the
 * browser): its link-kind filter, default kinds and legend follow the table, and a kind without a colour in
 * web/explorer/legend.ts is drawn in a fallback style.
 */

/** What a hop sentence may say about a link; fields that do not apply to a kind are null. */
export interface LinkFacts {
  topic: string | null;
  product: string | null;
  clusterName: string | null;
  projectTitle: string | null;
  since: string | null;
  until: string | null;
}

export interface LinkKindSpec {
  /** The GraphQL `NetworkLinkKind` value. */
  readonly kind: string;
  /** The stored relationship type the kind is read from. */
  readonly relationshipType: 'COLLABORATES_WITH' | 'MEMBER_OF' | 'PARTICIPATES_IN' | 'SUPPLIES' | 'SPUN_OFF_FROM';
  /**
   * The label of the node two actors share, for kinds that link actors through a shared node (both MEMBER_OF
   * one cluster); null when the relationship joins the two actors itself.
   */
  readonly through: 'Cluster' | 'Project' | null;
  /** True when the stored direction means something (edges keep it); false: `source` is the smaller id. */
  readonly directed: boolean;
  /** How the kind reads in a path summary: `A –collaboration→ B`. */
  readonly words: string;
  /** Points the kind adds to an institute–company pair's science–industry score. */
  readonly scienceIndustryWeight: number;
  /** Whether a network follows the kind when the filter names none (see schema/traversal.graphql). */
  readonly followedByDefault: boolean;
  /** The hop in words, read from `from` to `to`; `forward` when that is the stored direction. */
  readonly sentence: (from: string, to: string, forward: boolean, link: LinkFacts) => string;
}

/** " since 2019", " from 2015 to 2018", " until 2018" or nothing. */
function period(link: LinkFacts): string {
  if (link.since && link.until) return ` from ${link.since} to ${link.until}`;
  if (link.since) return ` since ${link.since}`;
  if (link.until) return ` until ${link.until}`;
  return '';
}

export const LINK_KIND_TABLE = [
  {
    kind: 'COLLABORATION',
    relationshipType: 'COLLABORATES_WITH',
    through: null,
    directed: false,
    words: 'collaboration',
    scienceIndustryWeight: 3,
    followedByDefault: true,
    sentence: (from, to, _forward, link) => `${from} collaborates with ${to}${link.topic ? ` on ${link.topic}` : ''}${period(link)}`,
  },
  {
    kind: 'SAME_CLUSTER',
    relationshipType: 'MEMBER_OF',
    through: 'Cluster',
    directed: false,
    words: 'same cluster',
    scienceIndustryWeight: 1,
    // A cluster of 70 members makes everyone a direct partner of everyone: followed only when asked for.
    followedByDefault: false,
    sentence: (from, to, _forward, link) => `${from} and ${to} are both members of ${link.clusterName ?? 'a cluster'}${period(link)}`,
  },
  {
    kind: 'JOINT_PROJECT',
    relationshipType: 'PARTICIPATES_IN',
    through: 'Project',
    directed: false,
    words: 'joint project',
    scienceIndustryWeight: 2,
    followedByDefault: true,
    sentence: (from, to, _forward, link) => `${from} and ${to} are both partners in project ${link.projectTitle ?? 'a joint project'}${period(link)}`,
  },
  {
    kind: 'SUPPLY',
    relationshipType: 'SUPPLIES',
    through: null,
    directed: true,
    words: 'supply',
    scienceIndustryWeight: 0,
    followedByDefault: true,
    sentence: (from, to, forward, link) => {
      const verb = forward ? `supplies ${link.product ? `${link.product} ` : ''}to` : link.product ? `buys ${link.product} from` : 'is supplied by';
      return `${from} ${verb} ${to}${period(link)}`;
    },
  },
  {
    kind: 'SPIN_OFF',
    relationshipType: 'SPUN_OFF_FROM',
    through: null,
    directed: true,
    words: 'spin-off',
    scienceIndustryWeight: 3,
    followedByDefault: true,
    sentence: (from, to, forward, link) => {
      const year = link.since ? ` in ${link.since}` : '';
      return forward ? `${from} was spun off from ${to}${year}` : `${from} spun off ${to}${year}`;
    },
  },
] as const satisfies readonly LinkKindSpec[];

export type NetworkLinkKindValue = (typeof LINK_KIND_TABLE)[number]['kind'];

/** The kinds in rank order. */
export const NETWORK_LINK_KINDS: readonly NetworkLinkKindValue[] = LINK_KIND_TABLE.map((spec) => spec.kind);

/** The kinds a network follows when its filter names none, in rank order. */
export const DEFAULT_NETWORK_LINK_KINDS: readonly NetworkLinkKindValue[] = LINK_KIND_TABLE.filter((spec) => spec.followedByDefault).map((spec) => spec.kind);

/** A kind's row of the registry. */
export function linkKindSpec(kind: NetworkLinkKindValue): LinkKindSpec {
  const spec = LINK_KIND_TABLE.find((row) => row.kind === kind);
  if (!spec) throw new RangeError(`unknown link kind ${kind}`);
  return spec;
}

/** A kind's rank: its position in the registry, the order that breaks ties between parallel links. */
export function rankOfKind(kind: NetworkLinkKindValue): number {
  return NETWORK_LINK_KINDS.indexOf(kind);
}

/** The kind of a rank, as the statements return it. */
export function kindOfRank(rank: number): NetworkLinkKindValue {
  const kind = NETWORK_LINK_KINDS[rank];
  if (kind === undefined) throw new RangeError(`no link kind has rank ${rank}`);
  return kind;
}
