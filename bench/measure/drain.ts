import { Neo4jError, type Driver } from 'neo4j-driver';
import { readProcessCpuMs } from '../procStatus';

/** The most a load window waits for Neo4j to finish the requests it left behind. */
export const MAX_DRAIN_MS = 300_000;
const POLL_MS = 250;
const OWN_QUERY = 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery';

/**
 * Waits until Neo4j runs no transaction but the one asking, and returns how long that took (ms). When a load
 * window ends, the requests still in flight are not counted, but their queries keep running in Neo4j: for a slow
 * operation (a whole-cluster analysis at c=32) the next contender's window would start on a database still busy
 * with the previous one's leftovers and measure close to nothing.
 */
export async function waitForIdleNeo4j(driver: Driver, capMs = MAX_DRAIN_MS): Promise<number> {
  const started = performance.now();
  for (;;) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    let others: number;
    try {
      const result = await session.run(OWN_QUERY);
      others = result.records.filter((r) => r.get('currentQuery') !== OWN_QUERY).length;
    } catch (error) {
      // The leftovers can hold all of Neo4j's transaction memory (32 coverage analyses at 1M actors), so that
      // even this question is refused: Neo4j is busy, which is what the loop waits out.
      if (!(error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.'))) throw error;
      others = 1;
    } finally {
      await session.close();
    }
    const waited = performance.now() - started;
    if (others === 0 || waited >= capMs) return Math.round(waited);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A process counts as idle when it used less than this share of one core over one quiet interval. */
const IDLE_SHARE = 0.05;
const QUIET_MS = 300;

/**
 * Waits until a process (a contender's server) has stopped using CPU, and returns how long that took (ms). The
 * requests a load window leaves in flight are still worked on after it: a JS analysis of 800 ms queued behind
 * 31 others finishes long after the window, and its CPU belongs to a request the window did not count.
 */
export async function waitForIdleProcess(pid: number, capMs = MAX_DRAIN_MS): Promise<number> {
  const started = performance.now();
  let last = readProcessCpuMs(pid);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const now = readProcessCpuMs(pid);
    const waited = performance.now() - started;
    if (last === undefined || now === undefined || now - last < QUIET_MS * IDLE_SHARE || waited >= capMs) return Math.round(waited);
    last = now;
  }
}

/**
 * Waits until neither Neo4j nor the server works on a window's leftovers: a request between two of its statements
 * (a network analysis runs four) looks idle to Neo4j while the server computes, so both are asked until one pass
 * finds both idle at once. Returns the time each was waited for (ms).
 */
export async function drainAfterWindow(driver: Driver, serverPid: number | undefined): Promise<{ neo4jMs: number; serverMs: number }> {
  const waited = { neo4jMs: 0, serverMs: 0 };
  for (let pass = 0; pass < 20; pass += 1) {
    const neo4jMs = await waitForIdleNeo4j(driver);
    const serverMs = serverPid === undefined ? 0 : await waitForIdleProcess(serverPid);
    waited.neo4jMs += neo4jMs;
    waited.serverMs += serverMs;
    if (neo4jMs < POLL_MS && serverMs <= QUIET_MS * 1.5) return waited;
  }
  return waited;
}
