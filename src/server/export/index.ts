export { createExportRouter, type ExportRouterOptions } from './exportRouter';
