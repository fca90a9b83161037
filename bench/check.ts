import type { Driver } from 'neo4j-driver';
import { driverAnswer, HTTP_CONTENDERS, post, readReply, requestFor, type ContenderUrls } from './contenders';
import type { Json } from './json';
import type { ComparedOperation, Operation } from './operations';

export interface CheckResult {
  /** All three answered alike; for an ours-only operation, ours answered without errors. */
  ok: boolean;
  /** No floor or peer: nothing was compared. */
  oursOnly: boolean;
  /** Empty when ok; else where the answers part, per contender, against the floor's. */
  differences: string[];
  /** Our round trips for this operation. */
  roundTrips: number | undefined;
  /**
   * The peer's error when it alone could not answer (e.g. @neo4j/graphql's nested read over the transaction
   * memory limit at 1M actors) while ours and the floor agree: the operation is still timed, without the peer,
   * and its peer columns say why. Null otherwise.
   */
  peerError: string | null;
  /** Size of the floor's answer (ours' for an ours-only operation; JSON characters), to tell a trivial answer from a real one. */
  answerChars: number;
}

/** The first place two JSON values differ, as a path and both values (cut short). */
export function firstDifference(a: Json, b: Json, at = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i] ?? null, b[i] ?? null, `${at}[${i}]`);
      if (d) return a.length === b.length ? d : `${d} (lengths ${a.length} vs ${b.length})`;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key] ?? null, b[key] ?? null, `${at}.${key}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a).slice(0, 160)} vs ${JSON.stringify(b).slice(0, 160)}`;
}

/** Asks every contender once and compares each answer with the floor's (the hand-written reference). */
export async function checkOperation(operation: Operation, urls: ContenderUrls, driver: Driver): Promise<CheckResult> {
  if (operation.oursOnly) {
    // Nothing to compare with: the check is that ours answers without errors (readReply throws on any).
    try {
      const read = readReply('ours', operation, await post(requestFor('ours', operation, urls)));
      return { ok: true, oursOnly: true, differences: [], roundTrips: read.roundTrips, peerError: null, answerChars: JSON.stringify(read.answer).length };
    } catch (error) {
      return { ok: false, oursOnly: true, differences: [`ours: ${error instanceof Error ? error.message : String(error)}`], roundTrips: undefined, peerError: null, answerChars: 0 };
    }
  }
  const reference = await driverAnswer(driver, operation);
  const differences: string[] = [];
  let roundTrips: number | undefined;
  let peerError: string | null = null;
  for (const contender of HTTP_CONTENDERS) {
    try {
      const read = readReply(contender, operation, await post(requestFor(contender, operation, urls)));
      if (contender === 'ours') roundTrips = read.roundTrips;
      const peerPart = contender === 'peer' ? (operation as ComparedOperation).peerComparable : undefined;
      const compared = peerPart ? peerPart(reference) : reference;
      const difference = firstDifference(read.answer, compared);
      if (difference) differences.push(`${contender} vs floor: ${difference}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (contender === 'peer') peerError = message;
      else differences.push(`${contender}: ${message}`);
    }
  }
  return { ok: differences.length === 0, oursOnly: false, differences, roundTrips, peerError, answerChars: JSON.stringify(reference).length };
}
