export { ErrorCode } from './errorCode';
export { ApiError, UserInputError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
