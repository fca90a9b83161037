import type { PlanWarmingStatus } from '../../../../src/graph/planWarming';
import { createServerMetrics } from '../../../../src/server/metrics/serverMetrics';

async function gauges(status?: PlanWarmingStatus): Promise<Record<string, number>> {
  const text = await createServerMetrics(status).registry.metrics();
  const read = (name: string): number => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1]);
  return {
    planned: read('clustergraph_statements_planned'),
    total: read('clustergraph_statements_total'),
    done: read('clustergraph_statements_warmup_done'),
  };
}

describe('the plan warm-up in /metrics', () => {
  it('reports planned of total, and done only once every statement was tried', async () => {
    const status: PlanWarmingStatus = { total: 90, planned: 12, failed: 1, done: false };
    expect(await gauges(status)).toEqual({ planned: 12, total: 90, done: 0 });
    expect(await gauges({ ...status, planned: 89, done: true })).toEqual({ planned: 89, total: 90, done: 1 });
  });

  it('says done when warming is off, so a load test does not wait for it', async () => {
    expect(await gauges(undefined)).toEqual({ planned: 0, total: 0, done: 1 });
  });
});
