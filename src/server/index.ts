export { startHttpServer, type RunningServer, type HttpServerOptions } from './httpServer';
export { createLogger, type Logger } from './logger';
