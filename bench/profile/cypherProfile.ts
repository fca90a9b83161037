import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { summarize } from '../measure/stats';

export interface CypherProfile {
  /** Database hits over the whole plan (PROFILE). */
  dbHits: number;
  /** Rows the plan's root produced. */
  rows: number;
  /** Median wall time of plain runs, ms (the driver, in process). */
  medianMs: number;
  /** The operators with the most db hits, as `Operator(details): hits`. */
  heaviest: string[];
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

async function run(driver: Driver, text: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run(text, params));
  } finally {
    await session.close();
  }
}

/** PROFILEs a statement once (after one warm run) and times `runs` plain executions of it. */
export async function profileCypher(driver: Driver, text: string, params: Record<string, unknown>, runs = 7): Promise<CypherProfile> {
  await run(driver, text, params);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(driver, text, params);
    times.push(performance.now() - started);
  }
  const profiled = await run(driver, `PROFILE ${text}`, params);
  const plan = profiled.summary.profile;
  if (!plan) return { dbHits: Number.NaN, rows: Number.NaN, medianMs: summarize(times).p50, heaviest: [] };
  const operators = flatten(plan);
  const heaviest = [...operators]
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, 4)
    .filter((o) => o.dbHits > 0)
    .map((o) => `${o.operatorType.replace(/@.*$/, '')}(${String(o.arguments['Details'] ?? '').slice(0, 70)}): ${o.dbHits}`);
  return { dbHits: operators.reduce((n, o) => n + o.dbHits, 0), rows: plan.rows, medianMs: summarize(times).p50, heaviest };
}
