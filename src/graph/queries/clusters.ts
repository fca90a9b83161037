import type { GraphClient } from '../graphClient';
import { linkParams } from './linkConditions';
import { memberCountCall, memberItemFields, memberPageRows, pageLimit, type PageParamNames } from './pageBodies';
import { clusterProjection } from './projections';
import type { ActorKindValue, AnyActorRecord, ClusterRecord, MembershipRecord, Page } from './records';

/** Clusters by id, in one round trip. */
export async function findClustersByIds(graph: GraphClient, ids: readonly string[]): Promise<Map<string, ClusterRecord>> {
  const rows = await graph.read({
    name: 'clusters_by_ids',
    text: `UNWIND $ids AS id
      MATCH (c:Cluster {id: id})
      OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
      WITH c, head(collect(r)) AS r
      RETURN ${clusterProjection('c', 'r')} AS cluster`,
    params: { ids },
  });
  return new Map(rows.map((row) => {
    const cluster = row['cluster'] as unknown as ClusterRecord;
    return [cluster.id, cluster];
  }));
}

/** Position after which a page starts, in the (name, id) order of members. */
export interface NameCursor {
  name: string;
  id: string;
}

export interface MembersPageArgs {
  first: number;
  after: NameCursor | null;
  kinds: ActorKindValue[] | null;
  /** ISO date; only memberships valid that day (members at that date). Null: current and past members. */
  asOf: string | null;
  /** True: sample memberships and sample actors are left out. */
  citedOnly: boolean;
  /** Whether to count all members (only when `totalCount` is selected); without it totalCount is 0. */
  withTotal: boolean;
  /**
   * Whether the page reads one item more than it shows, to tell `hasNextPage` (only when `pageInfo` is selected):
   * nestedRead asks for none, and the extra rows were 44 of its 444 partner rows and 10 of its 110 member rows.
   */
  withNext: boolean;
  /** Whether the members' records carry their region (only when the selection asks for it). */
  withRegion: boolean;
  /** Whether summaries suffice (the selection asks only for id, kind or name of the actors). */
  summary: boolean;
  /** Whether the memberships' fields (role, dates, sources, sample flag) are read (only when the edges ask for one). */
  withLinks: boolean;
}

export interface MemberItem {
  actor: AnyActorRecord;
  /** Null when the page was read without the memberships' fields (MembersPageArgs.withLinks). */
  membership: MembershipRecord | null;
}

/** The parameters cluster_members_pages reads: its only page. */
const MEMBER_PAGE_PARAMS: PageParamNames = {
  kinds: 'kinds',
  afterName: 'afterName',
  afterId: 'afterId',
  limit: 'limit',
  conditions: { asOf: 'asOf', citedOnly: 'citedOnly' },
  withLinks: 'withLinks',
};

/**
 * One page of members for each of several clusters, in one round trip: members ordered by name then id,
 * `first` of them after the cursor, plus whether more follow and, when asked, the total count (an aggregate,
 * the set is never collected whole).
 */
export async function findClusterMembersPages(
  graph: GraphClient,
  clusterIds: readonly string[],
  args: MembersPageArgs,
): Promise<Map<string, Page<MemberItem>>> {
  // The count is a second walk over every member: it runs only when asked for.
  const total = args.withTotal ? memberCountCall(MEMBER_PAGE_PARAMS, 'total') : 'WITH c, 0 AS total';
  const rows = await graph.read({
    name: `cluster_members_pages${args.withTotal ? '' : '_page_only'}${args.summary ? '_summary' : args.withRegion ? '' : '_without_region'}`,
    text: `UNWIND $clusterIds AS cid
      MATCH (c:Cluster {id: cid})
      ${total}
      CALL (c) {
        ${memberPageRows(MEMBER_PAGE_PARAMS, args)}
        RETURN collect({ ${memberItemFields(MEMBER_PAGE_PARAMS, args)} }) AS items
      }
      RETURN c.id AS clusterId, total, items`,
    params: {
      clusterIds,
      kinds: args.kinds,
      ...linkParams(args),
      afterName: args.after?.name ?? null,
      afterId: args.after?.id ?? null,
      limit: pageLimit(args),
      withLinks: args.withLinks,
    },
  });
  const pages = new Map<string, Page<MemberItem>>();
  for (const row of rows) {
    const items = row['items'] as unknown as MemberItem[];
    pages.set(row['clusterId'] as string, {
      items: items.slice(0, args.first),
      hasNextPage: items.length > args.first,
      totalCount: row['total'] as number,
    });
  }
  return pages;
}
