export { accessControlPlugin } from './accessControlPlugin';
export { loadAccessPolicy, type AccessPolicy } from './accessPolicy';
export { findApiKey, generateApiKey, hashApiKey, type ApiKeyEntry } from './apiKeys';
export { parseApiKeys, readApiKeysFile } from './apiKeysFile';
export { authenticate, type Authentication } from './authenticate';
