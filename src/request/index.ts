export { createRequestContext, type RequestContext, type RequestStats } from './context';
export { ANONYMOUS, type Caller } from './caller';
export { higherRole, roleAllows, ROLES, type Role } from './roles';
export { authorize } from './authorize';
export { ForbiddenError, UnauthenticatedError } from './authErrors';
export { MUTATION_ROLES, mutationRole, requiredAccess, type RequiredAccess } from './requiredAccess';
