export { apiErrorOf } from './apiErrorOf';
export { createFormatError, type FormatErrorOptions } from './formatError';
export { HttpError } from './httpError';
export { httpErrorHandler, notFoundHandler } from './httpErrorHandler';
