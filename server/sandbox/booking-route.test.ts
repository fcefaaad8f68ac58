import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { authedGet } from './authed-request.ts';
import { createSandbox } from './create-sandbox.ts';
import { SANDBOX_FAKES } from './registry.ts';
import { servedList } from './test-support/served-list.ts';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOW = { fromMs: NOW - 30 * DAY, toMs: NOW + 30 * DAY, nowMs: NOW };
const BOOKINGS = 'http://sandbox.test/__sandbox/bookings';
const ITEM_PATHS: Record<ProviderId, string> = {
  caspen: '/v1/appointments/',
  'appointment-one': '/api/v1/appointment/',
  onlive: '/api/v1/appointments/',
};
const send = (method: string, body: unknown) => ({
  method,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const fresh = () => createSandbox({ size: 150, anchorMs: NOW, clock: () => NOW });

/** The served records read with the fake's own notes-based reader: id, start, status. */
function rowsOf(provider: ProviderId, sandbox: ReturnType<typeof fresh>, items: unknown[]) {
  const fake = SANDBOX_FAKES[provider] as {
    rows(data: unknown): { id: string; startMs: number; status: string }[];
  };
  return fake.rows({ ...sandbox.data[provider], appointments: items });
}

describe.each([...PROVIDER_IDS])('%s: POST /__sandbox/bookings', (provider) => {
  it('creates a booking its API lists where the provider lists new ones, with the start given', async () => {
    const sandbox = fresh();
    const app = sandbox.apps[provider];
    const startMs = NOW + 2 * DAY + 3 * HOUR;
    const created = await app.request(
      BOOKINGS,
      send('POST', { startMs, durationMinutes: 45, clientName: 'Ada Lovelace' }),
    );
    expect(created.status).toBe(201);
    const { id, startMs: listedStart } = (await created.json()) as { id: string; startMs: number };
    expect(listedStart).toBe(startMs);
    const rows = rowsOf(provider, sandbox, await servedList(app, provider, WINDOW));
    const at = rows.findIndex((row) => row.id === id);
    expect(rows[at]).toMatchObject({ id, startMs, status: expect.stringMatching(/^(pending|confirmed)$/) });
    if (provider === 'onlive') {
      // Listed by start: between its neighbours.
      expect(rows[at - 1]!.startMs).toBeLessThanOrEqual(startMs);
      expect(rows[at + 1]!.startMs).toBeGreaterThanOrEqual(startMs);
    } else {
      // Caspen and Appointment.one list in creation order: a new booking comes last.
      expect(at).toBe(rows.length - 1);
    }
    const item = await authedGet(app, provider, `http://sandbox.test${ITEM_PATHS[provider]}${id}`, {
      nowMs: NOW,
    });
    expect(item.status).toBe(200);
    expect(JSON.stringify(await item.json())).toMatch(provider === 'caspen' ? /"client_id":"cli_/ : /Ada/);
  });

  it('changes a booking through PATCH, and says which changes the provider cannot express', async () => {
    const sandbox = fresh();
    const app = sandbox.apps[provider];
    const created = await app.request(BOOKINGS, send('POST', { startMs: NOW + DAY }));
    const { id } = (await created.json()) as { id: string };
    const moved = await app.request(
      `${BOOKINGS}/${id}`,
      send('PATCH', { startMs: NOW + 3 * DAY, status: 'cancelled' }),
    );
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ id, startMs: NOW + 3 * DAY });
    const rows = rowsOf(provider, sandbox, await servedList(app, provider, WINDOW));
    expect(rows.find((row) => row.id === id)).toMatchObject({ startMs: NOW + 3 * DAY, status: 'cancelled' });
    const arrived = await app.request(`${BOOKINGS}/${id}`, send('PATCH', { status: 'arrived' }));
    expect(arrived.status).toBe(provider === 'caspen' ? 200 : 400);
    const missing = await app.request(`${BOOKINGS}/no-such-booking`, send('PATCH', { status: 'cancelled' }));
    expect(missing.status).toBe(404);
  });

  it('refuses a bad body with 400 and a message that names the problem', async () => {
    const sandbox = fresh();
    const app = sandbox.apps[provider];
    const cases: [unknown, RegExp][] = [
      ['{not json', /must be JSON/],
      [{}, /startMs/],
      [{ startMs: Math.floor(NOW / 1000) }, /startMs must be epoch milliseconds/],
      [{ startMs: NOW + 0.5 }, /whole milliseconds/],
      [{ startMs: NOW, durationMinutes: 0 }, /durationMinutes/],
      [{ startMs: NOW, clientName: '  ' }, /clientName/],
      [{ startMs: NOW, room: 'B' }, /room/],
    ];
    for (const [body, message] of cases) {
      const response = await app.request(BOOKINGS, send('POST', body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(message);
    }
    const first = sandbox.data[provider].appointments[0]!.id;
    const empty = await app.request(`${BOOKINGS}/${first}`, send('PATCH', {}));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { message: string }).message).toMatch(/at least one/);
    expect(sandbox.data[provider].appointments).toHaveLength(150);
  });

  it('answers loopback callers only', async () => {
    const sandbox = fresh();
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    const app = sandbox.apps[provider];
    expect((await app.request(BOOKINGS, send('POST', { startMs: NOW }), from('10.0.0.7'))).status).toBe(403);
    expect((await app.request(BOOKINGS, send('POST', { startMs: NOW }), from('127.0.0.1'))).status).toBe(201);
    expect(sandbox.data[provider].appointments).toHaveLength(151);
  });
});
