import { parse } from 'graphql';
import { CostCache, MAX_COSTS_PER_DOCUMENT } from '../../../../src/server/limits/costCache';

describe('the cost cache', () => {
  const document = parse('query Q($n: Int) { actors(first: $n) { totalCount } }');

  it('estimates a question once, and again for other variables, another operation or another document', () => {
    const cache = new CostCache();
    let estimates = 0;
    const estimate = (value: number) => () => {
      estimates += 1;
      return value;
    };
    expect(cache.cost(document, 'Q', { n: 5 }, estimate(5))).toBe(5);
    expect(cache.cost(document, 'Q', { n: 5 }, estimate(99))).toBe(5);
    expect(estimates).toBe(1);
    expect(cache.cost(document, 'Q', { n: 50 }, estimate(50))).toBe(50);
    expect(cache.cost(document, undefined, { n: 5 }, estimate(7))).toBe(7);
    expect(cache.cost(parse('query Q($n: Int) { actors(first: $n) { totalCount } }'), 'Q', { n: 5 }, estimate(8))).toBe(8);
    expect(estimates).toBe(4);
  });

  it('keeps a bounded number of questions per document', () => {
    const cache = new CostCache();
    let estimates = 0;
    const count = () => {
      estimates += 1;
      return 1;
    };
    for (let i = 0; i <= MAX_COSTS_PER_DOCUMENT; i += 1) cache.cost(document, 'Q', { n: i }, count);
    // The first question was dropped when the map was full, so it is estimated again.
    cache.cost(document, 'Q', { n: 0 }, count);
    expect(estimates).toBe(MAX_COSTS_PER_DOCUMENT + 2);
  });
});
