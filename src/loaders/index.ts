export { createLoaders, type Loaders } from './createLoaders';
export { createByIdLoader } from './byIdLoader';
export { createPageLoader, type PageKey } from './pageLoader';
export { createRelatedLoader, type RelatedKey } from './relatedLoader';
