export { createWebRouter, type WebRouterOptions } from './webRouter';
