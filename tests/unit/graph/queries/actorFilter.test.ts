import { actorFilterWhere, actorMatch, actorMatchParams, givenActorFilters, MISSING_ID_FILTERS, NO_ACTOR_FILTER, type ActorFilterArgs } from '../../../../src/graph/queries/actorFilter';

const FULL: ActorFilterArgs = {
  kinds: ['COMPANY'],
  region: 'de-sn',
  cluster: 'silicon-saxony',
  technology: 'microelectronics',
  stage: 'semi-wafer',
  sizes: ['SMALL'],
  foundedFrom: 1990,
  foundedTo: 2020,
  nameContains: 'Xyzzy',
  illustrative: false,
  sourceContains: 'Wiki',
};
const NAMES = Object.keys(FULL) as Array<keyof ActorFilterArgs>;
const switchOf = (name: string) => `by${name.charAt(0).toUpperCase()}${name.slice(1)}`;
const typeOf = (value: unknown) => (Array.isArray(value) ? 'list' : typeof value);

describe('actor filter predicates', () => {
  it('holds every filter’s predicate behind its switch, reading the filter’s own parameter, never a value', () => {
    const ACTOR_FILTER_WHERE = actorFilterWhere('any');
    for (const name of NAMES.filter((other) => other !== 'kinds')) {
      expect(ACTOR_FILTER_WHERE).toContain(`(NOT $${switchOf(name)} OR `);
      expect(ACTOR_FILTER_WHERE).toContain(`$${name}`);
      if (typeof FULL[name] !== 'boolean') expect(ACTOR_FILTER_WHERE).not.toContain(String(FULL[name]));
    }
    for (const name of NAMES) expect(ACTOR_FILTER_WHERE).not.toContain(`$${name} IS NULL`);
  });

  it('leaves out the id filters a start rules out: all for the scan of every actor, the earlier anchors and its own for an anchor', () => {
    const idChecks = (start: Parameters<typeof actorFilterWhere>[0]) =>
      ['region', 'cluster', 'technology', 'stage'].filter((name) => actorFilterWhere(start).includes(`$${name}`));
    expect(idChecks('none')).toEqual([]);
    expect(idChecks('region')).toEqual(['cluster', 'technology', 'stage']);
    expect(idChecks('cluster')).toEqual(['technology', 'stage']);
    expect(idChecks('stage')).toEqual([]);
    expect(idChecks('scope')).toEqual(['region', 'cluster', 'technology', 'stage']);
    // The kind predicate is never switched: "any kind" is every kind, so the kind index serves every text.
    expect(actorFilterWhere('none')).toMatch(/^a\.kind IN \$kinds\n/);
    expect(actorMatchParams(NO_ACTOR_FILTER)['kinds']).toEqual(['COMPANY', 'RESEARCH_INSTITUTE', 'ORGANIZATION']);
  });

  it('switches every filter off when none is given, with placeholders of the type a given value has', () => {
    const off = actorMatchParams(NO_ACTOR_FILTER);
    const on = actorMatchParams({ ...FULL, region: null });
    expect(off['anchor']).toBe('');
    for (const name of NAMES) {
      if (name !== 'kinds') expect([name, off[switchOf(name)]]).toEqual([name, false]);
      // Neo4j keys plans by parameter types too: a filter given or not must not change a value's type.
      expect([name, typeOf(off[name])]).toEqual([name, typeOf(on[name])]);
    }
    for (const name of ['region', 'cluster', 'technology', 'stage']) expect(off[`has${name.charAt(0).toUpperCase()}${name.slice(1)}`]).toBe(false);
  });

  it('treats empty lists as absent', () => {
    expect(givenActorFilters({ ...NO_ACTOR_FILTER, kinds: [], sizes: [] })).toEqual([]);
    expect(actorMatchParams({ ...NO_ACTOR_FILTER, kinds: [] })['kinds']).toEqual(['COMPANY', 'RESEARCH_INSTITUTE', 'ORGANIZATION']);
  });

  it('lower-cases the text filters', () => {
    const params = actorMatchParams(FULL);
    expect([params['nameContains'], params['sourceContains']]).toEqual(['xyzzy', 'wiki']);
  });

  it('starts from the region when one is given, and switches the region predicate off (the start applies it)', () => {
    const params = actorMatchParams(FULL);
    expect(params['anchor']).toBe('region');
    expect([params['byRegion'], params['hasRegion'], params['region']]).toEqual([false, true, 'de-sn']);
    expect([params['byCluster'], params['byTechnology'], params['byStage'], params['kinds']]).toEqual([true, true, true, ['COMPANY']]);
  });

  it('starts from the cluster, else the technology, else the stage, else every actor', () => {
    expect(actorMatchParams({ ...FULL, region: null })['anchor']).toBe('cluster');
    expect(actorMatchParams({ ...FULL, region: null, cluster: null })['anchor']).toBe('technology');
    expect(actorMatchParams({ ...FULL, region: null, cluster: null, technology: null })['anchor']).toBe('stage');
    expect(actorMatchParams({ ...NO_ACTOR_FILTER, kinds: ['COMPANY'] })['anchor']).toBe('');
  });

  it('in a scope, starts from `scope` of the scope’s kind and ignores the filter’s own value of that kind', () => {
    const params = actorMatchParams(FULL, 'stage', { asOf: '2020-01-01', citedOnly: true });
    expect(params['anchor']).toBe('stage');
    expect([params['byStage'], params['hasStage'], params['stage']]).toEqual([false, false, '']);
    expect([params['byRegion'], params['asOf'], params['citedOnly']]).toEqual([true, '2020-01-01', true]);
    expect(actorMatch('scope')).toContain('(:ValueChainStage {id: scope})<-[anchorLink_:ACTIVE_IN]-(a:Actor)');
    expect(actorMatch('scope')).not.toContain('MATCH (a:Actor)');
  });

  it('starts a text of its own from each anchor, with no union and no other start', () => {
    expect(actorMatch('none')).toMatch(/^MATCH \(a:Actor\) WHERE /);
    expect(actorMatch('cluster')).toMatch(/^MATCH \(:Cluster \{id: \$cluster\}\)<-\[anchorLink_:MEMBER_OF\]-\(a:Actor\) WHERE .*anchorLink_/);
    expect(actorMatch('region')).toMatch(/^MATCH \(:Region \{id: \$region\}\)<-\[:PART_OF\*0\.\.5\]-\(:Region\)<-\[:LOCATED_IN\]-\(a:Actor\)\s+WITH DISTINCT a WHERE/);
    for (const start of ['none', 'region', 'cluster', 'technology', 'stage'] as const) {
      expect(actorMatch(start)).not.toContain('UNION');
      expect(actorMatch(start)).not.toContain('$anchor');
    }
  });

  it('has one union of every start for `any`, that scans actors only under an UNWIND of the anchor choice', () => {
    const text = actorMatch('any');
    expect(text).toMatch(/UNWIND CASE WHEN \$anchor = '' THEN \[true\] ELSE \[\] END AS unanchored_\s+MATCH \(a:Actor\)/);
    for (const start of ['(:Region {id: $region})', '(:Cluster {id: $cluster})', '(:Technology {id: $technology})', '(:ValueChainStage {id: $stage})']) {
      expect(text).toContain(start);
    }
    expect(MISSING_ID_FILTERS).toContain("CASE WHEN NOT $hasCluster OR EXISTS { MATCH (:Cluster {id: $cluster}) } THEN null ELSE 'cluster' END");
  });
});
