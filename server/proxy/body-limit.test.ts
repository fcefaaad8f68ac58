// The body cap on the platform-fetch path (Workers, Vite): a streamed body is cancelled once past the
// cap, a declared Content-Length above it is refused unread.
import { describe, expect, it } from 'vitest';
import { readCapped } from './body-limit.ts';
import { testProxy } from './test-support/test-proxy.ts';

const MB = 1024 * 1024;
const CHUNK = new Uint8Array(64 * 1024).fill(0x20);

/** A body of `total` bytes produced only as it is pulled; counts what was pulled and whether it was cancelled. */
function lazyBody(total: number) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) return controller.close();
      stats.pulled += CHUNK.length;
      controller.enqueue(CHUNK);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe('readCapped', () => {
  it('returns a body up to the cap whole, and stops one chunk past it', async () => {
    const small = lazyBody(MB);
    const read = await readCapped(small.stream, MB);
    expect(read).toMatchObject({ kind: 'complete' });
    const big = lazyBody(200 * MB);
    expect(await readCapped(big.stream, MB)).toMatchObject({ kind: 'too-large' });
    expect(big.stats.pulled).toBeLessThanOrEqual(MB + 2 * CHUNK.length);
    expect(big.stats.cancelled).toBe(true);
  });
});

describe('the body cap through the proxy on the platform fetch', () => {
  it('answers 502 with the agreed body for 200 MB streamed, reading about the cap', async () => {
    const huge = lazyBody(200 * MB);
    const { app } = testProxy({
      env: { UPSTREAM_MAX_DECODED_BYTES: String(2 * MB) },
      script: () => new Response(huge.stream, { headers: { 'content-type': 'application/json' } }),
    });
    const response = await app.request('/api/providers/onlive/appointments?page=1');
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      provider: 'onlive',
      status: 502,
      code: 'bad-gateway',
      message: 'ONLIVE.SITE answered with a body larger than the proxy accepts',
    });
    expect(huge.stats.pulled).toBeLessThan(3 * MB);
    expect(huge.stats.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length above the cap without reading', async () => {
    const huge = lazyBody(200 * MB);
    const { app } = testProxy({
      script: () => new Response(huge.stream, { headers: { 'content-length': String(200 * MB) } }),
    });
    expect((await app.request('/api/providers/caspen/appointments')).status).toBe(502);
    expect(huge.stats.pulled).toBeLessThanOrEqual(2 * CHUNK.length);
  });

  it('still passes a body just under the cap', async () => {
    const body = `[${' '.repeat(MB - 2)}]`;
    const { app } = testProxy({
      env: { UPSTREAM_MAX_DECODED_BYTES: String(MB), UPSTREAM_MAX_BODY_BYTES: String(MB) },
      script: () => new Response(body),
    });
    const response = await app.request('/api/providers/onlive/appointments?page=1');
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBe(MB);
  });
});
