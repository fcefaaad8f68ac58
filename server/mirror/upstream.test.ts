import { describe, expect, it } from 'vitest';
import { forwardRequest, MIRROR_USER_AGENT, PROXY_USER_AGENT } from '../proxy/forward.ts';
import { createHarness } from './test-support/harness.ts';
import { createForwardUpstream } from './upstream.ts';

describe('the mirror upstream', () => {
  it('names itself to the provider apart from staff reads, which stay the proxy', async () => {
    const h = createHarness({ startMs: Date.UTC(2026, 11, 1), sandbox: { size: 10 } });
    const agents: (string | undefined)[] = [];
    const fetch: typeof h.fetch = (url, init) => {
      agents.push((init.headers as Record<string, string>)['user-agent']);
      return h.fetch(url, init);
    };
    const deps = { config: h.config, fetch, now: h.clock.now };
    expect((await createForwardUpstream('caspen', deps)('/api/providers/caspen/services?limit=100')).ok).toBe(
      true,
    );
    const staff = { subject: 'staff-1', providers: ['caspen'] as const };
    const read = await forwardRequest(
      { method: 'GET', url: 'http://x/api/providers/caspen/services?limit=100' },
      staff,
      deps,
    );
    expect(read.status).toBe(200);
    expect(agents).toEqual([MIRROR_USER_AGENT, PROXY_USER_AGENT]);
  });
});
