/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence of floats in [0, 1)
 * on every machine and Node version. The one copy for community detection, the synthetic generator, the
 * benchmarks' random questions and the randomised tests, so a run can be replayed from its seed. Not for anything
 * security-related.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
