/**
 * First pass over the node files: validate every row, catalogue the ids (refusing ids used twice), and keep
 * what the derived links need. Nothing is written yet, so the relationship pass can check its ends against
 * the whole input.
 */
import { isIllustrative, NODE_KINDS, validateNodeRow, type NodeKind } from '../model';
import { readCsvEvents } from './csvRows';
import { acceptHeader } from './headerCheck';
import type { ImportContext } from './importContext';
import type { InputFile } from './inputFiles';
import type { RowOrigin } from './reportBuilder';

/** A reference a node row makes to another node, stored as a relationship (parent, broader, value_chain). */
export interface NodeReference {
  id: string;
  target: string;
  sources: string[];
  origin: RowOrigin;
}

/** A value chain stage row, for STAGE_OF and FEEDS. */
export interface StageEntry extends NodeReference {
  order: number;
}

export interface NodeScan {
  parents: NodeReference[];
  broader: NodeReference[];
  stages: StageEntry[];
}

export async function scanNodeFiles(ctx: ImportContext, files: readonly Extract<InputFile, { role: 'node' }>[]): Promise<NodeScan> {
  const scan: NodeScan = { parents: [], broader: [], stages: [] };
  // value chain id -> order -> the stage holding it, so two stages cannot claim the same place.
  const stageOrders = new Map<string, Map<number, string>>();
  for (const { path: file, kind } of files) {
    ctx.report.addFile(file, kind);
    const label = NODE_KINDS[kind].label;
    reading: for await (const events of readCsvEvents(file)) {
      for (const event of events) {
        if (event.type === 'header') {
          if (!acceptHeader(ctx, file, kind, event.columns)) break reading;
          continue;
        }
        const origin = { file, line: event.line };
        if (event.type === 'problem') {
          ctx.report.rejectNode(label, origin, event.reason);
          continue;
        }
        ctx.report.countFileRow(file);
        ctx.report.addNodes(label, 'rows');
        const accepted = acceptNodeRow(ctx, kind, event.row, origin, scan, stageOrders);
        if (!accepted.ok) ctx.report.rejectNode(label, origin, accepted.reason);
      }
    }
  }
  return scan;
}

function acceptNodeRow(
  ctx: ImportContext,
  kind: NodeKind,
  row: Readonly<Record<string, string | undefined>>,
  origin: RowOrigin,
  scan: NodeScan,
  stageOrders: Map<string, Map<number, string>>,
): { ok: true } | { ok: false; reason: string } {
  const validation = validateNodeRow(kind, row);
  if (!validation.ok) return { ok: false, reason: validation.reasons.join('; ') };
  const record = validation.record;
  const known = ctx.catalog.get(record.id);
  if (known?.origin) {
    return { ok: false, reason: `id: "${record.id}" is already used by ${known.label} at ${known.origin.file}:${known.origin.line} (ids are unique across the graph)` };
  }
  // Only stages have valueChain, only regions parent, only technologies broader.
  if ('valueChain' in record) {
    const orders = stageOrders.get(record.valueChain) ?? new Map<number, string>();
    stageOrders.set(record.valueChain, orders);
    const holder = orders.get(record.order);
    if (holder !== undefined) return { ok: false, reason: `order: ${record.order} is already taken by stage "${holder}" of ${record.valueChain}` };
    orders.set(record.order, record.id);
    scan.stages.push({ id: record.id, target: record.valueChain, order: record.order, sources: record.sources, origin });
  } else if ('parent' in record && record.parent !== undefined) {
    scan.parents.push({ id: record.id, target: record.parent, sources: record.sources, origin });
  } else if ('broader' in record && record.broader !== undefined) {
    scan.broader.push({ id: record.id, target: record.broader, sources: record.sources, origin });
  }
  ctx.catalog.addInput(record.id, NODE_KINDS[kind].label, origin, 'founded' in record ? record.founded : undefined);
  ctx.report.addNodes(NODE_KINDS[kind].label, isIllustrative(record.sources) ? 'sample' : 'cited');
  return { ok: true };
}
