// Proxy overhead: autocannon, 50 connections for 10 s, on an ONLIVE.SITE list request, straight to the
// sandbox (pre-signed) and through the production Node server (auth checks, allow-list, signing per
// request, response cleaning). Budget: proxied requests per second at least 0.6 of direct.
import autocannon from 'autocannon';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { onliveAuthHeaders } from '../server/signing/onlive-signer.ts';
import { figure, type Figure } from './lib/report.ts';
import { ensureAppBuild, startServe } from './lib/processes.ts';

const QUERY = (anchor: number) =>
  new URLSearchParams({
    startDate: new Date(anchor - 3 * 86_400_000).toISOString(),
    endDate: new Date(anchor + 4 * 86_400_000).toISOString(),
    page: '1',
    limit: '100',
  }).toString();

function load(url: string, headers: Record<string, string>, duration: number) {
  return autocannon({ url, headers, connections: 50, duration, pipelining: 1 });
}

export async function runProxyBench(tmp: string): Promise<Figure[]> {
  const distDir = await ensureAppBuild(tmp);
  const anchor = Date.now();
  const sandbox = await startServe<{ urls: Record<string, string> }>(['sandbox', '1500'], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
  });
  const app = await startServe<{ url: string }>(['app', distDir], {
    FRONTDESK_BENCH_SANDBOX: JSON.stringify(sandbox.info.urls),
  });
  try {
    const directUrl = new URL(`${sandbox.info.urls.onlive}/appointments?${QUERY(anchor)}`);
    // Signed once: the sandbox accepts the same signature for 15 minutes, so the direct run pays no signing.
    const signed = await onliveAuthHeaders(
      { method: 'GET', url: directUrl },
      {
        accessKeyId: SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID,
        secret: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
      },
      Date.now(),
    );
    const proxiedUrl = `${app.info.url}/api/providers/onlive/appointments?${QUERY(anchor)}`;
    await load(directUrl.href, signed, 2);
    await load(proxiedUrl, {}, 2);
    const direct = await load(directUrl.href, signed, 10);
    const proxied = await load(proxiedUrl, {}, 10);
    for (const [name, r] of [
      ['direct', direct],
      ['proxied', proxied],
    ] as const) {
      const bad = r.errors + r.timeouts + r.non2xx;
      if (bad > 0)
        throw new Error(`${name}: ${bad} failed requests (errors ${r.errors}, non-2xx ${r.non2xx})`);
    }
    return [
      figure({
        bench: 'proxy',
        name: 'ONLIVE list req/s through proxy (50 conns, 10 s)',
        unit: 'req/s',
        value: proxied.requests.average,
        baseline: direct.requests.average,
        budget: { on: 'ratio', op: '>=', limit: 0.6 },
      }),
      figure({
        bench: 'proxy',
        name: 'latency p50',
        unit: 'ms',
        value: proxied.latency.p50,
        baseline: direct.latency.p50,
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'latency p99',
        unit: 'ms',
        value: proxied.latency.p99,
        baseline: direct.latency.p99,
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'added latency p50',
        unit: 'ms',
        value: proxied.latency.p50 - direct.latency.p50,
        baseline: null,
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'added latency p99',
        unit: 'ms',
        value: proxied.latency.p99 - direct.latency.p99,
        baseline: null,
        budget: null,
      }),
    ];
  } finally {
    app.stop();
    sandbox.stop();
  }
}
