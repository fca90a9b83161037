/** The Relay `PageInfo` of a page of edges: whether more follow, whether a cursor led here, and its ends. */
export function pageInfo(edges: ReadonlyArray<{ cursor: string }>, hasNextPage: boolean, hasPreviousPage: boolean) {
  return { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}
