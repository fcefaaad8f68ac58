// The mirror with the providers' documented limits in force (Caspen's window scaled from 60 s to 6 s,
// learned from its X-RateLimit headers): the initial Caspen sync of 50,000 appointments over loopback
// HTTP against its floor at 80% of the budget; a cold start with that store; RSS and store size at
// 150,000 appointments (50,000 per provider, synced on a simulated clock).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROVIDER_IDS, type ProviderId } from '../contract/providers.ts';
import { createMirror } from '../server/mirror/mirror.ts';
import { openNodeSqlite } from '../server/mirror/node-sqlite.ts';
import { startMirrorRunner } from '../server/mirror/runner.ts';
import { createMirrorStore } from '../server/mirror/store.ts';
import { createUndiciUpstreamFetch } from '../server/entries/undici-upstream-fetch.ts';
import { loadProxyConfig } from '../server/proxy/config.ts';
import { UPSTREAMS } from '../server/proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { startServe } from './lib/processes.ts';
import { syncedStore } from './lib/synced-store.ts';
import { figure, type Figure } from './lib/report.ts';

const SIZE = 50_000;
const CASPEN_SCALED = { limit: 60, windowMs: 6_000 };

export async function runMirrorBench(tmp: string): Promise<Figure[]> {
  const sync = await caspenSync(join(tmp, 'mirror-50k'));
  const cold = await coldStart(join(tmp, 'mirror-50k'), sync.anchor);
  const large = await storeAt150k(join(tmp, 'mirror-150k'));
  const largeCold = await coldStart(join(tmp, 'mirror-150k'), large.anchor);
  const floorS = (sync.requests / (0.8 * CASPEN_SCALED.limit)) * (CASPEN_SCALED.windowMs / 1000);
  return [
    figure({
      bench: 'mirror',
      name: `initial Caspen sync, ${SIZE.toLocaleString('en-US')} appointments (${sync.requests} requests)`,
      unit: 's',
      value: sync.seconds,
      baseline: floorS,
      budget: { on: 'ratio', op: '<=', limit: 1.1 },
      note: `floor = requests / (0.8 x 60) x 6 s; window learned ${sync.windowMs} ms; 429s ${sync.rateLimited}`,
    }),
    figure({
      bench: 'mirror',
      name: 'Caspen 429s during the sync',
      unit: '',
      value: sync.rateLimited,
      baseline: null,
      budget: { on: 'value', op: '<=', limit: 0 },
    }),
    figure({
      bench: 'mirror',
      name: 'cold start with a 50k store: first default view',
      unit: 'ms',
      value: cold.firstViewMs,
      baseline: null,
      budget: { on: 'value', op: '<=', limit: 1500 },
    }),
    figure({
      bench: 'mirror',
      name: 'cold start with a 150k store: first default view',
      unit: 'ms',
      value: largeCold.firstViewMs,
      baseline: null,
      budget: { on: 'value', op: '<=', limit: 1500 },
    }),
    figure({
      bench: 'mirror',
      name: 'default view (3 providers), warm p95, 150k store',
      unit: 'ms',
      value: largeCold.warmP95Ms,
      baseline: null,
      budget: null,
    }),
    figure({
      bench: 'mirror',
      name: 'server RSS with a 150k store',
      unit: 'MB',
      value: largeCold.rssMb,
      baseline: null,
      budget: null,
    }),
    figure({
      bench: 'mirror',
      name: 'store size on disk, 150k appointments',
      unit: 'MB',
      value: large.storeMb,
      baseline: null,
      budget: null,
    }),
  ];
}

async function caspenSync(dir: string) {
  const anchor = Date.now();
  // The sandbox in its own process, as the real provider is: this process does the mirror's work only.
  const running = await startServe<{ urls: Record<ProviderId, string> }>(['sandbox', String(SIZE)], {
    BENCH_ANCHOR: new Date(anchor).toISOString(),
    BENCH_CASPEN_RATE_LIMIT: `${CASPEN_SCALED.limit}/${CASPEN_SCALED.windowMs}`,
  });
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, running.info.urls[id]]));
  const config = loadProxyConfig({ AUTH_MODE: 'off', ...urls, ...SANDBOX_CREDENTIALS }, { loopback: true });
  const upstream = createUndiciUpstreamFetch({ maxBodyBytes: 10 * 2 ** 20 });
  let requests = 0;
  const db = openNodeSqlite(dir);
  const mirror = createMirror({
    config,
    store: createMirrorStore(db.driver),
    fetch: (url, init) => ((requests += 1), upstream.fetch(url, init)),
    now: Date.now,
    providers: ['caspen'],
  });
  const engine = mirror.engine('caspen')!;
  const started = performance.now();
  const runner = startMirrorRunner(mirror.engines, { now: Date.now });
  while (engine.state().lastFullAtMs === null) await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  db.close();
  await upstream.close();
  running.stop();
  const { budget, rateLimited } = engine.state();
  console.log(`caspen: ${requests} requests in ${seconds.toFixed(1)} s, window ${budget.windowMs} ms`);
  return { anchor, seconds, requests, windowMs: budget.windowMs, rateLimited };
}

async function storeAt150k(dir: string) {
  const anchor = Date.now();
  const storeMb = await syncedStore(dir, anchor, SIZE);
  console.log(`150k store: ${storeMb.toFixed(1)} MB`);
  return { anchor, storeMb };
}

function coldStart(dir: string, anchor: number) {
  return new Promise<{ firstViewMs: number; warmP95Ms: number; rssMb: number; records: number }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'bench/mirror-cold.ts', dir, String(anchor)],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (code !== 0 || !line) return reject(new Error(`mirror-cold exited with ${code}`));
        resolve(
          JSON.parse(line) as { firstViewMs: number; warmP95Ms: number; rssMb: number; records: number },
        );
      });
    },
  );
}
