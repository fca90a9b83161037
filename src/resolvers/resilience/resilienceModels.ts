/** The objects the resilience resolvers pass to the field resolvers of their result types (codegen mappers). */
import type { LocalityLevel } from '../../algorithms/supplyResilience';
import type { SupplyAlternativesRequest } from '../../graph';
import type { LocalShareCounts, LocalShareTier } from '../../generated/graphql';
import type { ActorModel, ValueChainStageModel } from '../models';

/** A lost stage and what its alternatives are looked up with (`first` comes from the field's argument). */
export interface LostStageModel {
  /** The company that loses the stage. */
  company: ActorModel;
  stage: ValueChainStageModel;
  tier: number;
  formerSuppliers: ActorModel[];
  alternativesRequest: Omit<SupplyAlternativesRequest, 'first'>;
}

export interface CompanyLocalShareModel {
  company: ActorModel;
  total: LocalShareCounts;
  byTier: LocalShareTier[];
  onlyOutside: Record<LocalityLevel, ValueChainStageModel[]>;
}

export interface OutsideSourcedStageModel {
  stage: ValueChainStageModel;
  companies: ActorModel[];
}

/** The sums, and the parts most selections do not ask for computed by their field resolvers on demand. */
export interface LocalSupplyShareModel {
  total: LocalShareCounts;
  byTier: LocalShareTier[];
  companies: () => CompanyLocalShareModel[];
  onlyOutside: (level: LocalityLevel) => OutsideSourcedStageModel[];
}
