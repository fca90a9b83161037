import type { SupplyAlternativeRecord } from '../../graph';
import type { ResolversTypes } from '../../generated/graphql';
import type { LostStageModel } from './resilienceModels';

/** A list in words: "A", "A and B", "A, B and 3 more". */
function listed(names: readonly string[], shown = 3): string {
  const head = names.slice(0, shown);
  const rest = names.length - head.length;
  if (rest > 0) return `${head.join(', ')} and ${rest} more`;
  if (head.length <= 1) return head.join('');
  return `${head.slice(0, -1).join(', ')} and ${head.at(-1)}`;
}

/** Why a candidate could step in for a lost stage, in words: what qualifies it first, then its ties, then distance. */
export function alternativeReasons(record: SupplyAlternativeRecord, lost: Pick<LostStageModel, 'stage' | 'company'>): string[] {
  const reasons: string[] = [];
  if (record.suppliesStage) reasons.push(`already supplies ${lost.stage.name}`);
  if (record.activeInStage) reasons.push(`active in ${lost.stage.name}`);
  if (record.sharedTechnologies.length > 0) {
    reasons.push(`specialises in ${listed(record.sharedTechnologies.map((t) => t.name))}, like the former suppliers`);
  }
  if (record.existingPartner) reasons.push(`already a partner of ${lost.company.name}`);
  if (record.sharedClusters.length > 0) reasons.push(`both members of ${listed(record.sharedClusters.map((c) => c.name))}`);
  if (record.distanceKm !== null) reasons.push(`${Math.round(record.distanceKm)} km away`);
  return reasons;
}

/** The API view of an alternative: the record, its technologies and clusters by name, and its reasons. */
export function supplyAlternativeView(record: SupplyAlternativeRecord, lost: LostStageModel): ResolversTypes['SupplyAlternative'] {
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...record,
    sharedTechnologies: [...record.sharedTechnologies].sort(byName),
    sharedClusters: [...record.sharedClusters].sort(byName),
    reasons: alternativeReasons(record, lost),
  };
}
