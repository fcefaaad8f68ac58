// The Node server's upstream client: undici's request API on a keep-alive Agent, shaped like the part
// of `fetch` the proxy uses. undici's `request` hands the body over as a Node stream (no WHATWG streams,
// which were a quarter of the proxy's CPU per list page with the built-in fetch), counts the bytes on
// the wire against `maxBodyBytes` itself, and leaves decompression to us, so it streams: the proxy's
// decoded-size cap stops a gzip bomb after the first few kilobytes. Workers and Vite keep the
// platform fetch.
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, errors } from 'undici';
import { UpstreamBodyTooLarge, type HeaderReader, type UpstreamFetch } from '../proxy/upstream-call.ts';

// What fetch would accept and undo: real providers compress, the sandbox does not.
const DECODERS: Partial<Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress>> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Sockets per upstream origin: above the 50 concurrent list requests the proxy bench drives. */
const MAX_SOCKETS = 64;

export interface UndiciUpstreamFetch {
  fetch: UpstreamFetch;
  close(): Promise<void>;
}

export function createUndiciUpstreamFetch(options: { maxBodyBytes: number }): UndiciUpstreamFetch {
  const agent = new Agent({ connections: MAX_SOCKETS, maxResponseSize: options.maxBodyBytes });
  const fetchFn: UpstreamFetch = async (input, init) => {
    const url = new URL(input);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new TypeError(`Unsupported upstream protocol ${url.protocol}`);
    try {
      // No redirect handling at all: like `redirect: 'manual'`, a 3xx comes back as it is.
      const response = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: init.method,
        headers: { 'accept-encoding': ACCEPT_ENCODING, ...init.headers },
        signal: init.signal,
      });
      const headers = headerReader(response.headers);
      return {
        status: response.statusCode,
        headers,
        body: tooLargeAsTyped(decoded(response.body, headers.get('content-encoding'))),
      };
    } catch (error) {
      throw typed(error);
    }
  };
  return { fetch: fetchFn, close: () => agent.close() };
}

/** The body, decompressed as it streams; an encoding fetch would not undo fails the read. */
function decoded(body: Readable, encoding: string | null): Readable {
  // Errors surface through the reader's iteration; this only keeps a late one (after an abort) quiet.
  body.on('error', () => {});
  const name = encoding?.trim().toLowerCase() ?? '';
  if (name === '' || name === 'identity') return body;
  const decoder = DECODERS[name]?.();
  if (decoder === undefined) {
    body.destroy();
    throw new Error(`Unsupported content-encoding ${name}`);
  }
  // Errors (a bad gzip, the wire cap, an abort) reach whoever reads the decoder; destroying the
  // decoder (the proxy stopped reading) destroys the body and so the connection.
  pipeline(body, decoder, () => {});
  return decoder;
}

async function* tooLargeAsTyped(body: Readable): AsyncGenerator<Uint8Array> {
  try {
    yield* body;
  } catch (error) {
    throw typed(error);
  }
}

function typed(error: unknown): unknown {
  return error instanceof errors.ResponseExceededMaxSizeError
    ? new UpstreamBodyTooLarge('The upstream body is larger than the cap')
    : error;
}

function headerReader(headers: Record<string, string | string[] | undefined>): HeaderReader {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}
