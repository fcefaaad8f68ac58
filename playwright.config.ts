import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { APP_URL, E2E_STACK, sandboxUrl } from './e2e/support/stack.ts';
import { SANDBOX_CREDENTIALS } from './server/sandbox/credentials.ts';

const executablePath = findChromium() ?? undefined;
const [caspenPort, a1Port, onlivePort] = E2E_STACK.sandboxPorts;

const sandboxEnv = {
  CASPEN_API_URL: `${sandboxUrl('caspen')}/v1`,
  APPOINTMENT_ONE_API_URL: `${sandboxUrl('appointment-one')}/api/v1`,
  ONLIVE_API_URL: `${sandboxUrl('onlive')}/api/v1`,
};

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
      url: `${sandboxUrl('caspen')}/v1/appointments`,
      env: {
        SANDBOX_PORTS: `${caspenPort},${a1Port},${onlivePort}`,
        SANDBOX_ANCHOR: E2E_STACK.anchor,
        SANDBOX_SEED: String(E2E_STACK.seed),
        // Many page loads in a row: the limiter itself is covered by unit and integration tests.
        SANDBOX_CASPEN_RATE_LIMIT: '100000/60',
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
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
