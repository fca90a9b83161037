import { ConfigError, type Config } from '../../config';
import type { ApiKeyEntry } from './apiKeys';
import { readApiKeysFile } from './apiKeysFile';

/** What the server lets whom do: the known API keys and whether reads need one. */
export interface AccessPolicy {
  keys: readonly ApiKeyEntry[];
  /** When true, queries need a key too (any role); when false (the default) reads are public. */
  readsRequireAuth: boolean;
  /** API_KEYS_FILE is set (even to a file without keys): query explanations then need an admin key. */
  keysFileGiven: boolean;
}

/**
 * The policy of the configuration: keys from API_KEYS_FILE (none when unset: then nobody can write), reads public
 * unless READS_REQUIRE_AUTH=true. The file is read once, at start; restart the server after editing it.
 */
export function loadAccessPolicy(auth: Config['auth']): AccessPolicy {
  const keys = auth.apiKeysFile === undefined ? [] : readApiKeysFile(auth.apiKeysFile);
  if (auth.readsRequireAuth && keys.length === 0) {
    throw new ConfigError('Invalid configuration: READS_REQUIRE_AUTH=true needs API_KEYS_FILE with at least one key, or nobody could read');
  }
  return { keys, readsRequireAuth: auth.readsRequireAuth, keysFileGiven: auth.apiKeysFile !== undefined };
}
