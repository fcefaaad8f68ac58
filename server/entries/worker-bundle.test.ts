// The Worker bundle is the proxy alone: no fake provider, no sandbox control route, no development
// credential may reach it through some import.
import { describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { bundle, WORKER_ENTRY } from './test-support/workerd.ts';

describe('the Worker bundle', () => {
  it('holds no sandbox code', async () => {
    const text = await bundle({ entry: WORKER_ENTRY });
    expect(text).toContain('createProxyApp');
    expect(text).not.toContain('/__sandbox/');
    for (const value of Object.values(SANDBOX_CREDENTIALS)) expect(text).not.toContain(value);
  });
});
