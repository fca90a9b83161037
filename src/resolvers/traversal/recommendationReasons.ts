import type { PartnerRecommendationRecord } from '../../graph';

/** A list in words: "A", "A and B", "A, B and 3 more". */
function listed(names: readonly string[], total = names.length, shown = 3): string {
  const head = names.slice(0, shown);
  const rest = total - head.length;
  if (rest > 0) return `${head.join(', ')} and ${rest} more`;
  if (head.length <= 1) return head.join('');
  return `${head.slice(0, -1).join(', ')} and ${head.at(-1)}`;
}

/** A recommendation's reasons in words, strongest kind of reason first (by the weight of each kind). */
export function recommendationReasons(r: PartnerRecommendationRecord): string[] {
  const reasons: string[] = [];
  if (r.commonPartnerCount > 0) {
    reasons.push(`${r.commonPartnerCount} common ${r.commonPartnerCount === 1 ? 'partner' : 'partners'}: ${listed(r.commonPartners.map((a) => a.name), r.commonPartnerCount)}`);
  }
  if (r.sharedTechnologies.length > 0) reasons.push(`shared technologies: ${listed(r.sharedTechnologies.map((t) => t.name))}`);
  if (r.sharedClusters.length > 0) reasons.push(`both members of ${listed(r.sharedClusters.map((c) => c.name))}`);
  for (const pair of r.complementaryStages) {
    reasons.push(
      pair.upstream
        ? `active in ${pair.candidateStage.name}, the stage before ${pair.actorStage.name}`
        : `active in ${pair.candidateStage.name}, the stage after ${pair.actorStage.name}`,
    );
  }
  if (r.sameRegion) reasons.push(`both located in ${r.sameRegion.name}`);
  return reasons;
}
