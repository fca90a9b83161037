/**
 * The first row of each link seen so far, keyed by the pair of its ends' catalogue numbers: an open-addressing
 * hash table over typed arrays. It replaces a Map keyed by `from * bound + to`, whose keys above 2^31 are boxed
 * numbers: a million-row conversion allocated and hashed one per row, and the Map was the largest item of the
 * scan's own time (LinkScan.check 12 % of a bulk conversion thread, src/import/README.md).
 */

// Slots start empty (a first number of -1: catalogue numbers are 0 or more) and the table doubles past this load,
// so a probe sequence stays short.
const EMPTY = -1;
const MAX_LOAD = 0.6;
const INITIAL_SLOTS = 1 << 12;

export class PairTable {
  private firsts = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  private seconds = new Int32Array(INITIAL_SLOTS);
  private values = new Float64Array(INITIAL_SLOTS);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /**
   * The value already stored for the pair (a, b), both 0 or more and below 2^31; when there is none, stores
   * `value` for it and returns undefined. One probe sequence for what was a get and a set.
   */
  firstOrSet(a: number, b: number, value: number): number | undefined {
    const mask = this.firsts.length - 1;
    let slot = slotOf(a, b) & mask;
    for (;;) {
      const first = this.firsts[slot] as number;
      if (first === EMPTY) break;
      if (first === a && this.seconds[slot] === b) return this.values[slot];
      slot = (slot + 1) & mask;
    }
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.values[slot] = value;
    this.count += 1;
    if (this.count > this.firsts.length * MAX_LOAD) this.grow();
    return undefined;
  }

  private grow(): void {
    const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
    const slots = firsts.length * 2;
    const mask = slots - 1;
    this.firsts = new Int32Array(slots).fill(EMPTY);
    this.seconds = new Int32Array(slots);
    this.values = new Float64Array(slots);
    for (let k = 0; k < firsts.length; k += 1) {
      const a = firsts[k] as number;
      if (a === EMPTY) continue;
      const b = seconds[k] as number;
      let slot = slotOf(a, b) & mask;
      while (this.firsts[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.firsts[slot] = a;
      this.seconds[slot] = b;
      this.values[slot] = values[k] as number;
    }
  }
}

/** A 32-bit mix of the pair (murmur3's finaliser): consecutive numbers, as the catalogue gives, spread over the table. */
function slotOf(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
