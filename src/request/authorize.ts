import { ForbiddenError, UnauthenticatedError } from './authErrors';
import type { Caller } from './caller';
import { roleAllows } from './roles';
import type { RequiredAccess } from './requiredAccess';

/** Throws UNAUTHENTICATED when the caller has no key, FORBIDDEN when its role is too small; else returns. */
export function authorize(caller: Caller, access: RequiredAccess): void {
  const what = access.fields.length > 0 ? access.fields.map((f) => `\`${f}\``).join(', ') : 'Reading';
  if (caller.kind === 'anonymous') {
    throw new UnauthenticatedError(`${what} needs an API key with the ${access.role} role: send \`Authorization: Bearer <key>\`.`);
  }
  if (!roleAllows(caller.role, access.role)) {
    throw new ForbiddenError(`${what} needs the ${access.role} role; the API key "${caller.keyId}" has the ${caller.role} role.`);
  }
}
