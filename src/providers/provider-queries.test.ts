import { describe, expect, it } from 'vitest';
import { fetchProviderConfig } from './provider-queries.ts';

const answer =
  (body: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(body), { status });

describe('GET /api/providers', () => {
  it('parses the agreed shape and drops providers this build does not know', async () => {
    const config = await fetchProviderConfig(
      answer({
        sandbox: true,
        providers: [
          { id: 'caspen', label: 'Caspen', enabled: true, mirrored: true },
          { id: 'future-provider', label: 'Future', enabled: true },
          { id: 'onlive', label: 'ONLIVE.SITE', enabled: false },
        ],
      }),
    );
    expect(config).toEqual({
      sandbox: true,
      providers: [
        // A server without a mirror (or an older one) omits `mirrored`: the list pages the provider.
        { id: 'caspen', label: 'Caspen', enabled: true, mirrored: true },
        { id: 'onlive', label: 'ONLIVE.SITE', enabled: false, mirrored: false },
      ],
    });
  });

  it("fails with the proxy's message, or on a body of the wrong shape", async () => {
    const refused = answer(
      { provider: null, status: 401, code: 'unauthenticated', message: 'Sign-in required' },
      401,
    );
    await expect(fetchProviderConfig(refused)).rejects.toThrow('Sign-in required');
    await expect(fetchProviderConfig(answer({ providers: 'all' }))).rejects.toThrow(/agreed shape/);
  });
});
