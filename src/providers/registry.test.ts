import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { providerProxyBase as proxyBaseUrl } from '../../contract/api-paths.ts';
import { createAdapters, PROVIDER_MODULES } from './registry.ts';
import { sleep } from './sleep.ts';

describe('adapter registry', () => {
  it('has a factory for every provider id, and nothing else', () => {
    expect(Object.keys(PROVIDER_MODULES).sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it('builds adapters whose ids match their registry line', () => {
    const adapters = createAdapters({ fetch: globalThis.fetch, now: () => 0, sleep });
    for (const id of PROVIDER_IDS) expect(adapters[id].id).toBe(id);
  });

  it('only ONLIVE.SITE filters by date upstream', () => {
    const adapters = createAdapters({ fetch: globalThis.fetch, now: () => 0, sleep });
    expect(PROVIDER_IDS.filter((id) => adapters[id].rangeScoped)).toEqual(['onlive']);
  });

  it("says each adapter's rangeScoped before its code loads, as the adapter itself says it", async () => {
    for (const id of PROVIDER_IDS) {
      const create = await PROVIDER_MODULES[id].loadAdapter();
      const adapter = create({ fetch: globalThis.fetch, now: () => 0, sleep, baseUrl: '/api' });
      expect(adapter.id).toBe(id);
      expect(adapter.rangeScoped).toBe(PROVIDER_MODULES[id].rangeScoped);
    }
  });

  it('sends each adapter to its same-origin proxy route', () => {
    expect(proxyBaseUrl('appointment-one')).toBe('/api/providers/appointment-one');
  });
});
