import type { GraphClient } from '../graphClient';
import { CLUSTER_WHERE, clusterPageParams, MISSING_FILTER_IDS, type ClusterListArgs } from './clusterLists';
import type { MemberItem, MembersPageArgs } from './clusters';
import { linkUsable, linkUsableWith, type LinkConditionParams } from './linkConditions';
import type { PartnerItem, PartnersPageArgs } from './partners';
import { clusterProjection, linkProjection, listActorProjection } from './projections';
import type { ClusterRecord, Page } from './records';
import { statementSet, type StatementSet } from './statementSet';

/**
 * A cluster's member page with each member's partner page, in one statement: what `Cluster.members` runs when
 * its members' selection asks for `partners` (one selection for all of them), instead of a member statement and
 * then a partner statement (docs/statements.md, "Nested pages"). Both pages are exactly the ones
 * findClusterMembersPages and findPartnerPages return for the same arguments: same order, cursors, conditions
 * and totals.
 */
export interface MembersWithPartnersArgs {
  members: MembersPageArgs;
  partners: PartnersPageArgs;
}

export interface MembersWithPartnersPage extends Page<MemberItem> {
  /** Each member's partner page (every member on the page, and the one after it that tells hasNextPage). */
  partnerPages: Map<string, Page<PartnerItem>>;
}

/** The partner page's own link conditions: a member list and its partner lists may each have an asOf and evidence. */
const PARTNER_CONDITIONS: LinkConditionParams = { asOf: 'partnerAsOf', citedOnly: 'partnerCitedOnly' };

type Shape = 'summary' | 'with_region' | 'without_region';
const shapeOf = (args: { summary: boolean; withRegion: boolean }): Shape => (args.summary ? 'summary' : args.withRegion ? 'with_region' : 'without_region');
const shapeArgs = (shape: Shape) => ({ summary: shape === 'summary', withRegion: shape === 'with_region' });

/**
 * The text for one member shape (members that ask for partners are never summaries) and one partner shape. The
 * totals are switched by parameter (`$memberTotal`, `$partnerTotal`): when off, the count's subquery stops at
 * its first clause, so no text variant is needed for them.
 */
/** The parameter names of the member page's position: a cluster page around it has its own `$limit` and cursor. */
interface MemberPageParams {
  limit: string;
  afterName: string;
  afterId: string;
}
const MEMBER_PARAMS: MemberPageParams = { limit: 'limit', afterName: 'afterName', afterId: 'afterId' };
const MEMBER_PARAMS_UNDER_PAGE: MemberPageParams = { limit: 'memberLimit', afterName: 'memberAfterName', afterId: 'memberAfterId' };

/**
 * For cluster `c`: its member total (`total`, 0 unless `$memberTotal`) and its member page with each member's
 * partner page (`items`).
 */
function membersWithPartnersCalls(memberShape: Exclude<Shape, 'summary'>, partnerShape: Shape, names: MemberPageParams): string {
  const member = listActorProjection('a', 'c, a, m', shapeArgs(memberShape));
  const partner = listActorProjection('b', 'b, r', shapeArgs(partnerShape));
  const memberValid = `($kinds IS NULL OR a.kind IN $kinds) AND ${linkUsable('m', 'a')}`;
  const partnerValid = `($partnerKinds IS NULL OR b.kind IN $partnerKinds) AND ${linkUsableWith(PARTNER_CONDITIONS, 'r', 'b')}`;
  const [limit, afterName, afterId] = [`$${names.limit}`, `$${names.afterName}`, `$${names.afterId}`];
  return `CALL (c) {
        WITH c WHERE $memberTotal
        MATCH (a:Actor)-[m:MEMBER_OF]->(c) WHERE ${memberValid}
        RETURN count(DISTINCT a) AS total
      }
      CALL (c) {
        MATCH (a:Actor)-[m:MEMBER_OF]->(c)
        WHERE ${memberValid}
          AND (${afterName} IS NULL OR a.name > ${afterName} OR (a.name = ${afterName} AND a.id > ${afterId}))
        WITH a, m ORDER BY a.name, a.id, m.validFrom
        LIMIT toInteger(${limit})
        ${member.lookup}
        CALL (a) {
          WITH a WHERE $partnerTotal
          MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor) WHERE ${partnerValid}
          RETURN count(DISTINCT b) AS partnerTotal
        }
        CALL (a) {
          MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor) WHERE ${partnerValid}
          WITH b, r, coalesce(r.weight, 0) AS w
          WHERE $partnerAfterId IS NULL OR w < $partnerAfterWeight
            OR (w = $partnerAfterWeight AND (b.name > $partnerAfterName OR (b.name = $partnerAfterName AND b.id > $partnerAfterId)))
          WITH b, r, w ORDER BY w DESC, b.name, b.id LIMIT toInteger($partnerLimit)
          ${partner.lookup}
          RETURN collect({ actor: ${partner.projection}, link: { topic: r.topic, weight: r.weight, model: r.model, ${linkProjection('r')} } }) AS partnerItems
        }
        RETURN collect({ actor: ${member.projection},
          membership: { actorId: a.id, clusterId: c.id, role: m.role, ${linkProjection('m')} },
          partnerTotal: partnerTotal, partnerItems: partnerItems }) AS items
      }`;
}

