import { HeaderMap } from '@apollo/server';
import { ApiError, ErrorCode, HTTP_STATUS } from '../../errors';

/** Which limit a document broke; also the `limit` extension of the error. */
export type LimitName = 'depth' | 'cost' | 'aliases' | 'rootFields' | 'directives' | 'selections';

/**
 * A document past one of the server's limits. The client must ask for less: retrying the same document never
 * helps. Answered with HTTP 400 like every document refused before it runs.
 */
export class QueryTooComplexError extends ApiError {
  constructor(message: string, details: { limit: LimitName; max: number; actual?: number }) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, {
      limit: details.limit,
      max: details.max,
      ...(details.actual === undefined ? {} : { actual: details.actual }),
      // Apollo takes the status from `extensions.http` and drops it from what the client sees.
      http: { status: HTTP_STATUS.QUERY_TOO_COMPLEX, headers: new HeaderMap() },
    });
  }
}
