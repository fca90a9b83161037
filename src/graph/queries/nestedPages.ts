import type { GraphClient } from '../graphClient';
import { CLUSTER_WHERE, clusterPageParams, MISSING_FILTER_IDS, type ClusterListArgs } from './clusterLists';
import type { MemberItem, MembersPageArgs } from './clusters';
import { memberCountCall, memberItemFields, memberPageRows, pageLimit, partnerCountCall, partnerPageCall, type PageParamNames, type PartnerPageParamNames } from './pageBodies';
import { partnerItemOf, type PartnerItem, type PartnersPageArgs } from './partners';
import { clusterProjection, type SwitchedShape } from './projections';
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
  /** Each member's partner page (every member on the page). */
  partnerPages: Map<string, Page<PartnerItem>>;
}

/**
 * The record shapes of both levels are switched by parameter (`$memberSummary`, `$memberRegion`,
 * `$partnerSummary`, `$partnerRegion`), so each statement is one text whatever the selections ask of the actors.
 */
const MEMBER_SHAPE: SwitchedShape = { summaryParam: 'memberSummary', withRegionParam: 'memberRegion' };
const PARTNER_SHAPE: SwitchedShape = { summaryParam: 'partnerSummary', withRegionParam: 'partnerRegion' };

/**
 * The parameter names of the member page: a cluster page around it has its own `$limit` and cursor, so there
 * the member page's position reads other names.
 */
/** A member page nesting partner pages also names how many members it shows (those get partner pages). */
interface NestedMemberParamNames extends PageParamNames {
  shown: string;
}

const MEMBER_PARAMS: NestedMemberParamNames = {
  shown: 'memberFirst',
  kinds: 'kinds',
  afterName: 'afterName',
  afterId: 'afterId',
  limit: 'limit',
  conditions: { asOf: 'asOf', citedOnly: 'citedOnly' },
  withLinks: 'memberLinks',
};
const MEMBER_PARAMS_UNDER_PAGE: NestedMemberParamNames = { ...MEMBER_PARAMS, afterName: 'memberAfterName', afterId: 'memberAfterId', limit: 'memberLimit' };

/** The partner pages' own parameters: a member list and its partner lists may each have kinds, an asOf and evidence. */
const PARTNER_PARAMS: PartnerPageParamNames = {
  kinds: 'partnerKinds',
  afterWeight: 'partnerAfterWeight',
  afterName: 'partnerAfterName',
  afterId: 'partnerAfterId',
  limit: 'partnerLimit',
  conditions: { asOf: 'partnerAsOf', citedOnly: 'partnerCitedOnly' },
  withLinks: 'partnerLinks',
};

/**
 * For cluster `c`: its member total (`total`, 0 unless `$memberTotal`) and its member page with each member's
 * partner page (`items`). When it must tell hasNextPage, the page reads one member more than it shows
 * (`$memberFirst`); that member's partner page is not read: the partner calls get a null `a` for it (a MATCH from
 * null finds nothing), and the member row keeps its record as `member_`.
 */
function membersWithPartnersCalls(names: NestedMemberParamNames): string {
  return `${memberCountCall(names, 'total', 'memberTotal')}
      CALL (c) {
        ${memberPageRows(names, MEMBER_SHAPE)}
        WITH c, collect({ a: a, m: m, g: listRegion_ }) AS rows_
        UNWIND range(0, size(rows_) - 1) AS i_
        WITH c, rows_[i_].a AS member_, rows_[i_].m AS m, rows_[i_].g AS listRegion_,
          CASE WHEN i_ < toInteger($${names.shown}) THEN rows_[i_].a END AS a
        ${partnerCountCall(PARTNER_PARAMS, 'partnerTotal', 'partnerTotal')}
        ${partnerPageCall(PARTNER_PARAMS, PARTNER_SHAPE, 'partnerItems')}
        WITH c, member_ AS a, m, listRegion_, partnerTotal, partnerItems
        RETURN collect({ ${memberItemFields(names, MEMBER_SHAPE)},
          partnerTotal: partnerTotal, partnerItems: partnerItems }) AS items
      }`;
}