/**
 * The text for one member shape (members that ask for partners are never summaries) and one partner shape. The
 * totals are switched by parameter (`$memberTotal`, `$partnerTotal`): when off, the count's subquery stops at
 * its first clause, so no text variant is needed for them.
 */
function membersWithPartnersText(memberShape: Exclude<Shape, 'summary'>, partnerShape: Shape): string {
  return `UNWIND $clusterIds AS cid
      MATCH (c:Cluster {id: cid})
      ${membersWithPartnersCalls(memberShape, partnerShape, MEMBER_PARAMS)}
      RETURN c.id AS clusterId, total, items`;
}

/**
 * A page of clusters (as cluster_page: filters switched, `missing` filter ids) with each cluster's member page
 * and each member's partner page: `clusters { … members { … partners { … } } }` in one statement.
 */
function clusterPageMembersPartnersText(memberShape: Exclude<Shape, 'summary'>, partnerShape: Shape): string {
  return `CALL () {
        WITH 1 AS one_ WHERE $withTotal
        MATCH (c:Cluster) WHERE ${CLUSTER_WHERE}
        RETURN count(c) AS clusterTotal
      }
      CALL () {
        MATCH (c:Cluster) WHERE ${CLUSTER_WHERE}
          AND (NOT $hasAfter OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
        WITH c ORDER BY c.name, c.id LIMIT toInteger($limit)
        WITH c, [(c)-[:LOCATED_IN]->(g:Region) | g][0] AS g
        ${membersWithPartnersCalls(memberShape, partnerShape, MEMBER_PARAMS_UNDER_PAGE)}
        RETURN collect({ cluster: ${clusterProjection('c', 'g')}, memberTotal: total, memberItems: items }) AS clusterItems
      }
      RETURN clusterTotal, clusterItems,${MISSING_FILTER_IDS} AS missing`;
}

function nestedParams({ members, partners }: MembersWithPartnersArgs, names: MemberPageParams): Record<string, unknown> {
  return {
    kinds: members.kinds,
    asOf: members.asOf,
    citedOnly: members.citedOnly,
    memberTotal: members.withTotal,
    [names.afterName]: members.after?.name ?? null,
    [names.afterId]: members.after?.id ?? null,
    [names.limit]: members.first + 1,
    partnerKinds: partners.kinds,
    partnerAsOf: partners.asOf,
    partnerCitedOnly: partners.citedOnly,
    partnerTotal: partners.withTotal,
    partnerAfterWeight: partners.after?.weight ?? null,
    partnerAfterName: partners.after?.name ?? null,
    partnerAfterId: partners.after?.id ?? null,
    partnerLimit: partners.first + 1,
  };
}

function membersWithPartnersParams(clusterIds: readonly string[], args: MembersWithPartnersArgs): Record<string, unknown> {
  return { clusterIds, ...nestedParams(args, MEMBER_PARAMS) };
}

function clusterPageMembersPartnersParams(page: ClusterListArgs, args: MembersWithPartnersArgs): Record<string, unknown> {
  return { ...clusterPageParams(page), withTotal: page.withTotal, ...nestedParams(args, MEMBER_PARAMS_UNDER_PAGE) };
}

const SAMPLE_NESTED: MembersWithPartnersArgs = {
  members: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withRegion: true, summary: false },
  partners: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withRegion: true, summary: false },
};

const MEMBER_SHAPES = ['with_region', 'without_region'] as const;
const PARTNER_SHAPES = ['summary', 'with_region', 'without_region'] as const;

const VARIANTS = MEMBER_SHAPES.flatMap((memberShape) => PARTNER_SHAPES.map((partnerShape) => ({ memberShape, partnerShape, variant: `${memberShape}__${partnerShape}` })));

/**
 * Member pages with their partner pages, and a cluster page with both: a text per member shape and partner shape
 * (6 each), totals switched.
 */
