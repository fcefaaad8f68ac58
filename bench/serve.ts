// Runs one part of the stack in its own process for the benchmarks, and prints one JSON line saying
// where it listens. `tsx bench/serve.ts sandbox <size>` or `tsx bench/serve.ts app <distDir>` (the app
// reads the sandbox URLs from FRONTDESK_BENCH_SANDBOX, a JSON object of provider base URLs).
import { PROVIDER_IDS } from '../contract/providers.ts';
import { SERVER_PROVIDERS } from '../server/providers/registry.ts';
import { startSandboxServers } from '../server/sandbox/start-servers.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { RATE_LIMITED_FAKES, rateLimitOption } from '../server/sandbox/registry.ts';
import { startNodeServer } from '../server/entries/node.ts';

const [mode, arg] = process.argv.slice(2);
// Benchmarks of speed open every fake's limiter wide; the mirror's benchmark sets Caspen's
// (`BENCH_CASPEN_RATE_LIMIT=limit/windowMs`): it measures pacing under the documented limit.
const UNLIMITED = { limit: 1_000_000_000, windowMs: 60_000 };
const unlimited = Object.fromEntries(RATE_LIMITED_FAKES.map((id) => [rateLimitOption(id), UNLIMITED]));
const caspenLimit = /^(\d+)\/(\d+)$/.exec(process.env.BENCH_CASPEN_RATE_LIMIT ?? '');

if (mode === 'sandbox') {
  const running = await startSandboxServers({
    ports: PROVIDER_IDS.map(() => 0),
    size: Number(arg ?? 1500),
    anchorMs: Date.parse(process.env.BENCH_ANCHOR ?? new Date().toISOString()),
    ...unlimited,
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
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_BURST: '1000000',
    },
  });
  console.log(JSON.stringify({ url: running.url }));
} else {
  console.error('usage: tsx bench/serve.ts sandbox <size> | app <distDir>');
  process.exit(2);
}
