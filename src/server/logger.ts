import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** The structured logger: JSON lines on stderr, so stdout stays for what the user asked to see. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'clustergraph' } }, pino.destination(2));
}
