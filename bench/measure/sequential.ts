import type { Driver } from 'neo4j-driver';
import { post, readReply, requestFor, type Contender, type ContenderUrls, type HttpContender } from '../contenders';
import type { Operation } from '../operations';
import { runFloorQuery } from '../servers/floorServer';
import { summarize, type LatencySummary } from './stats';

export interface SequentialResult {
  latency: Record<Contender, LatencySummary>;
  /** Our round trips per request, as reported in extensions.cost.roundTrips (min and max over the series). */
  roundTrips: { min: number; max: number } | undefined;
  /** True when the time cap ended the series before `requests`. */
  capped: boolean;
}

export interface SequentialOptions {
  warmup: number;
  requests: number;
  capSeconds: number;
  /** Leave the peer out (it could not answer this operation): its summary is then empty. */
  withoutPeer?: boolean;
}

const CONTENDERS: readonly Contender[] = ['ours', 'floor', 'peer', 'driver'];

/**
 * Concurrency 1: one request at a time, round-robin over the contenders (ours, floor, peer, driver, ours, …),
 * so drift on a shared machine (another process's burst, a JVM compilation) falls on all of them alike instead
 * of on whichever ran second. Every reply is read and must be free of errors. An ours-only operation runs ours
 * alone; the other summaries are then empty (count 0).
 */
export async function measureSequential(operation: Operation, urls: ContenderUrls, driver: Driver, options: SequentialOptions): Promise<SequentialResult> {
  const once = async (contender: Contender): Promise<{ ms: number; roundTrips: number | undefined }> => {
    const started = performance.now();
    if (contender === 'driver') {
      if (operation.oursOnly) throw new Error(`${operation.name} is ours only: no floor query`);
      await runFloorQuery(driver, operation.name, operation.floorParams);
      return { ms: performance.now() - started, roundTrips: undefined };
    }
    const reply = await post(requestFor(contender as HttpContender, operation, urls));
    const ms = performance.now() - started;
    return { ms, roundTrips: readReply(contender as HttpContender, operation, reply).roundTrips };
  };

  const contenders = operation.oursOnly ? (['ours'] as const) : options.withoutPeer ? CONTENDERS.filter((c) => c !== 'peer') : CONTENDERS;
  const warmupDeadline = performance.now() + (options.capSeconds * 1000) / 2;
  for (let i = 0; i < options.warmup && performance.now() < warmupDeadline; i++) {
    for (const contender of contenders) await once(contender);
  }

  const samples: Record<Contender, number[]> = { ours: [], floor: [], peer: [], driver: [] };
  const trips: number[] = [];
  const deadline = performance.now() + options.capSeconds * 1000;
  let capped = false;
  for (let i = 0; i < options.requests; i++) {
    // At least 10 rounds, so even the slowest operation gets percentiles worth the name.
    if (i >= 10 && performance.now() > deadline) {
      capped = true;
      break;
    }
    for (const contender of contenders) {
      const { ms, roundTrips } = await once(contender);
      samples[contender].push(ms);
      if (roundTrips !== undefined) trips.push(roundTrips);
    }
  }
  return {
    latency: {
      ours: summarize(samples.ours),
      floor: summarize(samples.floor),
      peer: summarize(samples.peer),
      driver: summarize(samples.driver),
    },
    roundTrips: trips.length ? { min: Math.min(...trips), max: Math.max(...trips) } : undefined,
    capped,
  };
}
