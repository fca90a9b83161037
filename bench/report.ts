import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import type { CheckResult } from './check';
import type { HttpContender } from './contenders';
import type { BulkFigures } from './bulkPhase';
import type { ImportFigures } from './importPhase';
import type { MachineInfo } from './machine';
import type { LoadResult } from './measure/loadTest';
import type { SequentialResult } from './measure/sequential';
import type { BenchOptions } from './options';
import { OPERATION_NAMES, type Fixtures, type Operation, type OperationName } from './operations';

/** The performance goals (bench/README.md): reported, never asserted. */
export const TARGETS = { oursOverFloorP50: 1.3, oursOverPeerP50: 1.0, roundTripsOverDepth: 1 } as const;

export interface OperationResult {
  name: OperationName;
  title: string;
  depth: number;
  check: CheckResult;
  /** depth + 1: the round-trip goal. */
  roundTripTarget: number;
  sequential?: SequentialResult;
  /**
   * Per contender under concurrency C: the load's figures, the server's RSS after it, and CPU milliseconds per
   * request of the contender's server process and of Neo4j (each contender's load runs alone, so Neo4j's CPU in
   * that window is that contender's; null where /proc cannot be read). The CPU is read once both are idle after
   * the window and divided by the completed requests plus the C left in flight at its end (from 2026-12-03,
   * session 9; before, it was read at the window's end and divided by the completed ones only).
   */
  load: Partial<
    Record<
      HttpContender,
      LoadResult & {
        serverRssMb: number | null;
        cpuMsPerRequest: { server: number | null; neo4j: number | null };
        /** How long Neo4j went on with the requests the window left in flight before the next window started (ms). */
        drainMs?: number;
        /** How long the contender's server went on using CPU for those requests after Neo4j was idle (ms). */
        serverDrainMs?: number;
      }
    >
  >;
  ratios: {
    oursOverFloorP50: number | null;
    oursOverPeerP50: number | null;
    oursOverDriverP50: number | null;
    /** Throughput at concurrency C: ours ÷ floor and ours ÷ peer (above 1 means ours serves more). */
    oursOverFloorRps: number | null;
    oursOverPeerRps: number | null;
  };
}

export interface ServerMemory {
  /** RSS right after start, MiB. */
  startRssMb: number | null;
  /** Peak RSS over the run (VmHWM), MiB. */
  peakRssMb: number | null;
}

export interface BenchResult {
  date: string;
  scale: string;
  options: BenchOptions;
  /**
   * False while the run is under way (the file is rewritten after every operation) and when it stopped early;
   * true once every operation of `options.ops` was measured.
   */
  finished: boolean;
  /** Why the run stopped before the end (e.g. the local Neo4j's exit and its last output); null otherwise. */
  stoppedBy: string | null;
  machine: MachineInfo;
  versions: Record<string, string>;
  dataset: { dir: string; actors: number; seed: number; generated: boolean; generationMs: number };
  /** The transactional import's figures, or the bulk load's (method 'bulk': phases, store size, memory). */
  import: ImportFigures | BulkFigures;
  fixtures: Fixtures;
  operations: OperationResult[];
  servers: Record<HttpContender, ServerMemory>;
  neo4jPeakRssMb: number | null;
  loadAverageAtEnd: number;
  durationSeconds: number;
}

/** The record of an operation that threw instead of being measured: a failed check whose difference says why. */
export function failedOperation(operation: Operation, why: string): OperationResult {
  return {
    name: operation.name,
    title: operation.title,
    depth: operation.depth,
    check: { ok: false, oursOnly: operation.oursOnly === true, differences: [`not measured: ${why}`], roundTrips: undefined, peerError: null, answerChars: 0 },
    roundTripTarget: operation.depth + 1,
    load: {},
    ratios: { oursOverFloorP50: null, oursOverPeerP50: null, oursOverDriverP50: null, oursOverFloorRps: null, oursOverPeerRps: null },
  };
}

