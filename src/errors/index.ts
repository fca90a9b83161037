export { ErrorCode, HTTP_STATUS, httpStatusOf } from './errorCode';
export { ApiError, UserInputError, NotFoundError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
