import { PairTable } from '../../../src/import/pairTable';

describe('PairTable', () => {
  it('gives the first value stored for a pair, as a Map of the pairs does, through many doublings', () => {
    const table = new PairTable();
    const reference = new Map<string, number>();
    // A small range of numbers so pairs repeat often; (a, b) and (b, a) are different pairs.
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 700;
    const differences: string[] = [];
    for (let k = 0; k < 100_000; k += 1) {
      const a = next();
      const b = next();
      const value = k * 2 ** 32 + 3;
      const expected = reference.get(`${a} ${b}`);
      if (expected === undefined) reference.set(`${a} ${b}`, value);
      const found = table.firstOrSet(a, b, value);
      if (found !== expected) differences.push(`${a} ${b}: ${found} instead of ${expected}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(table.size).toBe(reference.size);
  });

  it('keeps the catalogue number 0 and the largest numbers apart from empty slots', () => {
    const table = new PairTable();
    expect(table.firstOrSet(0, 0, 1)).toBeUndefined();
    expect(table.firstOrSet(0, 0, 2)).toBe(1);
    expect(table.firstOrSet(2 ** 26 - 1, 0, 3)).toBeUndefined();
    expect(table.firstOrSet(0, 2 ** 26 - 1, 4)).toBeUndefined();
    expect(table.firstOrSet(2 ** 26 - 1, 0, 5)).toBe(3);
  });
});
