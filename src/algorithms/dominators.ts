/**
 * Dominators in a flow graph: node d dominates node n when every path from the root to n passes through d.
 * The iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001): number the
 * nodes in reverse postorder, then refine each node's immediate dominator as the nearest common dominator of its
 * already processed predecessors until nothing changes. On the small acyclic-ish graphs of a supply chain it
 * converges in two or three passes. Pure: no I/O.
 */

/**
 * The successors of a node: a map, or a function so a caller can add a node (a virtual root) to a graph it
 * built once without copying it (findCriticalSuppliers asks once per stage of the same graph).
 */
export type Successors = ReadonlyMap<string, readonly string[]> | ((node: string) => readonly string[]);

function successorsOf(successors: Successors): (node: string) => readonly string[] {
  if (typeof successors === 'function') return successors;
  return (node) => successors.get(node) ?? [];
}

/** The immediate dominator of every node reachable from `root` (the root maps to itself). */
export function immediateDominators(root: string, successors: Successors): Map<string, string> {
  const next = successorsOf(successors);
  const postorder = depthFirstPostorder(root, next);
  const position = new Map(postorder.map((node, i) => [node, i]));
  const predecessors = new Map<string, string[]>();
  for (const node of postorder) {
    for (const child of next(node)) {
      if (!position.has(child)) continue;
      const list = predecessors.get(child);
      if (list) list.push(node);
      else predecessors.set(child, [node]);
    }
  }
  const idom = new Map<string, string>([[root, root]]);
  const reversePostorder = [...postorder].reverse();
  const intersect = (a: string, b: string): string => {
    let [x, y] = [a, b];
    while (x !== y) {
      while ((position.get(x) ?? 0) < (position.get(y) ?? 0)) x = idom.get(x) ?? root;
      while ((position.get(y) ?? 0) < (position.get(x) ?? 0)) y = idom.get(y) ?? root;
    }
    return x;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of reversePostorder) {
      if (node === root) continue;
      let candidate: string | null = null;
      for (const pred of predecessors.get(node) ?? []) {
        if (!idom.has(pred)) continue;
        candidate = candidate === null ? pred : intersect(pred, candidate);
      }
      if (candidate !== null && idom.get(node) !== candidate) {
        idom.set(node, candidate);
        changed = true;
      }
    }
  }
  return idom;
}

/** The strict dominators of `target` from nearest to farthest, the root excluded; null when `target` is unreachable. */
export function strictDominators(root: string, target: string, successors: Successors): string[] | null {
  const idom = immediateDominators(root, successors);
  if (!idom.has(target)) return null;
  const chain: string[] = [];
  let at = idom.get(target) as string;
  while (at !== root) {
    chain.push(at);
    at = idom.get(at) as string;
  }
  return chain;
}

/** Nodes reachable from `root` in depth-first postorder; iterative, so deep chains cannot overflow the stack. */
function depthFirstPostorder(root: string, successors: (node: string) => readonly string[]): string[] {
  const order: string[] = [];
  const seen = new Set([root]);
  const stack: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: string; next: number };
    const children = successors(top.node);
    if (top.next < children.length) {
      const child = children[top.next++] as string;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push({ node: child, next: 0 });
      }
    } else {
      order.push(top.node);
      stack.pop();
    }
  }
  return order;
}
