import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../contract/providers.ts';
import { ProviderError } from '../src/providers/errors.ts';
import { callsTo, createStack } from './support/stack.ts';

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const WIDE = {
  from: ANCHOR - 200 * 86_400_000,
  to: ANCHOR + 150 * 86_400_000,
};
const PAGE_COLLECTION: Record<ProviderId, string> = {
  caspen: 'appointments',
  'appointment-one': 'appointment',
  onlive: 'appointments',
};
const BROKEN_FIELD: Record<ProviderId, string> = {
  caspen: 'starts_at',
  'appointment-one': 'time_start',
  onlive: 'start',
};

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('invalidRecord fault: quarantine', () => {
  it.each(PROVIDER_IDS)(
    '%s leaves out the broken record of every page, keeping id, path and message',
    async (provider) => {
      const stack = createStack({
        sandbox: { anchorMs: ANCHOR, size: 250, faults: { [provider]: { invalidRecord: true } } },
      });
      const result = await stack.adapters[provider].listAppointments(WIDE);
      const pages = callsTo(stack, provider, PAGE_COLLECTION[provider]).length;
      expect(result.quarantined).toHaveLength(pages);
      for (const q of result.quarantined) {
        expect(q).toMatchObject({ provider, path: BROKEN_FIELD[provider], message: expect.any(String) });
        expect(q.id).toEqual(expect.any(String));
      }
      const quarantinedIds = new Set(result.quarantined.map((q) => q.id));
      expect(result.appointments.some((a) => quarantinedIds.has(a.id))).toBe(false);
      expect(result.appointments.length + result.quarantined.length).toBeGreaterThan(0);
    },
  );
});

describe('status and body faults: typed errors for that provider only', () => {
  it.each([500, 502, 503] as const)('an upstream %i is a retryable upstream error', async (status) => {
    const stack = createStack({ sandbox: { size: 20, faults: { caspen: { status } } } });
    const error = await failure(stack.adapters.caspen.listAppointments(WIDE));
    expect(error).toMatchObject({ provider: 'caspen', kind: 'upstream', retryable: true, status });
  });

  it('a body that is not JSON fails that provider while the others load', async () => {
    const stack = createStack({
      sandbox: { anchorMs: ANCHOR, size: 50, faults: { 'appointment-one': { malformedJson: true } } },
    });
    const [caspen, appointmentOne, onlive] = await Promise.allSettled(
      PROVIDER_IDS.map((id) => stack.adapters[id].listAppointments(WIDE)),
    );
    expect(caspen?.status).toBe('fulfilled');
    expect(onlive?.status).toBe('fulfilled');
    expect(appointmentOne?.status).toBe('rejected');
    const reason = (appointmentOne as PromiseRejectedResult).reason as ProviderError;
    // The proxy refuses to pass non-JSON on and answers 502 bad-gateway.
    expect(reason).toMatchObject({
      provider: 'appointment-one',
      kind: 'upstream',
      status: 502,
      retryable: true,
    });
    expect(reason.message).toMatch(/not JSON/);
  });

  it('a rejected ONLIVE.SITE signature (clock skew) is an auth error, not retried', async () => {
    const stack = createStack({ sandbox: { size: 20, faults: { onlive: { clockSkewMs: 3_600_000 } } } });
    const error = await failure(stack.adapters.onlive.listAppointments(WIDE));
    expect(error).toMatchObject({ provider: 'onlive', kind: 'auth', retryable: false, status: 401 });
  });

  it('a hanging upstream times out at the proxy and is a retryable network error', async () => {
    const stack = createStack({
      env: { UPSTREAM_TIMEOUT_MS: '150' },
      sandbox: { size: 20, faults: { 'appointment-one': { hang: true } } },
    });
    const error = await failure(stack.adapters['appointment-one'].listAppointments(WIDE));
    expect(error).toMatchObject({ kind: 'network', retryable: true, status: 504 });
  });

  it('a provider the proxy has not enabled is not-found', async () => {
    const stack = createStack({ env: { CASPEN_API_TOKEN: '' }, sandbox: { size: 20 } });
    const error = await failure(stack.adapters.caspen.listAppointments(WIDE));
    expect(error).toMatchObject({ kind: 'not-found', retryable: false });
    expect(stack.upstreamCalls).toEqual([]);
  });
});
