/**
 * The roles an API key can have, from least to most: each role may do what the ones before it may.
 * `reader` reads (needed only when READS_REQUIRE_AUTH=true), `editor` also creates, updates and ends links,
 * `admin` also deletes.
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when a key with role `has` may do what needs role `needs`. */
export function roleAllows(has: Role, needs: Role): boolean {
  return ROLES.indexOf(has) >= ROLES.indexOf(needs);
}

/** The larger of two roles. */
export function higherRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
}
