import fs from 'node:fs';

/** The parts of a V8 .cpuprofile the summary reads. */
interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfileFile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  /** The node of each sample, in order, and the µs since the previous sample. */
  samples?: number[];
  timeDeltas?: number[];
}

/** Only the samples taken between these two moments, in ms before the profile's end (the process's exit). */
export interface ProfileWindow {
  fromMsBeforeEnd: number;
  toMsBeforeEnd: number;
}

export interface CpuHotspot {
  /** Share of all samples spent in the function itself. */
  selfPercent: number;
  where: string;
}

/** Which package or project folder a script URL belongs to: what a reader needs to know who spends the time. */
export function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith('node:') || url === '') return url === '' ? '(native/gc)' : 'node';
  const project = /\/dist\/(src|bench)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

/**
 * Self time by function and by owner (package, node core, our files) from a V8 CPU profile, the `node
 * --cpu-prof` output, largest first.
 */
export function summarizeCpuProfile(file: string, top = 15, window?: ProfileWindow): { functions: CpuHotspot[]; owners: CpuHotspot[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfileFile;
  const hitsOf = window ? hitsInWindow(profile, window) : new Map(profile.nodes.map((node) => [node.id, node.hitCount ?? 0]));
  const total = [...hitsOf.values()].reduce((n, hits) => n + hits, 0) || 1;
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${ownerOf(url)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    const owner = functionName === '(idle)' ? '(idle)' : ownerOf(url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
  }
  const rank = (m: Map<string, number>): CpuHotspot[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, hits]) => ({ where, selfPercent: Math.round((hits / total) * 1000) / 10 }));
  return { functions: rank(byFunction), owners: rank(byOwner) };
}

// A server profile spans its start and plan warming too; a load run wants the samples of its own minutes only.
function hitsInWindow(profile: CpuProfileFile, window: ProfileWindow): Map<number, number> {
  const hits = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const from = profile.endTime - window.fromMsBeforeEnd * 1000;
  const to = profile.endTime - window.toMsBeforeEnd * 1000;
  let t = profile.startTime;
  samples.forEach((node, i) => {
    t += deltas[i] ?? 0;
    if (t >= from && t <= to) hits.set(node, (hits.get(node) ?? 0) + 1);
  });
  return hits;
}