/**
 * The member pages with their partner pages of clusters `$clusterIds`. The totals are switched by parameter
 * (`$memberTotal`, `$partnerTotal`): when off, the count's subquery stops at its first clause, so no text variant
 * is needed for them; nor for the record shapes (MEMBER_SHAPE, PARTNER_SHAPE).
 */
function membersWithPartnersText(): string {
  return `UNWIND $clusterIds AS cid
      MATCH (c:Cluster {id: cid})
      ${membersWithPartnersCalls(MEMBER_PARAMS)}
      RETURN c.id AS clusterId, total, items`;
}

/**
 * A page of clusters (as cluster_page: filters switched, `missing` filter ids) with each cluster's member page
 * and each member's partner page: `clusters { … members { … partners { … } } }` in one statement. The page reads
 * one cluster more than it shows (to tell hasNextPage); that cluster's member and partner pages are not read (its
 * `c` is null, as the member page's extra member's `a` is; the record comes from `cluster_`): at 100k actors they
 * were 1,114 of nestedRead's 18,521 db hits.
 */
function clusterPageMembersPartnersText(): string {
  return `CALL () {
        WITH 1 AS one_ WHERE $withTotal
        MATCH (c:Cluster) WHERE ${CLUSTER_WHERE}
        RETURN count(c) AS clusterTotal
      }
      CALL () {
        MATCH (c:Cluster) WHERE ${CLUSTER_WHERE}
          AND (NOT $hasAfter OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId))
        WITH c ORDER BY c.name, c.id LIMIT toInteger($limit)
        WITH collect(c) AS clusters_
        UNWIND range(0, size(clusters_) - 1) AS ci_
        WITH clusters_[ci_] AS cluster_, CASE WHEN ci_ < toInteger($limit) - 1 THEN clusters_[ci_] END AS c
        WITH cluster_, c, [(cluster_)-[:LOCATED_IN]->(g:Region) | g][0] AS g
        ${membersWithPartnersCalls(MEMBER_PARAMS_UNDER_PAGE)}
        RETURN collect({ cluster: ${clusterProjection('cluster_', 'g')}, memberTotal: total, memberItems: items }) AS clusterItems
      }
      RETURN clusterTotal, clusterItems,${MISSING_FILTER_IDS} AS missing`;
}

function nestedParams({ members, partners }: MembersWithPartnersArgs, names: NestedMemberParamNames): Record<string, unknown> {
  return {
    kinds: members.kinds,
    asOf: members.asOf,
    citedOnly: members.citedOnly,
    memberTotal: members.withTotal,
    memberSummary: members.summary,
    memberRegion: members.withRegion,
    memberLinks: members.withLinks,
    [names.afterName]: members.after?.name ?? null,
    [names.afterId]: members.after?.id ?? null,
    [names.limit]: pageLimit(members),
    [names.shown]: members.first,
    partnerKinds: partners.kinds,
    partnerAsOf: partners.asOf,
    partnerCitedOnly: partners.citedOnly,
    partnerTotal: partners.withTotal,
    partnerSummary: partners.summary,
    partnerRegion: partners.withRegion,
    partnerLinks: partners.withLinks,
    partnerAfterWeight: partners.after?.weight ?? null,
    partnerAfterName: partners.after?.name ?? null,
    partnerAfterId: partners.after?.id ?? null,
    partnerLimit: pageLimit(partners),
  };
}

function membersWithPartnersParams(clusterIds: readonly string[], args: MembersWithPartnersArgs): Record<string, unknown> {
  return { clusterIds, ...nestedParams(args, MEMBER_PARAMS) };
}

function clusterPageMembersPartnersParams(page: ClusterListArgs, args: MembersWithPartnersArgs): Record<string, unknown> {
  return { ...clusterPageParams(page), withTotal: page.withTotal, ...nestedParams(args, MEMBER_PARAMS_UNDER_PAGE) };
}

