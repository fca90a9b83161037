import type { ActorRecord, PartnerRecommendationRecord } from '../../../../src/graph';
import { recommendationReasons } from '../../../../src/resolvers/traversal/recommendationReasons';

const actor = (name: string): ActorRecord => ({
  id: name.toLowerCase(), label: 'Company', kind: 'COMPANY', name, aliases: [], description: null, founded: null, foundedYear: null, website: null, location: null, regionId: null, region: null,
  sources: [], illustrative: false, size: null, employees: null, fictional: false, type: null, parentOrganization: null,
});

function recommendation(fields: Partial<PartnerRecommendationRecord>): PartnerRecommendationRecord {
  return {
    actor: actor('Candidate'), score: 0, commonPartnerCount: 0, commonPartners: [], sharedTechnologies: [], sharedClusters: [], sameRegion: null,
    complementaryStages: [], ...fields,
  };
}

describe('recommendationReasons', () => {
  it('lists common partners by name, summarising beyond three', () => {
    expect(recommendationReasons(recommendation({ commonPartnerCount: 1, commonPartners: [actor('One')] }))).toEqual(['1 common partner: One']);
    const five = ['One', 'Two', 'Three', 'Four', 'Five'].map(actor);
    expect(recommendationReasons(recommendation({ commonPartnerCount: 12, commonPartners: five }))).toEqual(['12 common partners: One, Two, Three and 9 more']);
  });

  it('gives no reasons when there are none', () => {
    expect(recommendationReasons(recommendation({}))).toEqual([]);
  });
});
