/**
 * `node dist/bench/profile/heapDiff.js A.heapsnapshot B.heapsnapshot`: what grew between two V8 heap snapshots
 * of the same process (e.g. `npm run load -- --heap-snapshots DIR`), summed by node type and constructor or
 * string name: count and retained-by-itself bytes in each, largest growth first. Development only.
 */
import fs from 'node:fs';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Tally {
  count: number;
  bytes: number;
}

function tally(file: string): Map<string, Tally> {
  const heap = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const byKey = new Map<string, Tally>();
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
    // Strings are grouped by type only: their text would make every one its own row.
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : (heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '?').slice(0, 80);
    const key = `${type} ${name}`;
    const entry = byKey.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += heap.nodes[i + sizeAt] ?? 0;
    byKey.set(key, entry);
  }
  return byKey;
}

function main(): void {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: heapDiff A.heapsnapshot B.heapsnapshot');
  const before = tally(a);
  const after = tally(b);
  const sum = (m: Map<string, Tally>): number => [...m.values()].reduce((n, t) => n + t.bytes, 0);
  process.stdout.write(`heap: ${(sum(before) / 2 ** 20).toFixed(1)} MiB → ${(sum(after) / 2 ** 20).toFixed(1)} MiB\n`);
  const rows = [...new Set([...before.keys(), ...after.keys()])].map((key) => {
    const x = before.get(key) ?? { count: 0, bytes: 0 };
    const y = after.get(key) ?? { count: 0, bytes: 0 };
    return { key, count: y.count - x.count, bytes: y.bytes - x.bytes, countAfter: y.count };
  });
  rows.sort((p, q) => q.bytes - p.bytes);
  for (const row of rows.slice(0, 30)) {
    process.stdout.write(`${(row.bytes / 1024).toFixed(0).padStart(9)} KiB ${String(row.count).padStart(8)} objects (now ${row.countAfter})  ${row.key}\n`);
  }
}

main();
