export { ErrorCode, HTTP_STATUS, httpStatusOf } from './errorCode';
export { ApiError, NotFoundError, UserInputError, ServiceUnavailableError, QueryTimeoutError } from './apiErrors';
