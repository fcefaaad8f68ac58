import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from './registry.ts';

describe('server provider registry', () => {
  it('has exactly one line per provider id, each with its own manifest', () => {
    expect(Object.keys(SERVER_PROVIDERS).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) expect(SERVER_PROVIDERS[id].manifest.id).toBe(id);
  });

  it('gives every provider a URL variable, credentials and read routes of its own', () => {
    const variables = PROVIDER_IDS.flatMap((id) => {
      const { env } = SERVER_PROVIDERS[id].manifest;
      return [env.url, ...env.credentials];
    });
    expect(new Set(variables).size).toBe(variables.length);
    for (const id of PROVIDER_IDS) {
      const { manifest } = SERVER_PROVIDERS[id];
      expect(manifest.env.credentials.length).toBeGreaterThan(0);
      expect(manifest.routes.length).toBeGreaterThan(0);
      expect(new URL(manifest.defaultUrl).protocol).toBe('https:');
      for (const route of manifest.routes) expect(route.path).toMatch(/^[a-z-]+(\/:id)?$/);
    }
  });

  it('builds auth headers from the credentials the manifest names', async () => {
    for (const id of PROVIDER_IDS) {
      const { manifest, authHeaders } = SERVER_PROVIDERS[id];
      const credentials = Object.fromEntries(manifest.env.credentials.map((name) => [name, `${name}-value`]));
      const headers = await authHeaders(credentials, new URL(`${manifest.defaultUrl}/x`), 0);
      expect(headers.authorization).toEqual(expect.any(String));
      await expect(authHeaders({}, new URL(manifest.defaultUrl), 0)).rejects.toThrow(/is not configured/);
    }
  });
});
