import { ApiError } from '../../../src/errors';
import { decodeNameCursor, encodeNameCursor } from '../../../src/resolvers/cursors';
import { isValidDate } from '../../../src/resolvers/dateScalar';
import { checkFirst, checkId, MAX_PAGE_SIZE } from '../../../src/resolvers/inputValidation';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError ? error.extensions['code'] : error;
  }
  return undefined;
};

describe('checkId', () => {
  it.each(['silicon-saxony', 'de-sn-dresden', 'a', 'x1.y2', 's-co-000001'])('accepts %s', (id) => {
    expect(checkId(id)).toBe(id);
  });
  it.each(['', 'Silicon', 'a b', '-a', 'a-', 'a--b', "x' OR 1=1", 'x'.repeat(101)])('refuses %j with BAD_USER_INPUT', (id) => {
    expect(codeOf(() => checkId(id))).toBe('BAD_USER_INPUT');
  });
});

describe('checkFirst', () => {
  it('uses the fallback when absent and accepts 0..max', () => {
    expect(checkFirst(undefined, 20)).toBe(20);
    expect(checkFirst(0, 20)).toBe(0);
    expect(checkFirst(MAX_PAGE_SIZE, 20)).toBe(MAX_PAGE_SIZE);
  });
  it('refuses negative and oversized pages', () => {
    expect(codeOf(() => checkFirst(-1, 20))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkFirst(MAX_PAGE_SIZE + 1, 20))).toBe('BAD_USER_INPUT');
  });
});

describe('name cursors', () => {
  it('round-trip a position, names with any characters included', () => {
    const position = { name: 'Fraunhofer-Institut für "Photonische" Mikrosysteme', id: 'fraunhofer-ipms' };
    expect(decodeNameCursor(encodeNameCursor(position))).toEqual(position);
    expect(decodeNameCursor(null)).toBeNull();
  });
  it('refuses a cursor it did not make', () => {
    expect(codeOf(() => decodeNameCursor('not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeNameCursor(Buffer.from('["x",1]').toString('base64url')))).toBe('BAD_USER_INPUT');
  });
});

describe('isValidDate', () => {
  it.each(['2019', '2019-02', '2020-02-29', '1990-12-31'])('accepts %s', (d) => expect(isValidDate(d)).toBe(true));
  it.each(['19', '2019-13', '2019-02-29', '2019-1-1', 'yesterday', '2019-04-31'])('refuses %s', (d) => expect(isValidDate(d)).toBe(false));
});
