/**
 * The Relay `PageInfo` of a page of edges: whether more follow, whether a cursor led here, and its ends. The end
 * cursors are read from the edges only when the selection asks for them (graphql-js reads a field through its
 * getter): an edge may encode its cursor lazily (lazyCursor.ts), and most pages are asked for no cursor.
 */
class PageInfoModel {
  constructor(
    private readonly edges: ReadonlyArray<{ readonly cursor: string }>,
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

export function pageInfo(edges: ReadonlyArray<{ readonly cursor: string }>, hasNextPage: boolean, hasPreviousPage: boolean): PageInfoModel {
  return new PageInfoModel(edges, hasNextPage, hasPreviousPage);
}
