// Proxy overhead with the provider's documented limit in force: autocannon at 80% of ONLIVE.SITE's
// budget (1000 per 60 s, its window scaled 10x like every benchmark's: about 133 requests a second),
// 10 s per round, three rounds a side, on a list request to the provider that costs the proxy most (a
// signature per request, a date range upstream), straight to the sandbox (pre-signed) and through the
// production Node server (auth checks, allow-list, signing per request, response cleaning).
// Budgets: the proxy keeps up with the whole offered rate (>= 0.95 of direct), adding at most 15 ms at
// the median; the proxy process's CPU per request is reported.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { providerProxyBase } from '../contract/api-paths.ts';
import { PROVIDER_IDS, PROVIDER_LABELS, type ProviderId } from '../contract/providers.ts';
import { SERVER_PROVIDERS } from '../server/providers/registry.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { SANDBOX_FAKES } from '../server/sandbox/registry.ts';
import { figure, type Figure } from './lib/report.ts';
import { ensureAppBuild, startServe } from './lib/processes.ts';
import { LIMIT_WINDOW_SCALE } from './lib/limits.ts';
import { summarise } from './lib/stats.ts';

/** Rounds of 10 s per side, alternating direct and proxied. */
const ROUNDS = 3;

function benchedProvider(): ProviderId {
  const found = PROVIDER_IDS.find((id) => {
    const { auth, filtersByDateUpstream } = SERVER_PROVIDERS[id].manifest;
    return auth === 'signature' && filtersByDateUpstream;
  });
  if (found === undefined) throw new Error('No signed, date-filtered provider to benchmark the proxy on');
  return found;
}
const BENCHED = benchedProvider();
const { authHeaders } = SERVER_PROVIDERS[BENCHED];

const QUERY = (anchor: number) =>
  new URLSearchParams({
    startDate: new Date(anchor - 3 * 86_400_000).toISOString(),
    endDate: new Date(anchor + 4 * 86_400_000).toISOString(),
    page: '1',
    limit: '100',
  }).toString();

const { defaultRateLimit } = SANDBOX_FAKES[BENCHED];
if (defaultRateLimit === undefined) throw new Error(`${BENCHED} documents no rate limit`);
/** serve.ts scales every documented window down 10x; 80% of that, as the mirror would spend it. */
const RATE = Math.floor(
  (0.8 * defaultRateLimit.limit) / (defaultRateLimit.windowMs / LIMIT_WINDOW_SCALE / 1000),
);

function load(url: string, headers: Record<string, string>, duration: number) {
  return autocannon({ url, headers, connections: 10, duration, pipelining: 1, overallRate: RATE });
}

/** User plus system CPU of a process so far, in ms (Linux /proc; clock ticks at 100 Hz). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function runProxyBench(tmp: string): Promise<Figure[]> {
  const distDir = await ensureAppBuild(tmp);
  const anchor = Date.now();
  const sandbox = await startServe<{ urls: Record<string, string> }>(['sandbox', '1500'], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
  });
  const app = await startServe<{ url: string }>(['app', distDir], {
    FRONTDESK_BENCH_SANDBOX: JSON.stringify(sandbox.info.urls),
    // The whole offered rate is many staff members at once: their combined allowance, plus a quarter.
    BENCH_STAFF_PER_MINUTE: String(Math.ceil(RATE * 60 * 1.25)),
    BENCH_STAFF_BURST: String(RATE * 2),
  });
  try {
    const directUrl = new URL(`${sandbox.info.urls[BENCHED]}/appointments?${QUERY(anchor)}`);
    // Signed once: the sandbox accepts the same signature for 15 minutes, so the direct run pays no signing.
    const signed = await authHeaders(SANDBOX_CREDENTIALS, directUrl, Date.now());
    const proxiedUrl = `${app.info.url}${providerProxyBase(BENCHED)}/appointments?${QUERY(anchor)}`;
    await load(directUrl.href, signed, 2);
    await load(proxiedUrl, {}, 2);
    // Alternating rounds, so a noisy neighbour hits both sides alike; each figure is the median round.
    const direct: autocannon.Result[] = [];
    const proxied: autocannon.Result[] = [];
    let proxyCpuMs = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      direct.push(await load(directUrl.href, signed, 10));
      const before = cpuMs(app.pid);
      proxied.push(await load(proxiedUrl, {}, 10));
      proxyCpuMs += cpuMs(app.pid) - before;
    }
    const proxiedRequests = proxied.reduce((n, r) => n + r.requests.total, 0);
    for (const [name, r] of [
      ...direct.map((d) => ['direct', d] as const),
      ...proxied.map((p) => ['proxied', p] as const),
    ]) {
      const bad = r.errors + r.timeouts + r.non2xx;
      if (bad > 0)
        throw new Error(`${name}: ${bad} failed requests (errors ${r.errors}, non-2xx ${r.non2xx})`);
    }
    const rate = (rs: autocannon.Result[]) => summarise(rs.map((r) => r.requests.average));
    const p50 = (rs: autocannon.Result[]) => summarise(rs.map((r) => r.latency.p50)).median;
    const p99 = (rs: autocannon.Result[]) => summarise(rs.map((r) => r.latency.p99)).median;
    const proxiedRate = rate(proxied);
    return [
      figure({
        bench: 'proxy',
        name: `${PROVIDER_LABELS[BENCHED]} list req/s through proxy, offered ${RATE}/s (${ROUNDS} x 10 s)`,
        unit: 'req/s',
        value: proxiedRate.median,
        baseline: rate(direct).median,
        budget: { on: 'ratio', op: '>=', limit: 0.95 },
        spread: proxiedRate.spread,
      }),
      figure({
        bench: 'proxy',
        name: 'proxy process CPU per request',
        unit: 'ms',
        value: proxyCpuMs / Math.max(proxiedRequests, 1),
        baseline: null,
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'latency p50',
        unit: 'ms',
        value: p50(proxied),
        baseline: p50(direct),
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'latency p99',
        unit: 'ms',
        value: p99(proxied),
        baseline: p99(direct),
        budget: null,
      }),
      figure({
        bench: 'proxy',
        name: 'added latency p50',
        unit: 'ms',
        value: p50(proxied) - p50(direct),
        baseline: null,
        budget: { on: 'value', op: '<=', limit: 15 },
      }),
      figure({
        bench: 'proxy',
        name: 'added latency p99',
        unit: 'ms',
        value: p99(proxied) - p99(direct),
        baseline: null,
        budget: null,
      }),
    ];
  } finally {
    app.stop();
    sandbox.stop();
  }
}
