import type { Role } from './roles';

/** Who sent a request: nobody in particular, or the holder of an API key with its role. */
export type Caller = { kind: 'anonymous' } | { kind: 'apiKey'; keyId: string; role: Role };

/** The caller of a request without credentials. */
export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous' });