const SAMPLE_NESTED: MembersWithPartnersArgs = {
  members: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withNext: true, withRegion: true, summary: false, withLinks: true },
  partners: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withNext: true, withRegion: true, summary: false, withLinks: true },
};

/** Member pages with their partner pages, and a cluster page with both: one text each (shapes and totals switched). */
export const NESTED_PAGE_STATEMENTS: readonly StatementSet[] = [
  statementSet('cluster_members_partners', [{ variant: '', text: membersWithPartnersText() }], membersWithPartnersParams([], SAMPLE_NESTED)),
  statementSet(
    'cluster_page_members_partners',
    [{ variant: '', text: clusterPageMembersPartnersText() }],
    clusterPageMembersPartnersParams({ filter: { region: null, technology: null, nameContains: null }, first: 1, after: null, withTotal: false }, SAMPLE_NESTED),
  ),
];
const [MEMBERS_WITH_PARTNERS, CLUSTER_PAGE_MEMBERS_PARTNERS] = NESTED_PAGE_STATEMENTS as [StatementSet, StatementSet];

const pageOf = <T>(items: T[], first: number, totalCount: number): Page<T> => ({ items: items.slice(0, first), hasNextPage: items.length > first, totalCount });

/** One member page per cluster, each member with its partner page, in one round trip for all clusters. */
export async function findClusterMembersWithPartners(graph: GraphClient, clusterIds: readonly string[], args: MembersWithPartnersArgs): Promise<Map<string, MembersWithPartnersPage>> {
  const rows = await graph.read(MEMBERS_WITH_PARTNERS.statement('', membersWithPartnersParams(clusterIds, args)));
  return new Map(rows.map((row) => [row['clusterId'] as string, membersPageOf(row['items'] as unknown as NestedMemberItem[], row['total'] as number, args)]));
}

/** A member row as the nested statements return it: its partner items as partnerItemOf reads them. */
type NestedMemberItem = MemberItem & { partnerTotal: number; partnerItems: unknown[] };

function membersPageOf(rowItems: NestedMemberItem[], total: number, args: MembersWithPartnersArgs): MembersWithPartnersPage {
  const partnerPages = new Map<string, Page<PartnerItem>>();
  // The member after the page came without its partners (membersWithPartnersCalls): never primed.
  for (const { actor, partnerItems, partnerTotal } of rowItems.slice(0, args.members.first)) {
    partnerPages.set(actor.id, pageOf(partnerItems.map(partnerItemOf), args.partners.first, partnerTotal));
  }
  // The same item objects findClusterMembersPages returns: the partner fields stay in partnerPages.
  const items = rowItems.map(({ actor, membership }): MemberItem => ({ actor, membership }));
  return { ...pageOf(items, args.members.first, total), partnerPages };
}

export interface ClusterPageWithMembers extends Page<ClusterRecord> {
  missing: Array<'region' | 'technology'>;
  /** Each cluster's member page with its members' partner pages. */
  memberPages: Map<string, MembersWithPartnersPage>;
}

/** findClusterPage with every cluster's member page and every member's partner page, in one round trip. */
export async function findClusterPageWithMembers(graph: GraphClient, page: ClusterListArgs, args: MembersWithPartnersArgs): Promise<ClusterPageWithMembers> {
  const [row] = await graph.read(CLUSTER_PAGE_MEMBERS_PARTNERS.statement('', clusterPageMembersPartnersParams(page, args)));
  const clusterItems = (row?.['clusterItems'] ?? []) as unknown as Array<{ cluster: ClusterRecord; memberTotal: number; memberItems: NestedMemberItem[] }>;
  const memberPages = new Map(clusterItems.map(({ cluster, memberTotal, memberItems }) => [cluster.id, membersPageOf(memberItems, memberTotal, args)]));
  return {
    ...pageOf(clusterItems.map(({ cluster }) => cluster), page.first, (row?.['clusterTotal'] as number) ?? 0),
    missing: (row?.['missing'] ?? []) as Array<'region' | 'technology'>,
    memberPages,
  };
}
