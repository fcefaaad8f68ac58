import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { APP_URL, E2E_STACK, sandboxUrl } from './e2e/support/stack.ts';
import { PROVIDER_IDS } from './contract/providers.ts';
import { SERVER_PROVIDERS } from './server/providers/registry.ts';
import { SANDBOX_CREDENTIALS } from './server/sandbox/credentials.ts';
import { RATE_LIMITED_FAKES, rateLimitVariable } from './server/sandbox/registry.ts';
import { SANDBOX_BASE_PATHS } from './server/sandbox/start-servers.ts';

const executablePath = findChromium() ?? undefined;

// Each provider's URL variable, pointed at its fake.
const sandboxEnv = Object.fromEntries(
  PROVIDER_IDS.map((id) => [
    SERVER_PROVIDERS[id].manifest.env.url,
    `${sandboxUrl(id)}${SANDBOX_BASE_PATHS[id]}`,
  ]),
);
// Many page loads in a row: the limiters themselves are covered by unit and integration tests.
const unlimited = Object.fromEntries(RATE_LIMITED_FAKES.map((id) => [rateLimitVariable(id), '100000/60']));

export default defineConfig({
  testDir: './e2e',
  // Specs share one sandbox and some inject faults into it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: APP_URL,
    timezoneId: E2E_STACK.timeZone,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: 'tsx server/sandbox/main.ts',
      // The control route answers without credentials; the last fake to listen is ready last.
      url: `${sandboxUrl(PROVIDER_IDS[PROVIDER_IDS.length - 1]!)}/__sandbox/faults`,
      env: {
        SANDBOX_PORTS: E2E_STACK.sandboxPorts.join(','),
        SANDBOX_ANCHOR: E2E_STACK.anchor,
        SANDBOX_SEED: String(E2E_STACK.seed),
        ...unlimited,
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'vite build --logLevel warn && tsx server/entries/node.ts',
      url: `${APP_URL}/api/providers`,
      env: {
        HOST: '127.0.0.1',
        PORT: String(E2E_STACK.appPort),
        ...sandboxEnv,
        ...SANDBOX_CREDENTIALS,
        RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_BURST: '100000',
        // The mirror's store, outside the repository; the fixed sandbox makes a kept store valid.
        DATA_DIR: join(tmpdir(), 'frontdesk-e2e-mirror'),
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
