import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import {
  APP_URL,
  appPort,
  appUrl,
  E2E_STACK,
  sandboxPorts,
  sandboxUrl,
  type StackName,
} from './e2e/support/stack.ts';
import { PROVIDER_IDS } from './contract/providers.ts';
import { SERVER_PROVIDERS } from './server/providers/registry.ts';
import { SANDBOX_CREDENTIALS } from './server/sandbox/credentials.ts';
import { RATE_LIMITED_FAKES, rateLimitVariable } from './server/sandbox/registry.ts';
import { SANDBOX_BASE_PATHS } from './server/sandbox/start-servers.ts';

const executablePath = findChromium() ?? undefined;

// Many page loads in a row on the passthrough stack, and a quick first sync on the mirror stack: the
// limits themselves are covered by unit and integration tests, and `npm run bench` keeps them in force.
const unlimited = Object.fromEntries(RATE_LIMITED_FAKES.map((id) => [rateLimitVariable(id), '100000/60']));

/** Emptied at each start: a booking an earlier run added must not outlive its sandbox. */
const MIRROR_DATA_DIR = join(tmpdir(), 'frontdesk-e2e-mirror');

function sandbox(stack: StackName) {
  return {
    command: 'tsx server/sandbox/main.ts',
    // The control route answers without credentials; the last fake to listen is ready last.
    url: `${sandboxUrl(PROVIDER_IDS[PROVIDER_IDS.length - 1]!, stack)}/__sandbox/faults`,
    env: {
      SANDBOX_PORTS: sandboxPorts(stack).join(','),
      SANDBOX_ANCHOR: E2E_STACK.anchor,
      SANDBOX_SEED: String(E2E_STACK.seed),
      ...unlimited,
    },
    reuseExistingServer: false,
    timeout: 30_000,
  };
}

function app(stack: StackName, command: string, env: Record<string, string>) {
  return {
    command,
    url: `${appUrl(stack)}/api/providers`,
    env: {
      HOST: '127.0.0.1',
      PORT: String(appPort(stack)),
      // Each provider's URL variable, pointed at this stack's fake.
      ...Object.fromEntries(
        PROVIDER_IDS.map((id) => [
          SERVER_PROVIDERS[id].manifest.env.url,
          `${sandboxUrl(id, stack)}${SANDBOX_BASE_PATHS[id]}`,
        ]),
      ),
      ...SANDBOX_CREDENTIALS,
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_BURST: '100000',
      ...env,
    },
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

export default defineConfig({
  testDir: './e2e',
  // Specs share the sandboxes and some inject faults into them, so they run one at a time.
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
    // Waits for the mirror's first sync, so no spec sees a list that is still filling.
    { name: 'mirror-ready', testMatch: /mirror-ready\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['mirror-ready'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  // Started in this order, each once the one before answers: the build happens once, for both apps.
  webServer: [
    sandbox('mirror'),
    sandbox('passthrough'),
    app('mirror', `rm -rf "${MIRROR_DATA_DIR}" && vite build --logLevel warn && tsx server/entries/node.ts`, {
      DATA_DIR: MIRROR_DATA_DIR,
    }),
    app('passthrough', 'tsx server/entries/node.ts', { MIRROR_SYNC: 'off' }),
  ],
});
