import { UserInputError } from '../../errors';
import { MAX_CONNECTION_HOPS, MAX_COVERAGE_CANDIDATES, MAX_RECOMMENDATIONS, MAX_RESILIENCE_TIERS, MAX_SUPPLY_ALTERNATIVES, MAX_SUPPLY_PATH_HOPS, MAX_SUPPLY_PATHS, MAX_SUPPLY_TIERS } from '../../graph';

/**
 * The bounds of every traversal argument. Where the graph layer holds one query text per value (tiers, hops, k),
 * its constant is the upper bound, so an accepted value always has a text. Out-of-range values are refused with BAD_USER_INPUT naming the argument
 * and its range, never silently clamped: a client that asks for depth 7 should learn that it got less.
 */
export const TRAVERSAL_BOUNDS = {
  partnerNetworkDepth: { min: 1, max: 4, fallback: 2 },
  partnerNetworkMaxNodes: { min: 1, max: 1000, fallback: 200 },
  partnerNetworkFirst: { min: 0, max: 100, fallback: 50 },
  supplyChainTiers: { min: 1, max: MAX_SUPPLY_TIERS, fallback: 3 },
  supplyPathHops: { min: 1, max: MAX_SUPPLY_PATH_HOPS, fallback: 6 },
  supplyPathsFirst: { min: 1, max: MAX_SUPPLY_PATHS, fallback: 5 },
  criticalSupplierTiers: { min: 1, max: MAX_SUPPLY_TIERS, fallback: 4 },
  connectionHops: { min: 1, max: MAX_CONNECTION_HOPS, fallback: 4 },
  collaborationWeight: { min: 1, max: 10, fallback: 1 },
  scienceIndustryFirst: { min: 0, max: 100, fallback: 20 },
  candidatesPerStage: { min: 0, max: MAX_COVERAGE_CANDIDATES, fallback: 3 },
  recommendationsFirst: { min: 0, max: MAX_RECOMMENDATIONS, fallback: 10 },
  resilienceTiers: { min: 1, max: MAX_RESILIENCE_TIERS, fallback: 4 },
  supplyRiskFirst: { min: 0, max: 100, fallback: 20 },
  disruptionRemove: { min: 1, max: 50, fallback: 1 },
  alternativesFirst: { min: 0, max: MAX_SUPPLY_ALTERNATIVES, fallback: 5 },
} as const;

export type BoundName = keyof typeof TRAVERSAL_BOUNDS;

/** The argument's value (or its default) when it is an integer within its bounds; otherwise BAD_USER_INPUT. */
export function checkBound(value: number | null | undefined, bound: BoundName, argument: string): number {
  const { min, max, fallback } = TRAVERSAL_BOUNDS[bound];
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new UserInputError(`\`${argument}\` must be between ${min} and ${max}, got ${v}`, { argument, min, max });
  }
  return v;
}
