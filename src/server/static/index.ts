export { createWebRouter, type WebRouterOptions } from './webRouter';
export { indexRoute, SERVED_PATHS } from './indexRoute';
