import type { GraphClient } from '../graphClient';
import { linkParams, linkUsable, type LinkConditions } from './linkConditions';
import { actorProjection, inlineClusterProjection, linkProjection } from './projections';
import type { ActorRecord, ClusterRecord, Page, Related } from './records';

/**
 * Link lists that are paged like `partners`: each a fixed pattern from the owner `o` over relationship `r` to
 * the other end `n` (labels and types from the allow-list), the record of `n`, and which extra filter it takes.
 */
const LINK_LISTS = {
  suppliers: { pattern: '(o:Company {id: oid})<-[r:SUPPLIES]-(n:Company)', target: 'actor' },
  customers: { pattern: '(o:Company {id: oid})-[r:SUPPLIES]->(n:Company)', target: 'actor' },
  memberships: { pattern: '(o:Actor {id: oid})-[r:MEMBER_OF]->(n:Cluster)', target: 'cluster' },
} as const;

export type LinkListName = keyof typeof LINK_LISTS;

interface LinkTargets {
  actor: ActorRecord;
  cluster: ClusterRecord;
}

export type LinkListRecord<N extends LinkListName> = LinkTargets[(typeof LINK_LISTS)[N]['target']];

/** Where a link page starts: after the link to this end (name, id) and, among parallel links, this link. */
export interface LinkCursor {
  name: string;
  id: string;
  link: string;
}

export interface LinkPageArgs extends LinkConditions {
  first: number;
  after: LinkCursor | null;
  /** Supply lists: only links of this value-chain stage. */
  stage: string | null;
  /** Memberships: only these roles. */
  roles: string[] | null;
  /** Whether to count all matching links (only when `totalCount` is selected). */
  withTotal: boolean;
}

/** A link of a page: the other end, the relationship's properties, and the link's key for cursors. */
export type LinkItem<N extends LinkListName> = Omit<Related<LinkListRecord<N>>, 'ownerId'> & { link: string };

export interface LinkPage<N extends LinkListName> extends Page<LinkItem<N>> {
  /** False when a `stage` filter was given and no stage has that id. */
  stageFound: boolean;
}

const PROJECTIONS: Record<keyof LinkTargets, string> = {
  actor: `coalesce(head([(n)-[:LOCATED_IN]->(linkRegion_:Region) | ${actorProjection('n', 'linkRegion_')}]), ${actorProjection('n', null)})`,
  cluster: inlineClusterProjection('n'),
};

/**
 * One page of links per owner, in one round trip for all owners: ordered by the other end's name and id, then
 * the link (parallel links, e.g. two products of one supplier, each get a place), with `asOf`, evidence, stage
 * or role filters, and the total when asked.
 */
export async function findLinkPages<N extends LinkListName>(
  graph: GraphClient,
  list: N,
  ownerIds: readonly string[],
  args: LinkPageArgs,
): Promise<Map<string, LinkPage<N>>> {
  const spec = LINK_LISTS[list];
  const where = `${linkUsable('r', 'n')} AND ($stage IS NULL OR r.stage = $stage) AND ($roles IS NULL OR r.role IN $roles)`;
  const total = args.withTotal ? `CALL (oid) { MATCH ${spec.pattern} WHERE ${where} RETURN count(r) AS total }` : 'WITH oid, 0 AS total';
  const rows = await graph.read({
    name: `link_pages_${list}${args.withTotal ? '' : '_page_only'}`,
    text: `UNWIND $ids AS oid
      ${total}
      CALL (oid) {
        MATCH ${spec.pattern}
        WHERE ${where}
          AND ($afterId IS NULL OR n.name > $afterName OR (n.name = $afterName AND (n.id > $afterId OR (n.id = $afterId AND elementId(r) > $afterLink))))
        WITH o, r, n ORDER BY n.name, n.id, elementId(r) LIMIT toInteger($limit)
        RETURN collect({ node: ${PROJECTIONS[spec.target]}, link: elementId(r),
          rel: { role: r.role, topic: r.topic, weight: r.weight, model: r.model, product: r.product, stage: r.stage, year: r.year, ${linkProjection('r')} } }) AS items
      }
      RETURN oid, total, items, ($stage IS NULL OR EXISTS { MATCH (:ValueChainStage {id: $stage}) }) AS stageFound`,
    params: {
      ids: ownerIds,
      ...linkParams(args),
      stage: args.stage,
      roles: args.roles,
      afterName: args.after?.name ?? null,
      afterId: args.after?.id ?? null,
      afterLink: args.after?.link ?? null,
      limit: args.first + 1,
    },
  });
  const pages = new Map<string, LinkPage<N>>();
  for (const row of rows) {
    const items = row['items'] as unknown as Array<LinkItem<N>>;
    pages.set(row['oid'] as string, {
      items: items.slice(0, args.first),
      hasNextPage: items.length > args.first,
      totalCount: row['total'] as number,
      stageFound: row['stageFound'] as boolean,
    });
  }
  return pages;
}
