export { ErrorCode } from './errorCode';
export { ApiError, NotFoundError, UserInputError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
