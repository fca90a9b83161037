import type { Driver } from 'neo4j-driver';

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
    } finally {
      await session.close();
    }
    const waited = performance.now() - started;
    if (others === 0 || waited >= capMs) return Math.round(waited);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
