import { defineConfig } from 'vitest/config';

// The Worker entry, bundled and run in workerd through Miniflare (server/entries/worker*.test.ts and the
// header policy test, which compares it with the Node server and vite preview).
// Runs in Node: the test itself starts the loopback sandbox and JWKS servers the Worker talks to.
export default defineConfig({
  test: {
    name: 'worker',
    environment: 'node',
    include: ['server/entries/worker*.test.ts', 'server/**/*.workerd.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Keep wrangler/miniflare offline.
    env: { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  },
});