export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** The cell of a contender an operation does not have (ours-only operations: no floor, no peer, no ratio). */
const NOT_RUN = '—';
const fmt = (n: number | null | undefined, digits = 1): string => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const mark = (ok: boolean | null): string => (ok === null ? ' ' : ok ? '✔' : '✘');
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < leftColumns ? pad(c, widths[i] ?? 0) : lpad(c, widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The tables the run prints: latency at concurrency 1, throughput at concurrency C, then memory. */
export function formatReport(result: BenchResult): string {
  const c1 = result.operations.map((op) => {
    const l = op.sequential?.latency;
    const trips = op.check.roundTrips ?? op.sequential?.roundTrips?.max;
    const triple = (c: 'ours' | 'floor' | 'peer'): string => (l ? `${fmt(l[c].p50)}/${fmt(l[c].p95)}/${fmt(l[c].p99)}` : '–');
    // An ours-only operation has no floor or peer by design: "—", where "–" means a figure that is missing.
    const other = (cell: () => string): string => (op.check.oursOnly ? NOT_RUN : cell());
    return [
      op.name,
      op.check.oursOnly ? (op.check.ok ? 'ours' : '✘') : op.check.ok ? '✔' : '✘',
      trips === undefined ? '–' : `${trips}/${op.roundTripTarget} ${mark(trips <= op.roundTripTarget)}`,
      triple('ours'),
      other(() => triple('floor')),
      other(() => (l ? fmt(l.driver.p50) : '–')),
      other(() => triple('peer')),
      other(() => `${fmt(op.ratios.oursOverFloorP50, 2)} ${mark(op.ratios.oursOverFloorP50 === null ? null : op.ratios.oursOverFloorP50 <= TARGETS.oursOverFloorP50)}`),
      other(() => `${fmt(op.ratios.oursOverPeerP50, 2)} ${mark(op.ratios.oursOverPeerP50 === null ? null : op.ratios.oursOverPeerP50 <= TARGETS.oursOverPeerP50)}`),
      l ? String(l.ours.count) : '–',
    ];
  });
  const cc = result.operations.map((op) => {
    const cell = (c: HttpContender): string => {
      if (c !== 'ours' && op.check.oursOnly) return NOT_RUN;
      const r = op.load[c];
      if (!r) return '–';
      const bad = r.failures + r.errors > 0 ? ` (${r.failures + r.errors} failed)` : '';
      return `${fmt(r.requestsPerSecond)} / ${fmt(r.latency.p95, 0)}${bad}`;
    };
    return [
      op.name,
      op.load.ours ? String(op.load.ours.durationSeconds) : '–',
      cell('ours'),
      cell('floor'),
      cell('peer'),
      op.check.oursOnly ? NOT_RUN : fmt(op.ratios.oursOverFloorRps, 2),
      op.check.oursOnly ? NOT_RUN : fmt(op.ratios.oursOverPeerRps, 2),
      fmt(op.load.ours?.serverRssMb, 0),
      `${fmt(op.load.ours?.cpuMsPerRequest?.server)} / ${fmt(op.load.ours?.cpuMsPerRequest?.neo4j)}`,
    ];
  });
  const m = result.servers;
  const lines = [
    `clustergraph bench — ${result.scale}: ${result.dataset.actors} actors (seed ${result.dataset.seed}), ${result.date}`,
    `machine: ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, node ${result.machine.node}, ${result.machine.java}, ${result.machine.neo4j}`,
    ...(result.stoppedBy === null ? [] : [`STOPPED EARLY: ${result.stoppedBy.split('\n')[0] ?? ''}`]),
    `load average: ${fmt(result.machine.loadAverageAtStart, 2)} at start, ${fmt(result.loadAverageAtEnd, 2)} at end (2 cores: above ~0.5 other work competed)`,
    `import: ${result.import.nodes} nodes, ${result.import.relationships} relationships in ${fmt(result.import.durationMs / 1000)} s = ${result.import.relationshipsPerSecond} relationships/s; ` +
      `peak RSS importer ${fmt(result.import.peakRssMb, 0)} MiB, Neo4j JVM ${fmt(result.import.neo4jPeakRssMb, 0)} MiB`,
    ...('method' in result.import ? [bulkLine(result.import)] : []),
    '',
    'Concurrency 1 — latency ms p50/p95/p99 (check: all three answer alike; rt: our round trips / target depth + 1)',
    table(['operation', 'check', 'rt', 'ours', 'floor', 'driver p50', 'peer', 'ours/floor p50', 'ours/peer p50', 'n'], c1),
    '',
    `Concurrency ${result.options.concurrency}, s seconds per contender (at least ${result.options.duration}, longer for slow operations) — ` +
      'requests/s / p95 ms (ratios: throughput ours ÷ other, above 1 = ours serves more)',
    table(['operation', 's', 'ours', 'floor', 'peer', 'ours/floor rps', 'ours/peer rps', 'ours RSS MiB', 'ours CPU ms/req server / Neo4j'], cc),
    '',
    `server RSS MiB (start → peak): ours ${fmt(m.ours.startRssMb, 0)} → ${fmt(m.ours.peakRssMb, 0)}, floor ${fmt(m.floor.startRssMb, 0)} → ${fmt(m.floor.peakRssMb, 0)}, ` +
      `peer ${fmt(m.peer.startRssMb, 0)} → ${fmt(m.peer.peakRssMb, 0)}; Neo4j JVM peak ${fmt(result.neo4jPeakRssMb, 0)}`,
  ];
  const peerless = result.operations.filter((op) => op.check.ok && (op.check.peerError ?? null) !== null);
  if (peerless.length > 0) {
    lines.push('', 'Timed without the peer (it could not answer):');
    for (const op of peerless) lines.push(`  ${op.name}: ${op.check.peerError ?? ''}`);
  }
  const failed = result.operations.filter((op) => !op.check.ok);
  if (failed.length > 0) {
    lines.push('', 'Differences:');
    for (const op of failed) for (const d of op.check.differences) lines.push(`  ${op.name}: ${d}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The file a run writes: bench/results/<date>-<scale>[-partial].json, or with -2, -3… when an earlier run of the
 * day already wrote that name (a second run must not replace the first's, which may be tracked). Chosen once at
 * the start, so the rewrites after each operation go to the same file.
 */
export function resultFile(options: BenchOptions, startedAt: Date): string {
  const dir = path.join(projectRoot, 'bench', 'results');
  // A run of part of the mix does not replace the day's result of the whole mix.
  const partial = options.ops.length < OPERATION_NAMES.length ? '-partial' : '';
  const base = `${startedAt.toISOString().slice(0, 10)}-${options.scale}${partial}`;
  let file = path.join(dir, `${base}.json`);
  for (let n = 2; fs.existsSync(file); n += 1) file = path.join(dir, `${base}-${n}.json`);
  return file;
}

/** Writes the result to `file` (from resultFile) and returns its path. */
export function writeResult(result: BenchResult, file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

function bulkLine(b: BulkFigures): string {
  const p = b.phases;
  return (
    `bulk load (end to end above): convert ${fmt(p.conversionMs / 1000)} s, Neo4j's importer ${fmt(p.toolMs / 1000)} s = ${b.toolRelationshipsPerSecond} relationships/s ` +
    `(process ${fmt(p.toolProcessMs / 1000)} s, peak ${b.toolPeakMemory ?? '?'}), start ${fmt(p.startMs / 1000)} s, constraints + indexes ${fmt(p.migrateMs / 1000)} s; ` +
    `store ${b.storeMb} MiB (${b.storeWithIndexesMb} MiB with indexes); Neo4j heap ${b.memory.heapMb} MiB, page cache ${b.memory.pageCacheMb} MiB (${b.memory.pageCacheSource})`
  );
}
