// The Node server against an upstream that answers 200 MB, or a small gzip that inflates to 400 MB:
// both are refused with the agreed 502 body while they stream in, and memory stays flat.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorBodySchema } from '../../contract/proxy-error.ts';
import { TEST_SECRETS } from '../proxy/test-support/fake-upstream.ts';
import { startOversizedUpstream, type OversizedUpstream } from '../proxy/test-support/oversized-upstream.ts';
import { startNodeServer, type RunningNodeServer } from './node.ts';

const MB = 1024 * 1024;
const CAP = 10 * MB;
// What may be in flight between the cap and the abort: socket buffers on both sides of loopback.
const IN_FLIGHT = 16 * MB;

let distDir: string;
let upstream: OversizedUpstream;
let server: RunningNodeServer;

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'frontdesk-cap-'));
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>x</title>');
  upstream = await startOversizedUpstream();
  server = await startNodeServer({
    env: { HOST: '127.0.0.1', PORT: '0', CASPEN_API_URL: upstream.url, ...TEST_SECRETS, MIRROR_SYNC: 'off' },
    distDir,
    log: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  await upstream?.close();
  await rm(distDir, { recursive: true, force: true });
});

/** Peak RSS above the level before the request, sampled while it runs. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(sampler);
  }
}

async function refused(mode: OversizedUpstream['mode']) {
  upstream.mode = mode;
  const response = await fetch(`${server.url}/api/providers/caspen/appointments`);
  const body = proxyErrorBodySchema.parse(await response.json());
  return { status: response.status, body };
}

describe('the upstream body cap on the Node server (10 MB by default)', () => {
  it.each(['streamed', 'declared'] as const)(
    'refuses 200 MB (%s) with 502 after reading about the cap',
    async (mode) => {
      const { result, growthMb } = await peakGrowth(() => refused(mode));
      expect(result).toEqual({
        status: 502,
        body: {
          provider: 'caspen',
          status: 502,
          code: 'bad-gateway',
          message: 'Caspen answered with a body larger than the proxy accepts',
        },
      });
      expect(upstream.sent()).toBeLessThan(CAP + IN_FLIGHT);
      expect(growthMb).toBeLessThan(64);
    },
  );

  it('refuses a 0.4 MB gzip that inflates to 400 MB without inflating it', async () => {
    expect(upstream.bombBytes).toBeLessThan(MB);
    const { result, growthMb } = await peakGrowth(() => refused('bomb'));
    expect(result.status).toBe(502);
    expect(result.body).toMatchObject({ code: 'bad-gateway', message: /larger than the proxy accepts/ });
    expect(growthMb).toBeLessThan(64);
  });
});
