import { NO_OPERATION, OperationLabels, OTHER_OPERATION } from '../../../../src/server/metrics';

describe('operation labels of in-flight requests', () => {
  it('labels a request by its operation name until it is forgotten', () => {
    const labels = new OperationLabels();
    labels.set('r1', 'ClusterMembers');
    labels.set('r2', null);
    expect([labels.get('r1'), labels.get('r2'), labels.get('r3')]).toEqual(['ClusterMembers', 'anonymous', NO_OPERATION]);
    labels.delete('r1');
    expect(labels.get('r1')).toBe(NO_OPERATION);
  });

  it('keeps the number of distinct labels bounded, whatever clients name their operations', () => {
    const labels = new OperationLabels();
    for (let i = 0; i < 1_000; i++) labels.set(`r${i}`, `Operation${i}`);
    const distinct = new Set(Array.from({ length: 1_000 }, (_, i) => labels.get(`r${i}`)));
    expect(distinct.size).toBe(201);
    expect(distinct.has(OTHER_OPERATION)).toBe(true);
    // Names seen before the bound keep their label; very long names never get one.
    labels.set('again', 'Operation0');
    labels.set('long', 'Q'.repeat(65));
    expect([labels.get('again'), labels.get('long')]).toEqual(['Operation0', OTHER_OPERATION]);
  });
});