export const NESTED_PAGE_STATEMENTS: readonly StatementSet[] = [
  statementSet(
    'cluster_members_partners',
    VARIANTS.map(({ memberShape, partnerShape, variant }) => ({ variant, text: membersWithPartnersText(memberShape, partnerShape) })),
    membersWithPartnersParams([], SAMPLE_NESTED),
  ),
  statementSet(
    'cluster_page_members_partners',
    VARIANTS.map(({ memberShape, partnerShape, variant }) => ({ variant, text: clusterPageMembersPartnersText(memberShape, partnerShape) })),
    clusterPageMembersPartnersParams({ filter: { region: null, technology: null, nameContains: null }, first: 1, after: null, withTotal: false }, SAMPLE_NESTED),
  ),
];
const [MEMBERS_WITH_PARTNERS, CLUSTER_PAGE_MEMBERS_PARTNERS] = NESTED_PAGE_STATEMENTS as [StatementSet, StatementSet];

/** Whether the compiled statement serves these arguments: members that ask for partners are never summaries. */
export function membersWithPartnersCompiles(args: MembersWithPartnersArgs): boolean {
  return !args.members.summary;
}

const pageOf = <T>(items: T[], first: number, totalCount: number): Page<T> => ({ items: items.slice(0, first), hasNextPage: items.length > first, totalCount });

/**
 * One member page per cluster, each member with its partner page, in one round trip for all clusters. Throws
 * for arguments membersWithPartnersCompiles refuses.
 */
export async function findClusterMembersWithPartners(graph: GraphClient, clusterIds: readonly string[], args: MembersWithPartnersArgs): Promise<Map<string, MembersWithPartnersPage>> {
  if (!membersWithPartnersCompiles(args)) throw new RangeError('cluster_members_partners: members asking for partners are never summaries');
  const variant = `${shapeOf(args.members)}__${shapeOf(args.partners)}`;
  const rows = await graph.read(MEMBERS_WITH_PARTNERS.statement(variant, membersWithPartnersParams(clusterIds, args)));
  return new Map(rows.map((row) => [row['clusterId'] as string, membersPageOf(row['items'] as unknown as NestedMemberItem[], row['total'] as number, args)]));
}

type NestedMemberItem = MemberItem & { partnerTotal: number; partnerItems: PartnerItem[] };

function membersPageOf(rowItems: NestedMemberItem[], total: number, args: MembersWithPartnersArgs): MembersWithPartnersPage {
  const partnerPages = new Map<string, Page<PartnerItem>>();
  for (const { actor, partnerItems, partnerTotal } of rowItems) partnerPages.set(actor.id, pageOf(partnerItems, args.partners.first, partnerTotal));
  // The same item objects findClusterMembersPages returns: the partner fields stay in partnerPages.
  const items = rowItems.map(({ actor, membership }): MemberItem => ({ actor, membership }));
  return { ...pageOf(items, args.members.first, total), partnerPages };
}

export interface ClusterPageWithMembers extends Page<ClusterRecord> {
  missing: Array<'region' | 'technology'>;
  /** Each cluster's member page with its members' partner pages. */
  memberPages: Map<string, MembersWithPartnersPage>;
}

/**
 * findClusterPage with every cluster's member page and every member's partner page, in one round trip. Throws
 * for arguments membersWithPartnersCompiles refuses.
 */
export async function findClusterPageWithMembers(graph: GraphClient, page: ClusterListArgs, args: MembersWithPartnersArgs): Promise<ClusterPageWithMembers> {
  if (!membersWithPartnersCompiles(args)) throw new RangeError('cluster_page_members_partners: members asking for partners are never summaries');
  const variant = `${shapeOf(args.members)}__${shapeOf(args.partners)}`;
  const [row] = await graph.read(CLUSTER_PAGE_MEMBERS_PARTNERS.statement(variant, clusterPageMembersPartnersParams(page, args)));
  const clusterItems = (row?.['clusterItems'] ?? []) as unknown as Array<{ cluster: ClusterRecord; memberTotal: number; memberItems: NestedMemberItem[] }>;
  const memberPages = new Map(clusterItems.map(({ cluster, memberTotal, memberItems }) => [cluster.id, membersPageOf(memberItems, memberTotal, args)]));
  return {
    ...pageOf(clusterItems.map(({ cluster }) => cluster), page.first, (row?.['clusterTotal'] as number) ?? 0),
    missing: (row?.['missing'] ?? []) as Array<'region' | 'technology'>,
    memberPages,
  };
}
