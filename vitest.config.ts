import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: browser code runs in happy-dom, server and cross-boundary code in Node.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'server/**/*.test.ts',
            'integration/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          // Run in workerd by vitest.worker.config.ts.
          exclude: ['server/entries/worker*.test.ts', 'server/**/*.workerd.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
