import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../contract/providers.ts';
import { authedGet } from './authed-request.ts';
import { createSandbox } from './create-sandbox.ts';
import { createFaultController } from './faults.ts';

const anchorMs = Date.parse('2026-01-15T10:00:00Z');
const sandbox = createSandbox({ anchorMs, clock: () => anchorMs, size: 120 });

// Per provider: a list URL, where its items sit, and the start field `invalidRecord` removes.
const LISTS: Record<ProviderId, { url: string; items: string; start: string; detail: string }> = {
  caspen: {
    url: 'http://caspen.test/v1/appointments?limit=5',
    items: 'data',
    start: 'starts_at',
    detail: `http://caspen.test/v1/appointments/${sandbox.data.caspen.appointments[0]!.id}`,
  },
  'appointment-one': {
    url: 'http://a1.test/api/v1/appointment',
    items: 'appointments',
    start: 'time_start',
    detail: `http://a1.test/api/v1/appointment/${sandbox.data['appointment-one'].appointments[0]!.id}`,
  },
  onlive: {
    url: 'http://onlive.test/api/v1/appointments?limit=5',
    items: 'items',
    start: 'start',
    detail: `http://onlive.test/api/v1/appointments/${sandbox.data.onlive.appointments[0]!.id}`,
  },
};
const ERROR_BODY: Record<ProviderId, (status: number) => object> = {
  caspen: () => ({ message: expect.any(String) }),
  'appointment-one': (status) => ({ status, message: expect.any(String) }),
  onlive: (status) => ({ statusCode: status, message: expect.any(String) }),
};
const providers = Object.keys(LISTS) as ProviderId[];
const call = (provider: ProviderId, url = LISTS[provider].url, signal?: AbortSignal) =>
  authedGet(sandbox.apps[provider], provider, url, { nowMs: anchorMs, ...(signal ? { signal } : {}) });

afterEach(() => sandbox.faults.clear());

describe.each(providers)('faults on %s', (provider) => {
  it('latencyMs delays the response', async () => {
    sandbox.faults.set(provider, { latencyMs: 120 });
    const started = performance.now();
    expect((await call(provider)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('latencyMs ends early when the client aborts', async () => {
    sandbox.faults.set(provider, { latencyMs: 5_000 });
    const started = performance.now();
    await call(provider, undefined, AbortSignal.timeout(50)).catch(() => undefined);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([500, 502, 503] as const)(
    'status %i answers that status with the provider error body',
    async (status) => {
      sandbox.faults.set(provider, { status });
      const res = await call(provider);
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual(ERROR_BODY[provider](status));
    },
  );

  it('hang never answers until the client aborts', async () => {
    sandbox.faults.set(provider, { hang: true });
    const controller = new AbortController();
    const pending = call(provider, undefined, controller.signal).then(
      () => 'answered',
      () => 'aborted',
    );
    const early = await Promise.race([
      pending,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 150)),
    ]);
    expect(early).toBe('still waiting');
    controller.abort();
    expect(['answered', 'aborted']).toContain(await pending);
  });

  it('malformedJson answers 200 with a truncated JSON body, leaving errors alone', async () => {
    sandbox.faults.set(provider, { malformedJson: true });
    const res = await call(provider);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const text = await res.text();
    expect(text.length).toBeGreaterThan(10);
    expect(() => JSON.parse(text)).toThrow();
    expect(text.trimEnd()).not.toMatch(/[\]}]$/);
    const unauthenticated = await sandbox.apps[provider].request(LISTS[provider].url);
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toBeTruthy();
  });

  it('invalidRecord breaks one appointment per list page, not the detail view', async () => {
    sandbox.faults.set(provider, { invalidRecord: true });
    const body = (await (await call(provider)).json()) as Record<string, Record<string, unknown>[]>;
    const items = body[LISTS[provider].items] ?? [];
    expect(items.length).toBeGreaterThan(1);
    expect(items[0]).not.toHaveProperty(LISTS[provider].start);
    expect(items[0]).toHaveProperty('id');
    expect(items.slice(1).every((item) => LISTS[provider].start in item)).toBe(true);
    expect(await (await call(provider, LISTS[provider].detail)).json()).toHaveProperty(LISTS[provider].start);
  });

  it('rateLimitStorm answers 429 with Retry-After: 1 to every request', async () => {
    sandbox.faults.set(provider, { rateLimitStorm: true });
    for (let i = 0; i < 3; i += 1) {
      const res = await call(provider);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toEqual(ERROR_BODY[provider](429));
    }
  });

  it('never applies to the /__sandbox control routes', async () => {
    sandbox.faults.set(provider, { hang: true, status: 503, malformedJson: true });
    const res = await sandbox.apps[provider].request('http://sandbox.test/__sandbox/faults');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ hang: true, status: 503, malformedJson: true });
  });

  it('affects only its own provider', async () => {
    sandbox.faults.set(provider, { status: 503 });
    for (const other of providers.filter((p) => p !== provider)) expect((await call(other)).status).toBe(200);
  });
});

describe('specific faults', () => {
  it('rateLimitStorm on Caspen keeps the documented body and rate-limit headers', async () => {
    sandbox.faults.set('caspen', { rateLimitStorm: true });
    const res = await call('caspen');
    expect(await res.json()).toEqual({ message: 'Too Many Attempts.' });
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-limit')).toBe('60');
  });

  it('clockSkewMs makes fresh ONLIVE.SITE signatures look stale', async () => {
    sandbox.faults.set('onlive', { clockSkewMs: 20 * 60_000 });
    const stale = await call('onlive');
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'x-onlive-site-date',
    );
    sandbox.faults.set('onlive', { clockSkewMs: 5 * 60_000 });
    expect((await call('onlive')).status).toBe(200);
  });

  it('can be set at creation and rejects invalid specs', () => {
    const withFaults = createSandbox({ anchorMs, size: 10, faults: { onlive: { latencyMs: 50 } } });
    expect(withFaults.faults.get('onlive')).toEqual({ latencyMs: 50 });
    expect(withFaults.faults.get('caspen')).toEqual({});
    const controller = createFaultController();
    expect(() => controller.set('caspen', { status: 404 } as never)).toThrow();
    controller.set('caspen', { hang: true });
    controller.set('onlive', { hang: true });
    controller.clear('caspen');
    expect([controller.get('caspen'), controller.get('onlive')]).toEqual([{}, { hang: true }]);
  });
});
