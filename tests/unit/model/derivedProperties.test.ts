import { collaborationModel, isFictional, isIllustrative } from '../../../src/model';

describe('collaborationModel', () => {
  it.each([
    ['ResearchInstitute', 'ResearchInstitute', 'SCIENCE_SCIENCE'],
    ['ResearchInstitute', 'Company', 'SCIENCE_INDUSTRY'],
    ['Company', 'Company', 'INDUSTRY_INDUSTRY'],
    ['ResearchInstitute', 'Organization', 'SCIENCE_SUPPORT'],
    ['Company', 'Organization', 'INDUSTRY_SUPPORT'],
    ['Organization', 'Organization', 'SUPPORT_SUPPORT'],
  ] as const)('%s with %s is %s, in either order', (a, b, model) => {
    expect(collaborationModel(a, b)).toBe(model);
    expect(collaborationModel(b, a)).toBe(model);
  });
});

describe('source markers', () => {
  it('marks illustrative and fictional data', () => {
    expect(isIllustrative(['wikipedia:X'])).toBe(false);
    expect(isIllustrative(['wikipedia:X', 'illustrative'])).toBe(true);
    expect(isIllustrative(['fictional'])).toBe(true);
    expect(isFictional(['illustrative'])).toBe(false);
    expect(isFictional(['fictional'])).toBe(true);
  });
});
