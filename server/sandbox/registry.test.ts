import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { SANDBOX_FAKES } from './registry.ts';

describe('sandbox registry', () => {
  it('has exactly one fake per provider id', () => {
    expect(Object.keys(SANDBOX_FAKES).sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it("accepts credentials named exactly as the provider's manifest names them", () => {
    for (const id of PROVIDER_IDS)
      expect(Object.keys(SANDBOX_FAKES[id].credentials)).toEqual(
        SERVER_PROVIDERS[id].manifest.env.credentials,
      );
  });

  it('serves each fake on a port of its own', () => {
    const ports = PROVIDER_IDS.map((id) => SANDBOX_FAKES[id].defaultPort);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('reads every served appointment into one row', () => {
    const input = { seed: 1, anchorMs: Date.UTC(2026, 0, 15), size: 30 };
    const rows = <K extends ProviderId>(id: K) => SANDBOX_FAKES[id].rows(SANDBOX_FAKES[id].generate(input));
    for (const id of PROVIDER_IDS) expect(rows(id)).toHaveLength(30);
  });
});
