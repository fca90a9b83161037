/**
 * Links the node files imply (seeds/FORMAT.md): a region's `parent` → PART_OF, a technology's `broader` →
 * BROADER, a stage's `value_chain` → STAGE_OF, and FEEDS from each stage to the next by `order` within its
 * value chain. Targets may be in the input or already in the database.
 */
import { isIllustrative, type NodeLabel } from '../model';
import { endProblem } from './endProblem';
import type { ImportContext } from './importContext';
import type { RowOrigin } from './reportBuilder';
import type { NodeReference, NodeScan, StageEntry } from './scanNodeFiles';
import type { DerivedType } from '../graph';

export interface DerivedLink {
  type: DerivedType;
  from: string;
  to: string;
  sources: string[];
  /** The node row the link comes from. */
  origin: RowOrigin;
}

/**
 * Checks the references of node rows and returns the links to write. A stage whose value chain is unknown is
 * refused (a stage belongs to a chain); a bad `parent` or `broader` refuses only that link and the node is
 * imported without it.
 */
export async function resolveDerivedLinks(ctx: ImportContext, scan: NodeScan): Promise<DerivedLink[]> {
  const targets = [...scan.parents, ...scan.broader, ...scan.stages].map((ref) => ref.target).filter((id) => !ctx.catalog.has(id));
  for (const [id, label] of await ctx.sink.lookupLabels(targets)) ctx.catalog.addFromDatabase(id, label);

  const links: DerivedLink[] = [];
  const stages = scan.stages.filter((stage) => acceptStage(ctx, stage));
  for (const stage of stages) links.push({ type: 'STAGE_OF', from: stage.id, to: stage.target, sources: stage.sources, origin: stage.origin });
  links.push(...feeds(stages));
  links.push(...references(ctx, scan.parents, 'PART_OF', 'parent', 'Region'));
  links.push(...references(ctx, scan.broader, 'BROADER', 'broader', 'Technology'));
  for (const link of links) {
    ctx.report.addRelationships(link.type, 'rows');
    ctx.report.addRelationships(link.type, isIllustrative(link.sources) ? 'sample' : 'cited');
  }
  return links;
}

function acceptStage(ctx: ImportContext, stage: StageEntry): boolean {
  if (ctx.report.isRejected(stage.origin)) return false;
  const problem = endProblem(ctx.catalog, 'value_chain', stage.target, ['ValueChain']);
  if (problem === undefined) return true;
  ctx.report.rejectNode('ValueChainStage', stage.origin, problem);
  ctx.catalog.delete(stage.id);
  return false;
}

function feeds(stages: readonly StageEntry[]): DerivedLink[] {
  const byChain = new Map<string, StageEntry[]>();
  for (const stage of stages) {
    const chain = byChain.get(stage.target) ?? [];
    byChain.set(stage.target, chain);
    chain.push(stage);
  }
  const links: DerivedLink[] = [];
  for (const chain of byChain.values()) {
    chain.sort((a, b) => a.order - b.order);
    for (let k = 1; k < chain.length; k += 1) {
      const [from, to] = [chain[k - 1], chain[k]];
      if (!from || !to) continue;
      links.push({ type: 'FEEDS', from: from.id, to: to.id, sources: [...new Set([...from.sources, ...to.sources])], origin: to.origin });
    }
  }
  return links;
}

function references(ctx: ImportContext, refs: readonly NodeReference[], type: DerivedType, column: string, targetLabel: NodeLabel): DerivedLink[] {
  const links: DerivedLink[] = [];
  for (const ref of refs) {
    if (ctx.report.isRejected(ref.origin)) continue;
    const problem = endProblem(ctx.catalog, column, ref.target, [targetLabel]);
    if (problem === undefined) links.push({ type, from: ref.id, to: ref.target, sources: ref.sources, origin: ref.origin });
    else {
      ctx.report.addRelationships(type, 'rows');
      ctx.report.rejectDerived(type, ref.origin, `${problem}; the node is imported without its ${type} link`);
    }
  }
  return links;
}
