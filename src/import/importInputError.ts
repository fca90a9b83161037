/** The import cannot start: an input path is missing or unreadable, or an option is invalid. */
export class ImportInputError extends Error {
  override readonly name = 'ImportInputError';
}
