import type { ActorLabel } from './vocabulary';

/** The interaction model of a collaboration, from the kinds of its two ends (the cluster-policy triad plus support). */
export const COLLABORATION_MODELS = [
  'SCIENCE_SCIENCE',
  'SCIENCE_INDUSTRY',
  'INDUSTRY_INDUSTRY',
  'SCIENCE_SUPPORT',
  'INDUSTRY_SUPPORT',
  'SUPPORT_SUPPORT',
] as const;
export type CollaborationModel = (typeof COLLABORATION_MODELS)[number];

// Science = research institutes, industry = companies, support = organisations. The table is symmetric because
// a collaboration is read undirected: the name lists science before industry before support.
const MODEL: Record<ActorLabel, Record<ActorLabel, CollaborationModel>> = {
  ResearchInstitute: { ResearchInstitute: 'SCIENCE_SCIENCE', Company: 'SCIENCE_INDUSTRY', Organization: 'SCIENCE_SUPPORT' },
  Company: { ResearchInstitute: 'SCIENCE_INDUSTRY', Company: 'INDUSTRY_INDUSTRY', Organization: 'INDUSTRY_SUPPORT' },
  Organization: { ResearchInstitute: 'SCIENCE_SUPPORT', Company: 'INDUSTRY_SUPPORT', Organization: 'SUPPORT_SUPPORT' },
};

/** The model of a collaboration between two actors, whatever the order of its ends. */
export function collaborationModel(a: ActorLabel, b: ActorLabel): CollaborationModel {
  return MODEL[a][b];
}
