/**
 * Connected parts of an undirected graph given as edges between string ids (union-find with path halving and
 * union by size), so the size of the largest part of a few thousand links costs next to nothing.
 */
export class ConnectedParts {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** Adds a node on its own (no-op when known). */
  add(id: string): void {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
    }
  }

  /** Joins the parts of `a` and `b`, adding either when new. */
  link(a: string, b: string): void {
    this.add(a);
    this.add(b);
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return;
    if ((this.size.get(ra) ?? 1) < (this.size.get(rb) ?? 1)) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, (this.size.get(ra) ?? 1) + (this.size.get(rb) ?? 1));
  }

  /** Number of nodes seen. */
  get nodeCount(): number {
    return this.parent.size;
  }

  /** Node count of each part, largest first. */
  partSizes(): number[] {
    const sizes: number[] = [];
    for (const [id, parent] of this.parent) if (id === parent) sizes.push(this.size.get(id) ?? 1);
    return sizes.sort((x, y) => y - x);
  }

  /** Node count of the largest part (0 for an empty graph). */
  largest(): number {
    return this.partSizes()[0] ?? 0;
  }

  private root(id: string): string {
    let current = id;
    for (;;) {
      const parent = this.parent.get(current) ?? current;
      if (parent === current) return current;
      const grand = this.parent.get(parent) ?? parent;
      this.parent.set(current, grand);
      current = grand;
    }
  }
}
