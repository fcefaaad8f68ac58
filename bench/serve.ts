// Runs one part of the stack in its own process for the benchmarks, and prints one JSON line saying
// where it listens. `tsx bench/serve.ts sandbox <size>` or `tsx bench/serve.ts app <distDir>` (the app
// reads the sandbox URLs from FRONTDESK_BENCH_SANDBOX, a JSON object of provider base URLs; with
// BENCH_DATA_DIR it runs the mirror on a store there, without it MIRROR_SYNC=off).
import { PROVIDER_IDS } from '../contract/providers.ts';
import { SERVER_PROVIDERS } from '../server/providers/registry.ts';
import { startSandboxServers } from '../server/sandbox/start-servers.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { RATE_LIMITED_FAKES, rateLimitOption, SANDBOX_FAKES } from '../server/sandbox/registry.ts';
import { startNodeServer } from '../server/entries/node.ts';
import { LIMIT_WINDOW_SCALE } from './lib/limits.ts';

const [mode, arg] = process.argv.slice(2);
// Every fake enforces its documented limit, its window scaled down 10x to keep runs short (Caspen's
// 60 per 60 s becomes 60 per 6 s), which the mirror learns from the X-RateLimit headers as it must from
// the real provider. No benchmark runs without them: a figure measured without the limit says nothing
// about what staff wait for.
const limits = Object.fromEntries(
  RATE_LIMITED_FAKES.map((id) => {
    const documented = SANDBOX_FAKES[id].defaultRateLimit!;
    return [
      rateLimitOption(id),
      { limit: documented.limit, windowMs: documented.windowMs / LIMIT_WINDOW_SCALE },
    ];
  }),
);
const caspenLimit = /^(\d+)\/(\d+)$/.exec(process.env.BENCH_CASPEN_RATE_LIMIT ?? '');
const dataDir = process.env.BENCH_DATA_DIR;

if (mode === 'sandbox') {
  const running = await startSandboxServers({
    ports: PROVIDER_IDS.map(() => 0),
    size: Number(arg ?? 1500),
    anchorMs: Date.parse(process.env.BENCH_ANCHOR ?? new Date().toISOString()),
    ...limits,
    ...(caspenLimit
      ? { [rateLimitOption('caspen')]: { limit: Number(caspenLimit[1]), windowMs: Number(caspenLimit[2]) } }
      : {}),
  });
  console.log(JSON.stringify({ urls: running.urls }));
} else if (mode === 'app') {
  const urls = JSON.parse(process.env.FRONTDESK_BENCH_SANDBOX ?? '{}') as Record<string, string>;
  const running = await startNodeServer({
    distDir: arg,
    log: () => {},
    env: {
      HOST: '127.0.0.1',
      PORT: '0',
      ...Object.fromEntries(PROVIDER_IDS.map((id) => [SERVER_PROVIDERS[id].manifest.env.url, urls[id]])),
      ...SANDBOX_CREDENTIALS,
      // Every request comes from one signed-in subject here; a benchmark standing for many staff
      // members at once says how many requests a minute they make together (default: one person's).
      RATE_LIMIT_PER_MINUTE: process.env.BENCH_STAFF_PER_MINUTE ?? '600',
      RATE_LIMIT_BURST: process.env.BENCH_STAFF_BURST ?? '200',
      ...(dataDir ? { DATA_DIR: dataDir, MIRROR_SYNC: 'on' } : { MIRROR_SYNC: 'off' }),
    },
  });
  console.log(JSON.stringify({ url: running.url }));
} else {
  console.error('usage: tsx bench/serve.ts sandbox <size> | app <distDir>');
  process.exit(2);
}
