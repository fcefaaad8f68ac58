// One GET to an upstream, bounded by a timeout that also covers reading the body, and by a size cap
// enforced while the body streams in.
import { declaredTooLarge, readCapped, type UpstreamBody } from './body-limit.ts';

/** What the proxy reads of upstream headers (a `Headers` is one). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What the proxy reads of an upstream answer (a `Response` is one): the body is read as a stream. */
export interface UpstreamReply {
  status: number;
  headers: HeaderReader;
  /** Already decompressed (fetch undoes Content-Encoding itself). */
  body: UpstreamBody | null;
}

/**
 * The part of `fetch` the proxy uses for upstream calls. The global `fetch` is one (Workers, Vite, tests);
 * the Node server injects an undici client (server/entries/undici-upstream-fetch.ts).
 */
export type UpstreamFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<UpstreamReply>;

export interface UpstreamLimits {
  timeoutMs: number;
  /** Bytes as sent (a Content-Length above it is refused unread). */
  maxBodyBytes: number;
  /** Bytes after decompression: what the proxy would hold in memory. */
  maxDecodedBytes: number;
}

export type UpstreamOutcome =
  // The body as received (UTF-8 bytes): decoded only where it is read as text.
  | { kind: 'response'; status: number; headers: HeaderReader; bytes: Uint8Array }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'network' };

/** Thrown by an upstream client that counts bytes on the wire itself (the Node one). */
export class UpstreamBodyTooLarge extends Error {
  override readonly name = 'UpstreamBodyTooLarge';
}

export async function callUpstream(
  fetchFn: UpstreamFetch,
  url: URL,
  headers: Record<string, string>,
  limits: UpstreamLimits,
): Promise<UpstreamOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A race rather than the signal alone: an in-process fetch (a Hono app) may ignore the signal.
  const timeout = new Promise<UpstreamOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, limits.timeoutMs);
  });
  const attempt = async (): Promise<UpstreamOutcome> => {
    try {
      // `redirect: manual`: a redirect must never take the credentials to another origin.
      const response = await fetchFn(url.href, {
        method: 'GET',
        headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      return await readReply(response, limits, controller);
    } catch (error) {
      return error instanceof UpstreamBodyTooLarge ? { kind: 'too-large' } : { kind: 'network' };
    }
  };
  try {
    return await Promise.race([attempt(), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

async function readReply(
  response: UpstreamReply,
  limits: UpstreamLimits,
  controller: AbortController,
): Promise<UpstreamOutcome> {
  // Content-Length counts the bytes as sent; unencoded, those are also the bytes held.
  const encoded = response.headers.get('content-encoding') !== null;
  const cap = encoded ? limits.maxBodyBytes : Math.min(limits.maxBodyBytes, limits.maxDecodedBytes);
  if (declaredTooLarge(response.headers.get('content-length'), cap)) {
    controller.abort();
    return { kind: 'too-large' };
  }
  const read = await readCapped(response.body, limits.maxDecodedBytes);
  if (read.kind === 'too-large') {
    // Stop the transfer, so the rest of the body is never received.
    controller.abort();
    return { kind: 'too-large' };
  }
  return { kind: 'response', status: response.status, headers: response.headers, bytes: read.bytes };
}
