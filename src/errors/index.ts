export { ErrorCode } from './errorCode';
export { ApiError, UserInputError, NotFoundError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
