import type { NetworkLinkRecord } from '../../../../src/graph';
import { hopSentence } from '../../../../src/resolvers/traversal/hopSentences';

const a = { id: 'a', name: 'Fraunhofer IPMS' };
const b = { id: 'b', name: 'Novaled' };

function link(fields: Partial<NetworkLinkRecord>): NetworkLinkRecord {
  return {
    kind: 'COLLABORATION', source: 'a', target: 'b', topic: null, weight: null, model: null, product: null, stage: null, cluster: null,
    project: null, since: null, until: null, sources: [], illustrative: false, ...fields,
  };
}
const cluster = { id: 'k', label: 'Cluster' as const, name: 'Silicon Saxony', aliases: [], description: null, founded: null, website: null, location: null, regionId: null, sources: [], illustrative: false };
const project = { id: 'x', label: 'Project' as const, title: 'Cool Silicon', acronym: null, start: null, end: null, description: null };

describe('hopSentence', () => {
  it('says what a collaboration is about and when', () => {
    expect(hopSentence(a, b, link({ topic: 'OLED displays', since: '2019' }))).toBe('Fraunhofer IPMS collaborates with Novaled on OLED displays since 2019');
    expect(hopSentence(b, a, link({ since: '2010', until: '2012' }))).toBe('Novaled collaborates with Fraunhofer IPMS from 2010 to 2012');
    expect(hopSentence(a, b, link({}))).toBe('Fraunhofer IPMS collaborates with Novaled');
  });

  it('names the shared cluster or project', () => {
    expect(hopSentence(a, b, link({ kind: 'SAME_CLUSTER', cluster }))).toBe('Fraunhofer IPMS and Novaled are both members of Silicon Saxony');
    expect(hopSentence(a, b, link({ kind: 'JOINT_PROJECT', project, since: '2009' }))).toBe('Fraunhofer IPMS and Novaled are both partners in project Cool Silicon since 2009');
  });

  it('reads supply and spin-off links in the direction of the hop', () => {
    const supply = link({ kind: 'SUPPLY', product: 'wafers' });
    expect(hopSentence(a, b, supply)).toBe('Fraunhofer IPMS supplies wafers to Novaled');
    expect(hopSentence(b, a, supply)).toBe('Novaled buys wafers from Fraunhofer IPMS');
    expect(hopSentence(b, a, link({ kind: 'SUPPLY' }))).toBe('Novaled is supplied by Fraunhofer IPMS');
    const spinOff = link({ kind: 'SPIN_OFF', source: 'b', target: 'a', since: '2003' });
    expect(hopSentence(b, a, spinOff)).toBe('Novaled was spun off from Fraunhofer IPMS in 2003');
    expect(hopSentence(a, b, spinOff)).toBe('Fraunhofer IPMS spun off Novaled in 2003');
  });

  it('says "(sample)" after a sample link, and nothing after a cited one', () => {
    expect(hopSentence(a, b, link({ kind: 'SUPPLY', product: 'wafers', illustrative: true }))).toBe('Fraunhofer IPMS supplies wafers to Novaled (sample)');
    expect(hopSentence(a, b, link({ kind: 'SAME_CLUSTER', cluster, illustrative: true }))).toBe('Fraunhofer IPMS and Novaled are both members of Silicon Saxony (sample)');
    expect(hopSentence(a, b, link({ topic: 'OLED displays', illustrative: false }))).not.toContain('sample');
  });
});
