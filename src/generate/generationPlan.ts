/** How many of each thing a synthetic graph of `actors` actors gets. */
export interface GenerationPlan {
  actors: number;
  companies: number;
  institutes: number;
  organizations: number;
  /** About one cluster per 300 actors. */
  clusters: number;
  states: number;
  districtsPerState: number;
  projects: number;
  programs: number;
}

/** Sizes that keep the proportions of a real cluster landscape at any scale (70 % companies, 20 % institutes). */
export function planGeneration(actors: number): GenerationPlan {
  if (!Number.isSafeInteger(actors) || actors < 10) throw new RangeError(`actors must be a whole number of at least 10, got ${actors}`);
  const companies = Math.round(actors * 0.7);
  const institutes = Math.round(actors * 0.2);
  const states = Math.min(16, Math.max(2, Math.ceil(actors / 6000)));
  return {
    actors,
    companies,
    institutes,
    organizations: actors - companies - institutes,
    clusters: Math.max(1, Math.round(actors / 300)),
    states,
    districtsPerState: Math.max(2, Math.round(actors / (states * 400))),
    projects: Math.ceil(actors / 12),
    programs: 10 + Math.ceil(actors / 5000),
  };
}
