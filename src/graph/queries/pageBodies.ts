import { linkUsableWith, type LinkConditionParams } from './linkConditions';
import { actorLabel, linkProjection, listActorProjection, type RowShape } from './projections';

/**
 * The Cypher of a partner page and of a member page, written once: the stand-alone statements
 * (partner_pages, cluster_members_pages) and the nested ones (cluster_members_partners,
 * cluster_page_members_partners) must return the same pages for the same arguments, so they share these
 * fragments. A statement nesting two pages reads each page's values from its own parameter names.
 */

/**
 * Whether a page's actors are summaries and whether their records carry their region: fixed in the text (the
 * stand-alone statements) or switched by two boolean parameters (the nested ones: one text for every shape).
 */
export type ListShape = RowShape;

/** The parameter names one page reads its position, kinds and link conditions from. */
export interface PageParamNames {
  kinds: string;
  afterName: string;
  afterId: string;
  limit: string;
  conditions: LinkConditionParams;
  /**
   * A boolean: whether the links' own fields (membership role, dates, sources, sample flag; a collaboration's
   * topic too) are read. Off when the page's edges ask for none of them, so a row reads no property it does not
   * return (nestedRead read five per partner for the one, `weight`, it asks for).
   */
  withLinks: string;
}

/** A partner page also orders by weight, so its cursor carries the weight. */
export interface PartnerPageParamNames extends PageParamNames {
  afterWeight: string;
}

const p = (name: string): string => `$${name}`;

/** How many items a page reads: one more than it shows when it must tell `hasNextPage`. */
export function pageLimit(args: { first: number; withNext: boolean }): number {
  return args.first + (args.withNext ? 1 : 0);
}

/**
 * When `switchParam` names a boolean parameter, the count runs only when it is true (else its subquery stops at
 * its first clause and returns 0): one text serves both.
 */
const countGuard = (v: string, switchParam: string | null): string => (switchParam === null ? '' : `WITH ${v} WHERE ${p(switchParam)}\n        `);

/** Actor `a`'s collaboration partners under the page's kinds and conditions (partner `b`, link `r`). */
function partnerValid(names: PageParamNames): string {
  return `(${p(names.kinds)} IS NULL OR b.kind IN ${p(names.kinds)}) AND ${linkUsableWith(names.conditions, 'r', 'b')}`;
}

/** `CALL (a) { … RETURN count(DISTINCT b) AS <alias> }`: how many partners actor `a` has. */
export function partnerCountCall(names: PageParamNames, alias: string, switchParam: string | null = null): string {
  return `CALL (a) {
        ${countGuard('a', switchParam)}MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor) WHERE ${partnerValid(names)}
        RETURN count(DISTINCT b) AS ${alias}
      }`;
}

/**
 * `CALL (a) { … RETURN collect(…) AS <alias> }`: actor `a`'s partner page, strongest first (weight descending,
 * unknown weight as 0), then name and id, `limit` items after the cursor. Each item: `actor`, the collaboration's
 * `weight` (the order and the cursor need it) and `link`, its other fields (null unless `names.withLinks`); a
 * summary's item comes as a list (partnerItem).
 */
export function partnerPageCall(names: PartnerPageParamNames, shape: ListShape, alias: string): string {
  const partner = listActorProjection('b', 'b, r', shape);
  const [afterWeight, afterName, afterId] = [p(names.afterWeight), p(names.afterName), p(names.afterId)];
  const link = `CASE WHEN ${p(names.withLinks)} THEN { topic: r.topic, ${linkProjection('r')} } END`;
  return `CALL (a) {
        MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor) WHERE ${partnerValid(names)}
        WITH b, r, coalesce(r.weight, 0) AS w
        WHERE ${afterId} IS NULL OR w < ${afterWeight}
          OR (w = ${afterWeight} AND (b.name > ${afterName} OR (b.name = ${afterName} AND b.id > ${afterId})))
        WITH b, r, w ORDER BY w DESC, b.name, b.id LIMIT toInteger(${p(names.limit)})
        ${partner.lookup}
        RETURN collect(${partnerItem(shape, `{ actor: ${partner.projection}, weight: r.weight, link: ${link} }`, link)}) AS ${alias}
      }`;
}

/**
 * A partner item: a map, or for a summary the list PARTNER_SUMMARY_TUPLE (partnerItemOf in partners.ts makes the
 * item of it). A page of summaries is most of nestedRead's answer (500 partners), and the driver decoded eight key
 * names for every one of them.
 */
function partnerItem(shape: ListShape, item: string, link: string): string {
  const tuple = `[b.id, ${actorLabel('b')}, b.kind, b.name, r.weight, ${link}]`;
  if ('summaryParam' in shape) return `CASE WHEN ${p(shape.summaryParam)} THEN ${tuple} ELSE ${item} END`;
  return shape.summary ? tuple : item;
}

/** Cluster `c`'s members under the page's kinds and conditions (member `a`, membership `m`). */
function memberValid(names: PageParamNames): string {
  return `(${p(names.kinds)} IS NULL OR a.kind IN ${p(names.kinds)}) AND ${linkUsableWith(names.conditions, 'm', 'a')}`;
}

/** `CALL (c) { … RETURN count(DISTINCT a) AS <alias> }`: how many members cluster `c` has. */
export function memberCountCall(names: PageParamNames, alias: string, switchParam: string | null = null): string {
  return `CALL (c) {
        ${countGuard('c', switchParam)}MATCH (a:Actor)-[m:MEMBER_OF]->(c) WHERE ${memberValid(names)}
        RETURN count(DISTINCT a) AS ${alias}
      }`;
}

/**
 * The rows of cluster `c`'s member page, ordered by name then id, `limit` of them after the cursor, binding
 * `a` and `m` (and the region lookup when the shape needs one). The caller collects them with memberItemFields.
 */
export function memberPageRows(names: PageParamNames, shape: ListShape): string {
  const member = listActorProjection('a', 'c, a, m', shape);
  const [afterName, afterId] = [p(names.afterName), p(names.afterId)];
  return `MATCH (a:Actor)-[m:MEMBER_OF]->(c)
        WHERE ${memberValid(names)}
          AND (${afterName} IS NULL OR a.name > ${afterName} OR (a.name = ${afterName} AND a.id > ${afterId}))
        WITH a, m ORDER BY a.name, a.id, m.validFrom
        LIMIT toInteger(${p(names.limit)})
        ${member.lookup}`;
}

/**
 * The fields of one member item (`actor`, `membership`) over the variables memberPageRows binds; `membership` is
 * null unless `names.withLinks` is on.
 */
export function memberItemFields(names: PageParamNames, shape: ListShape): string {
  const member = listActorProjection('a', 'c, a, m', shape);
  return `actor: ${member.projection},
          membership: CASE WHEN ${p(names.withLinks)} THEN { actorId: a.id, clusterId: c.id, role: m.role, ${linkProjection('m')} } END`;
}
