// The Worker bundle is the proxy alone: no fake provider, no sandbox control route, no development
// credential may reach it through some import.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';

describe('the Worker bundle', () => {
  it('holds no sandbox code', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    expect(text).toContain('createProxyApp');
    expect(text).not.toContain('/__sandbox/');
    for (const value of Object.values(SANDBOX_CREDENTIALS)) expect(text).not.toContain(value);
  });
});
