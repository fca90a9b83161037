export { ErrorCode, HTTP_STATUS, httpStatusOf } from './errorCode';
export { ApiError, UserInputError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
