/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine and Node version,
 * which is what makes a generated graph reproducible. Not for anything security-related.
 */
import { seededRandom } from '../algorithms';

export class Random {
  private readonly float: () => number;

  constructor(seed: number) {
    // Mix the seed so small neighbouring seeds (1, 2, 3) do not start with similar states.
    this.float = seededRandom(Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.float();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen item; the list must not be empty. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An exponentially distributed value with the given mean (heavy enough tails for counts and ages). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/** Picks indexes with probability proportional to fixed weights (binary search over the running sums). */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new RangeError('WeightedPicker needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
  }

  pick(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = random.next() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

/** Zipf weights 1/rank^exponent for n ranks: a few large, many small (city sizes, cluster sizes). */
export function zipfWeights(n: number, exponent: number): number[] {
  return Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** exponent);
}
