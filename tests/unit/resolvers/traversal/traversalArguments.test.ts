import { ApiError } from '../../../../src/errors';
import { NETWORK_LINK_KINDS } from '../../../../src/model';
import { decodeNetworkCursor, encodeNetworkCursor, isAfter, networkQuestionKey } from '../../../../src/resolvers/traversal/networkCursor';
import { actorKindsOf, linkKindsOf, networkScopeOf } from '../../../../src/resolvers/traversal/networkScopeArgs';
import { checkBound, TRAVERSAL_BOUNDS } from '../../../../src/resolvers/traversal/traversalBounds';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? error.extensions['code'] : error;
  }
  return 'no error';
}

describe('traversal bounds', () => {
  it('takes the default when the argument is absent and accepts both ends of the range', () => {
    expect(checkBound(undefined, 'partnerNetworkDepth', 'depth')).toBe(2);
    expect(checkBound(null, 'supplyPathHops', 'maxHops')).toBe(6);
    for (const [name, bound] of Object.entries(TRAVERSAL_BOUNDS)) {
      expect(checkBound(bound.min, name as keyof typeof TRAVERSAL_BOUNDS, 'x')).toBe(bound.min);
      expect(checkBound(bound.max, name as keyof typeof TRAVERSAL_BOUNDS, 'x')).toBe(bound.max);
    }
  });

  it('refuses values outside the range, naming the argument and the limit', () => {
    expect(() => checkBound(5, 'partnerNetworkDepth', 'depth')).toThrow('`depth` must be between 1 and 4, got 5');
    expect(() => checkBound(1001, 'partnerNetworkMaxNodes', 'maxNodes')).toThrow('`maxNodes` must be between 1 and 1000, got 1001');
    expect(codeOf(() => checkBound(0, 'supplyPathsFirst', 'first'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkBound(7, 'connectionHops', 'maxHops'))).toBe('BAD_USER_INPUT');
  });
});

describe('network cursors', () => {
  it('round-trip and order by distance, then name, then id', () => {
    const position = { distance: 2, name: 'Beta', id: 'b' };
    expect(decodeNetworkCursor(encodeNetworkCursor('q1', position), 'q1')).toEqual(position);
    expect(isAfter({ distance: 3, name: 'A', id: 'a' }, position)).toBe(true);
    expect(isAfter({ distance: 2, name: 'Beta', id: 'c' }, position)).toBe(true);
    expect(isAfter({ distance: 2, name: 'Alpha', id: 'z' }, position)).toBe(false);
    expect(decodeNetworkCursor(null, 'q1')).toBeNull();
  });

  it('are bound to their question: a cursor of another network is refused', () => {
    const a = networkQuestionKey({ from: 'fraunhofer-ipms', depth: 2 });
    const b = networkQuestionKey({ from: 'tu-dresden', depth: 2 });
    expect(a).not.toBe(b);
    expect(networkQuestionKey({ from: 'fraunhofer-ipms', depth: 2 })).toBe(a);
    const cursor = encodeNetworkCursor(a, { distance: 1, name: 'X', id: 'x' });
    expect(codeOf(() => decodeNetworkCursor(cursor, b))).toBe('BAD_USER_INPUT');
    expect(() => decodeNetworkCursor(cursor, b)).toThrow('cursor of another network');
  });

  it('refuses a cursor of another list', () => {
    const other = Buffer.from(JSON.stringify(['n', 'Beta', 'b'])).toString('base64url');
    expect(codeOf(() => decodeNetworkCursor(other, 'q1'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeNetworkCursor('%%%', 'q1'))).toBe('BAD_USER_INPUT');
  });
});

describe('network scope arguments', () => {
  it('orders link kinds and defaults to every kind but SAME_CLUSTER', () => {
    expect(linkKindsOf(['SPIN_OFF', 'COLLABORATION', 'SPIN_OFF'])).toEqual(['COLLABORATION', 'SPIN_OFF']);
    // The SDL's default (schema/traversal.graphql), over whatever kinds the registry has, in its order.
    const everyKindButSameCluster = NETWORK_LINK_KINDS.filter((kind) => kind !== 'SAME_CLUSTER');
    expect(everyKindButSameCluster).toEqual(expect.arrayContaining(['COLLABORATION', 'JOINT_PROJECT', 'SUPPLY', 'SPIN_OFF']));
    expect(linkKindsOf([])).toEqual(everyKindButSameCluster);
    expect(linkKindsOf(null)).toEqual(everyKindButSameCluster);
    expect(linkKindsOf(['SAME_CLUSTER'])).toEqual(['SAME_CLUSTER']);
    expect(actorKindsOf(['ORGANIZATION', 'COMPANY', 'COMPANY'])).toEqual(['COMPANY', 'ORGANIZATION']);
    expect(actorKindsOf(null)).toBeNull();
  });

  it('checks the ids of a filter and turns asOf into a date', () => {
    expect(networkScopeOf({ cluster: 'silicon-saxony', asOf: '2015' })).toMatchObject({ clusterId: 'silicon-saxony', regionId: null, asOf: '2015-01-01' });
    expect(codeOf(() => networkScopeOf({ region: 'Not An Id' }))).toBe('BAD_USER_INPUT');
    expect(networkScopeOf({ technology: 'oled', stage: 'wafer', minWeight: 5, evidence: 'CITED' })).toMatchObject({ technologyId: 'oled', stageId: 'wafer', minWeight: 5, citedOnly: true });
    expect(networkScopeOf({})).toMatchObject({ technologyId: null, stageId: null, minWeight: null, citedOnly: false });
    expect(codeOf(() => networkScopeOf({ minWeight: 11 }))).toBe('BAD_USER_INPUT');
  });
});
