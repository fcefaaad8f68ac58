// Reads an upstream body while counting, and stops as soon as it passes the cap: a provider answering
// hundreds of megabytes (or a small gzip that inflates to them) costs the proxy at most the cap.

/** A body as the platform fetch gives it (a web stream) or as a Node stream / async iterable of chunks. */
export type UpstreamBody = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type BodyRead = { kind: 'complete'; bytes: Uint8Array } | { kind: 'too-large'; readBytes: number };

/** Reads at most `maxBytes` of a body; over it, cancels the rest (the connection is not drained). */
export async function readCapped(body: UpstreamBody | null, maxBytes: number): Promise<BodyRead> {
  if (body === null) return { kind: 'complete', bytes: new Uint8Array(0) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunksOf(body)) {
    total += chunk.byteLength;
    if (total > maxBytes) return { kind: 'too-large', readBytes: total };
    chunks.push(chunk);
  }
  return { kind: 'complete', bytes: concat(chunks, total) };
}

/**
 * Chunks of either kind of body. Leaving the loop early (the cap) cancels a web stream and destroys a
 * Node stream, through the iterator's `return()`.
 */
async function* chunksOf(body: UpstreamBody): AsyncGenerator<Uint8Array> {
  if (!('getReader' in body)) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** UTF-8 text as `Response.text()` gives it: invalid bytes replaced, a leading byte order mark dropped. */
export function utf8Text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A Content-Length above the cap is refused before any of the body is read. */
export function declaredTooLarge(contentLength: string | null, maxBytes: number): boolean {
  if (contentLength === null || !/^\s*\d{1,16}\s*$/.test(contentLength)) return false;
  return Number(contentLength) > maxBytes;
}
