import autocannon from 'autocannon';
import type { RequestSpec } from '../contenders';
import { summarize, type LatencySummary } from './stats';

export interface LoadResult {
  /** Completed requests per second over the run. */
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Responses that were not HTTP 2xx, or whose body held GraphQL or floor errors. */
  failures: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** How long the load ran. */
  durationSeconds: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/**
 * `connections` clients posting the same request back to back for a fixed duration (autocannon). Latencies come
 * from autocannon's per-response event, so the p95 is computed from every response rather than read off a
 * histogram that only keeps p90 and p97.5.
 */
export function measureLoad(spec: RequestSpec, options: LoadOptions): Promise<LoadResult> {
  const samples: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: spec.body,
        connections: options.connections,
        duration: options.durationSeconds,
        // A whole-graph aggregation queued behind 31 others can take long; a timeout would only hide it.
        timeout: 300,
        verifyBody: (body) => {
          const text = body === undefined ? '' : body.toString();
          return !text.includes('"errors":') && !text.includes('"error":');
        },
      },
      (error, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        resolve({
          requestsPerSecond: Math.round((result.requests.total / options.durationSeconds) * 10) / 10,
          latency: summarize(samples),
          failures: result.non2xx + (result.mismatches ?? 0),
          errors: result.errors + result.timeouts,
          durationSeconds: options.durationSeconds,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => void samples.push(responseTime));
  });
}
