/**
 * The first row of each link seen so far, keyed by the pair of its ends' catalogue numbers: an open-addressing
 * hash table over typed arrays. It replaces a Map keyed by `from * bound + to`, whose keys above 2^31 are boxed
 * numbers: a million-row conversion allocated and hashed one per row, and the Map was the largest item of the
 * scan's own time (LinkScan.check 12 % of a bulk conversion thread, src/import/README.md).
 */

// A slot is two numbers side by side, the pair's key (a * PAIR_BASE + b, exact below 2^52) and its value, so a
// probe touches one cache line: at a million links the table is far larger than the caches. A key of -1 is an
// empty slot; the table doubles past MAX_LOAD, so a probe sequence stays short.
const PAIR_BASE = 2 ** 26;
const EMPTY = -1;
const MAX_LOAD = 0.6;
const INITIAL_SLOTS = 1 << 12;

export class PairTable {
  private slots = new Float64Array(INITIAL_SLOTS * 2).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /**
   * The value already stored for the pair (a, b), both 0 or more and below 2^26 (the catalogue's numbers are);
   * when there is none, stores `value` for it and returns undefined. One probe sequence for what was a get and a set.
   */
  firstOrSet(a: number, b: number, value: number): number | undefined {
    // Past 2^26 two pairs would share a key: refuse rather than merge links (67M ids, 67× the 1M bench).
    if (a >= PAIR_BASE || b >= PAIR_BASE) throw new RangeError(`catalogue number ${Math.max(a, b)} is beyond the pair table's ${PAIR_BASE}`);
    const key = a * PAIR_BASE + b;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = slotOf(a, b) & mask;
    for (;;) {
      const found = slots[slot * 2] as number;
      if (found === EMPTY) break;
      if (found === key) return slots[slot * 2 + 1];
      slot = (slot + 1) & mask;
    }
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = value;
    this.count += 1;
    if (this.count > (slots.length >> 1) * MAX_LOAD) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Float64Array(old.length * 2).fill(EMPTY));
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      const key = old[k] as number;
      if (key === EMPTY) continue;
      const b = key % PAIR_BASE;
      let slot = slotOf((key - b) / PAIR_BASE, b) & mask;
      while (slots[slot * 2] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * 2] = key;
      slots[slot * 2 + 1] = old[k + 1] as number;
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
