import type { GraphClient } from '../graphClient';
import { pageLimit, partnerCountCall, partnerPageCall, type PartnerPageParamNames } from './pageBodies';
import type { ActorKindValue, ActorSummaryRecord, AnyActorRecord, LinkRecord, Page } from './records';

/** A collaboration's fields beside its weight. */
export interface PartnerLink extends LinkRecord {
  topic: string | null;
}

export interface PartnerItem {
  actor: AnyActorRecord;
  /** The collaboration's weight (null when unknown; the order counts it as 0). */
  weight: number | null;
  /** The collaboration's other fields; null when the page was read without them (PartnersPageArgs.withLinks). */
  link: PartnerLink | null;
}

/** A summary partner item as the statements return it (pageBodies.ts, partnerItem): id, label, kind, name, weight, link. */
type PartnerSummaryTuple = [string, ActorSummaryRecord['label'], ActorKindValue, string, number | null, PartnerLink | null];

/** The item of a partner page's value: a summary's list, or already an item. */
export function partnerItemOf(value: unknown): PartnerItem {
  if (!Array.isArray(value)) return value as PartnerItem;
  const [id, label, kind, name, weight, link] = value as PartnerSummaryTuple;
  return { actor: { id, label, kind, name, summary: true }, weight, link };
}

/** Where a partner page starts: after the partner with this weight (as sorted) and name and id. */
export interface PartnerCursor {
  weight: number;
  name: string;
  id: string;
}

export interface PartnersPageArgs {
  first: number;
  after: PartnerCursor | null;
  kinds: ActorKindValue[] | null;
  /** ISO date; only collaborations valid that day. */
  asOf: string | null;
  /** True: sample collaborations and sample partners are left out. */
  citedOnly: boolean;
  /** Whether to count all partners (only when `totalCount` is selected); without it totalCount is 0. */
  withTotal: boolean;
  /**
   * Whether the page reads one item more than it shows, to tell `hasNextPage` (only when `pageInfo` is selected):
   * nestedRead asks for none, and the extra rows were 44 of its 444 partner rows and 10 of its 110 member rows.
   */
  withNext: boolean;
  /** Whether the partners' records carry their region (only when the selection asks for it). */
  withRegion: boolean;
  /** Whether summaries suffice (the selection asks only for id, kind or name of the actors). */
  summary: boolean;
  /** Whether the collaborations' fields beside the weight are read (only when the edges ask for one of them). */
  withLinks: boolean;
}

/** The parameters partner_pages reads: its only page. */
const PARTNER_PAGE_PARAMS: PartnerPageParamNames = {
  kinds: 'kinds',
  afterWeight: 'afterWeight',
  afterName: 'afterName',
  afterId: 'afterId',
  limit: 'limit',
  conditions: { asOf: 'asOf', citedOnly: 'citedOnly' },
  withLinks: 'withLinks',
};

/**
 * One page of collaboration partners for each of several actors, in one round trip: strongest first
 * (weight descending, unknown weight as 0), then name and id, with the total count when asked.
 */
export async function findPartnerPages(graph: GraphClient, actorIds: readonly string[], args: PartnersPageArgs): Promise<Map<string, Page<PartnerItem>>> {
  // The count is a second walk over every collaboration: it runs only when asked for.
  const total = args.withTotal ? partnerCountCall(PARTNER_PAGE_PARAMS, 'total') : 'WITH a, aid, 0 AS total';
  const rows = await graph.read({
    name: `partner_pages${args.withTotal ? '' : '_page_only'}${args.summary ? '_summary' : args.withRegion ? '' : '_without_region'}`,
    text: `UNWIND $ids AS aid
      MATCH (a:Actor {id: aid})
      ${total}
      ${partnerPageCall(PARTNER_PAGE_PARAMS, args, 'items')}
      RETURN aid, total, items`,
    params: {
      ids: actorIds,
      kinds: args.kinds,
      asOf: args.asOf,
      citedOnly: args.citedOnly,
      afterWeight: args.after?.weight ?? null,
      afterName: args.after?.name ?? null,
      afterId: args.after?.id ?? null,
      limit: pageLimit(args),
      withLinks: args.withLinks,
    },
  });
  const pages = new Map<string, Page<PartnerItem>>();
  for (const row of rows) {
    const items = (row['items'] as unknown as unknown[]).map(partnerItemOf);
    pages.set(row['aid'] as string, { items: items.slice(0, args.first), hasNextPage: items.length > args.first, totalCount: row['total'] as number });
  }
  return pages;
}
