import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Memory of a process from /proc/<pid>/status, in MiB: current (VmRSS) and peak (VmHWM) resident size. */
export interface ProcessMemory {
  rssMb: number;
  peakRssMb: number;
}

function kib(status: string, key: string): number | undefined {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Undefined when the process is gone (or /proc is not there: not Linux). */
export function readProcessMemory(pid: number | 'self'): ProcessMemory | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const rss = kib(status, 'VmRSS');
  const hwm = kib(status, 'VmHWM');
  if (rss === undefined || hwm === undefined) return undefined;
  return { rssMb: Math.round(rss / 1024), peakRssMb: Math.round(hwm / 1024) };
}

/**
 * Polls a process's memory every `intervalMs` and keeps the highest values seen: VmHWM already is the peak
 * since start, and polling keeps the last reading of a process that has exited.
 */
export class MemoryWatch {
  private peak: ProcessMemory | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  sample(): ProcessMemory | undefined {
    const now = readProcessMemory(this.pid);
    if (now) this.peak = { rssMb: Math.max(now.rssMb, this.peak?.rssMb ?? 0), peakRssMb: Math.max(now.peakRssMb, this.peak?.peakRssMb ?? 0) };
    return this.peak;
  }

  /** Stops polling and returns the peak seen (peak resident size in MiB), undefined when never readable. */
  stop(): number | undefined {
    this.sample();
    clearInterval(this.timer);
    return this.peak?.peakRssMb;
  }
}

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`, 100 on every common Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time a process has used so far (user + system, /proc/<pid>/stat fields 14 and 15), in milliseconds;
 * undefined when the process is gone or /proc is not there. Two readings around a load give its CPU cost.
 */
export function readProcessCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / clockTicks();
}
