import { actorFilterWhere, actorMatch, givenActorFilters, NO_ACTOR_FILTER, type ActorFilterArgs } from '../../../../src/graph/queries/actorFilter';

const FULL: ActorFilterArgs = {
  kinds: ['COMPANY'],
  region: 'de-sn',
  cluster: 'silicon-saxony',
  technology: 'microelectronics',
  stage: 'semi-wafer',
  sizes: ['SMALL'],
  foundedFrom: 1990,
  foundedTo: 2020,
  nameContains: 'Tech',
  illustrative: false,
  sourceContains: 'Wiki',
};
const NAMES = Object.keys(FULL) as Array<keyof ActorFilterArgs>;
const LINK_PARAMS = { asOf: null, citedOnly: false };
const CITED_ACTOR = '($citedOnly = false OR NOT coalesce(a.illustrative, false))';

describe('actor filter predicates', () => {
  it('is `true` with no parameters when no filter is given', () => {
    expect(actorFilterWhere(NO_ACTOR_FILTER)).toEqual({ text: 'true', params: {} });
    expect(actorMatch(NO_ACTOR_FILTER)).toEqual({ text: `MATCH (a:Actor) WHERE ${CITED_ACTOR} AND true`, params: LINK_PARAMS });
  });

  it('holds only the given filters’ fragments and parameters, never an `IS NULL OR` on a filter and never a value', () => {
    for (const name of NAMES) {
      const where = actorFilterWhere({ ...NO_ACTOR_FILTER, [name]: FULL[name] });
      expect([name, Object.keys(where.params)]).toEqual([name, [name]]);
      expect(where.text).toContain(`$${name}`);
      expect(where.text).not.toMatch(new RegExp(`\\$${name} IS NULL`));
      if (typeof FULL[name] !== 'boolean') expect(where.text).not.toContain(String(FULL[name]));
    }
    const all = actorFilterWhere(FULL);
    expect(Object.keys(all.params).sort()).toEqual([...NAMES].sort());
    expect(all.params['nameContains']).toBe('tech');
    expect(all.params['sourceContains']).toBe('wiki');
  });

  it('treats empty lists as absent', () => {
    expect(givenActorFilters({ ...NO_ACTOR_FILTER, kinds: [], sizes: [] })).toEqual([]);
  });

  it('depends only on which filters are given, so the statement texts stay bounded', () => {
    const other: ActorFilterArgs = { ...FULL, kinds: ['ORGANIZATION', 'COMPANY'], region: 'de-th', nameContains: 'x', foundedFrom: 1800 };
    expect(actorMatch(other).text).toBe(actorMatch(FULL).text);
    expect(actorFilterWhere(other).text).toBe(actorFilterWhere(FULL).text);
  });

  it('starts from the region and walks down when a region is given, from `scope` for region scopes', () => {
    const byRegion = actorMatch({ ...NO_ACTOR_FILTER, region: 'de-sn', kinds: ['COMPANY'] });
    expect(byRegion.text).toMatch(/^MATCH \(:Region \{id: \$region\}\)<-\[:PART_OF\*0\.\.5\]-\(:Region\)<-\[:LOCATED_IN\]-\(a:Actor\)\s+WITH DISTINCT a WHERE .* AND a\.kind IN \$kinds$/);
    expect(byRegion.params).toEqual({ region: 'de-sn', kinds: ['COMPANY'], ...LINK_PARAMS });
    const scoped = actorMatch({ ...NO_ACTOR_FILTER, kinds: ['COMPANY'] }, 'region');
    expect(scoped.text).toContain('{id: scope}');
    expect(scoped.params).toEqual({ kinds: ['COMPANY'], ...LINK_PARAMS });
    const byStage = actorMatch({ ...NO_ACTOR_FILTER, kinds: ['COMPANY'] }, 'stage', { asOf: '2020-01-01', citedOnly: true });
    expect(byStage.text).toMatch(/^MATCH \(:ValueChainStage \{id: scope\}\)<-\[anchorLink_:ACTIVE_IN\]-\(a:Actor\) WHERE .*anchorLink_\.validFrom/);
    expect(byStage.params).toEqual({ kinds: ['COMPANY'], asOf: '2020-01-01', citedOnly: true });
  });

  it('starts from the cluster, else the technology, when no region is given; the others stay predicates', () => {
    const byCluster = actorMatch({ ...NO_ACTOR_FILTER, cluster: 'silicon-saxony', technology: 'microelectronics' });
    expect(byCluster.text).toMatch(/^MATCH \(:Cluster \{id: \$cluster\}\)<-\[anchorLink_:MEMBER_OF\]-\(a:Actor\) WHERE .*\s+WITH DISTINCT a WHERE .* AND EXISTS \{ \(a\)-\[filterSpecialism_:SPECIALIZES_IN\]/);
    expect(byCluster.params).toEqual({ cluster: 'silicon-saxony', technology: 'microelectronics', ...LINK_PARAMS });
    const byTechnology = actorMatch({ ...NO_ACTOR_FILTER, technology: 'microelectronics' });
    expect(byTechnology.text).toMatch(/^MATCH \(:Technology \{id: \$technology\}\)<-\[:BROADER\*0\.\.5\]-\(:Technology\)<-\[anchorLink_:SPECIALIZES_IN\]-\(a:Actor\) WHERE .*\s+WITH DISTINCT a WHERE .* AND true$/);
    const byRegion = actorMatch(FULL);
    expect(byRegion.text).toMatch(/^MATCH \(:Region/);
    expect(byRegion.text).toContain('(:Cluster {id: $cluster})');
    expect(Object.keys(byRegion.params).sort()).toEqual([...NAMES, 'asOf', 'citedOnly'].sort());
    expect(actorMatch({ ...FULL, region: null }, 'region').text).toMatch(/^MATCH \(:Region \{id: scope\}\)/);
  });
});
