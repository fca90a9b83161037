import { ErrorCode, HTTP_STATUS, httpStatusOf } from '../../../src/errors';

describe('HTTP_STATUS', () => {
  it('gives every code a status: 4xx for what the client must change, 5xx for what the server could not do', () => {
    const clientSide = ['BAD_REQUEST', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'QUERY_TOO_COMPLEX'];
    for (const code of Object.values(ErrorCode)) {
      const status = HTTP_STATUS[code];
      expect([code, clientSide.includes(code) ? status >= 400 && status < 500 : status >= 500 && status < 600]).toEqual([code, true]);
    }
  });

  it('answers 500 for anything that is not a code', () => {
    expect(httpStatusOf('NOT_A_CODE')).toBe(500);
    expect(httpStatusOf(undefined)).toBe(500);
    expect(httpStatusOf('toString')).toBe(500);
    expect(httpStatusOf('QUERY_TIMEOUT')).toBe(504);
  });
});
