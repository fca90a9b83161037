import type { Writable } from 'node:stream';

/** Where a writer puts its text: small pieces in, larger chunks out, with the socket's backpressure honoured. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Writes what is buffered and ends the response. */
  end(): Promise<void>;
}

/** About 16 KiB per write: large enough that a big export is not thousands of tiny TCP writes, small enough to stream. */
export const CHUNK_CHARS = 16 * 1024;

/** Thrown into the writer when the client went away, so it stops producing text nobody reads. */
export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
  constructor() {
    super('the client closed the connection during the export');
  }
}

/**
 * A sink over an HTTP response (any Writable). Text is gathered into chunks of about CHUNK_CHARS; when a write
 * reports a full buffer, the next write waits for `drain`, so a slow client slows the export down instead of the
 * server buffering the whole document for it.
 */
export function createChunkedSink(out: Writable, chunkChars = CHUNK_CHARS): TextSink {
  let pending: string[] = [];
  let pendingChars = 0;
  let gone = false;
  out.once('close', () => {
    gone = !out.writableFinished;
  });

  const flush = async (): Promise<void> => {
    if (pendingChars === 0) return;
    if (gone || out.destroyed) throw new ClientGoneError();
    const chunk = pending.join('');
    pending = [];
    pendingChars = 0;
    if (!out.write(chunk)) await waitForDrain(out);
  };

  return {
    async write(text) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= chunkChars) await flush();
    },
    async end() {
      await flush();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}

function waitForDrain(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      out.off('close', onClose);
      resolve();
    };
    const onClose = (): void => {
      out.off('drain', onDrain);
      reject(new ClientGoneError());
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
