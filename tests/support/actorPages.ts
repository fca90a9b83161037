import type { startTestServer } from './testServer';

type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> };

const ACTORS_QUERY = `query($filter: ActorFilter, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

/** Follows `actors` page by page through its cursors: every id in order, and the totalCount each page gave. */
export async function allActorPages(
  server: Awaited<ReturnType<typeof startTestServer>>,
  variables: Record<string, unknown>,
  pageSize: number,
): Promise<{ ids: string[]; totals: number[] }> {
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const { body } = await server.query(ACTORS_QUERY, { ...variables, first: pageSize, after });
    expect(body.errors).toBeUndefined();
    const page = body.data?.['actors'] as Connection;
    totals.push(page.totalCount);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids: seen, totals };
}
