import { Batcher, Lanes } from '../../../src/import/batcher';

type Row = { i: number; key: string; n: number };
const origin = (line: number) => ({ file: 'f.csv', line });

/** A write that records its rows and finishes when the test says so. */
function controlledWrites() {
  const started: Row[][] = [];
  const finish: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const write = (rows: Row[]): Promise<void> => {
    started.push(rows);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<void>((resolve) => {
      finish.push(() => {
        inFlight -= 1;
        resolve();
      });
    });
  };
  return { started, finish, write, maxInFlight: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Batcher', () => {
  it('builds the next batch while one is written, but never starts a second write before the first ends', async () => {
    const w = controlledWrites();
    const batcher = new Batcher<Row>(2, w.write);
    await batcher.add((i) => ({ i, key: 'a', n: 1 }), origin(1));
    await batcher.add((i) => ({ i, key: 'a', n: 2 }), origin(2));
    expect(w.started).toHaveLength(1);
    await batcher.add((i) => ({ i, key: 'a', n: 3 }), origin(3));
    const fourth = batcher.add((i) => ({ i, key: 'a', n: 4 }), origin(4));
    await tick();
    expect(w.started).toHaveLength(1);
    w.finish[0]?.();
    await fourth;
    expect(w.started.map((rows) => rows.map((r) => r.n))).toEqual([[1, 2], [3, 4]]);
    const done = batcher.flush();
    w.finish[1]?.();
    await done;
    expect(w.maxInFlight()).toBe(1);
  });

  it('throws a failed write to the caller that flushes', async () => {
    const batcher = new Batcher<Row>(1, () => Promise.reject(new Error('refused')));
    await batcher.add((i) => ({ i, key: 'a', n: 1 }), origin(1));
    await expect(batcher.flush()).rejects.toThrow('refused');
  });
});

describe('Lanes', () => {
  it('writes up to one batch per lane at once and keeps the rows of one key in input order', async () => {
    const written: Row[][] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const lanes = new Lanes<Row>(3, 2, async (rows) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await tick();
      written.push(rows);
      inFlight -= 1;
    });
    const keys = ['x', 'y', 'z', 'w', 'v'];
    for (let n = 0; n < 100; n += 1) {
      const key = keys[n % keys.length] ?? 'x';
      await lanes.add(key, (i) => ({ i, key, n }), origin(n));
    }
    await lanes.flush();
    expect(written.flat()).toHaveLength(100);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    for (const key of keys) {
      const order = written.flat().filter((r) => r.key === key).map((r) => r.n);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    for (const rows of written) rows.forEach((row, k) => expect(row.i).toBe(k));
  });

  it('with one lane writes batch after batch', async () => {
    const w = controlledWrites();
    const lanes = new Lanes<Row>(1, 1, w.write);
    await lanes.add('a', (i) => ({ i, key: 'a', n: 1 }), origin(1));
    const second = lanes.add('b', (i) => ({ i, key: 'b', n: 2 }), origin(2));
    await tick();
    expect(w.started).toHaveLength(1);
    w.finish[0]?.();
    await second;
    const done = lanes.flush();
    w.finish[1]?.();
    await done;
    expect(w.maxInFlight()).toBe(1);
  });
});
