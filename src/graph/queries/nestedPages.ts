import type { GraphClient } from '../graphClient';
import type { MemberItem, MembersPageArgs } from './clusters';
import { linkUsable, linkUsableWith, type LinkConditionParams } from './linkConditions';
import type { PartnerItem, PartnersPageArgs } from './partners';
import { linkProjection, listActorProjection } from './projections';
import type { Page } from './records';
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
function membersWithPartnersText(memberShape: Exclude<Shape, 'summary'>, partnerShape: Shape): string {
  const member = listActorProjection('a', 'c, a, m', shapeArgs(memberShape));
  const partner = listActorProjection('b', 'b, r', shapeArgs(partnerShape));
  const memberValid = `($kinds IS NULL OR a.kind IN $kinds) AND ${linkUsable('m', 'a')}`;
  const partnerValid = `($partnerKinds IS NULL OR b.kind IN $partnerKinds) AND ${linkUsableWith(PARTNER_CONDITIONS, 'r', 'b')}`;
  return `UNWIND $clusterIds AS cid
      MATCH (c:Cluster {id: cid})
      CALL (c) {
        WITH c WHERE $memberTotal
        MATCH (a:Actor)-[m:MEMBER_OF]->(c) WHERE ${memberValid}
        RETURN count(DISTINCT a) AS total
      }
      CALL (c) {
        MATCH (a:Actor)-[m:MEMBER_OF]->(c)
        WHERE ${memberValid}
          AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
        WITH a, m ORDER BY a.name, a.id, m.validFrom
        LIMIT toInteger($limit)
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
      }
      RETURN c.id AS clusterId, total, items`;
}

function membersWithPartnersParams(clusterIds: readonly string[], { members, partners }: MembersWithPartnersArgs): Record<string, unknown> {
  return {
    clusterIds,
    kinds: members.kinds,
    asOf: members.asOf,
    citedOnly: members.citedOnly,
    memberTotal: members.withTotal,
    afterName: members.after?.name ?? null,
    afterId: members.after?.id ?? null,
    limit: members.first + 1,
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

const MEMBER_SHAPES = ['with_region', 'without_region'] as const;
const PARTNER_SHAPES = ['summary', 'with_region', 'without_region'] as const;

/** Member pages with their partner pages: a text per member shape and partner shape (6), totals switched. */
export const NESTED_PAGE_STATEMENTS: readonly StatementSet[] = [
  statementSet(
    'cluster_members_partners',
    MEMBER_SHAPES.flatMap((memberShape) => PARTNER_SHAPES.map((partnerShape) => ({ variant: `${memberShape}__${partnerShape}`, text: membersWithPartnersText(memberShape, partnerShape) }))),
    membersWithPartnersParams([], {
      members: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withRegion: true, summary: false },
      partners: { first: 1, after: null, kinds: null, asOf: null, citedOnly: false, withTotal: false, withRegion: true, summary: false },
    }),
  ),
];
const [MEMBERS_WITH_PARTNERS] = NESTED_PAGE_STATEMENTS as [StatementSet];

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
  const pages = new Map<string, MembersWithPartnersPage>();
  for (const row of rows) {
    const rowItems = row['items'] as unknown as Array<MemberItem & { partnerTotal: number; partnerItems: PartnerItem[] }>;
    const partnerPages = new Map<string, Page<PartnerItem>>();
    for (const { actor, partnerItems, partnerTotal } of rowItems) partnerPages.set(actor.id, pageOf(partnerItems, args.partners.first, partnerTotal));
    // The same item objects findClusterMembersPages returns: the partner fields stay in partnerPages.
    const items = rowItems.map(({ actor, membership }): MemberItem => ({ actor, membership }));
    pages.set(row['clusterId'] as string, { ...pageOf(items, args.members.first, row['total'] as number), partnerPages });
  }
  return pages;
}
