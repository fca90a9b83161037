import type { MutationError } from '../../generated/graphql';

/** One reason a write was refused, as the payloads return it. */
export type MutationErrorModel = Omit<MutationError, '__typename'>;

export function invalid(field: string | null, message: string): MutationErrorModel {
  return { code: 'INVALID', field, message };
}

export function notFound(field: string | null, message: string): MutationErrorModel {
  return { code: 'NOT_FOUND', field, message };
}

export function conflict(field: string | null, message: string): MutationErrorModel {
  return { code: 'CONFLICT', field, message };
}
