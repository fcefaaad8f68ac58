import { describe, expect, it } from 'vitest';
import { openNodeSqlite } from './node-sqlite.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runUntil, runWhile } from './test-support/harness.ts';
import { newAppointmentOneBooking, newCaspenBooking, newOnliveBooking } from './test-support/new-bookings.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;

async function synced(provider: 'caspen' | 'appointment-one' | 'onlive', size = 300) {
  const h = createHarness({ startMs: START, sandbox: { size } });
  const store = createMirrorStore(openNodeSqlite(':memory:').driver);
  const engine = h.engine(provider, store);
  await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);
  return { h, store, engine };
}

const windowIds = (engine: Awaited<ReturnType<typeof synced>>['engine'], from: number, to: number) =>
  engine.window(from, to).rows.records.map((r) => (JSON.parse(r) as { id: string }).id);

describe('freshness', () => {
  it('Caspen: a new booking is found on the last page within 60 s, without a full scan', async () => {
    const { h, engine } = await synced('caspen');
    const booking = newCaspenBooking(h.sandbox, START + 2 * DAY);
    h.sandbox.bookings.add('caspen', booking);
    const createdAt = h.clock.now();
    const requestsBefore = h.requests.length;
    await runUntil(h.clock, engine, createdAt + 60_000);
    expect(windowIds(engine, START, START + 7 * DAY)).toContain(booking.id);
    // The tail poll, not a rescan: a handful of requests.
    expect(h.requests.length - requestsBefore).toBeLessThanOrEqual(6);
    expect(engine.status().syncedAtMs).toBeGreaterThan(createdAt);
  });

  it("Caspen: a new client's first booking shows the client's name as it first shows", async () => {
    const { h, engine } = await synced('caspen');
    const response = await h.sandbox.apps.caspen.request('http://sandbox.test/__sandbox/bookings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ startMs: START + DAY, clientName: 'Newcomer Ada Lookup' }),
    });
    const { id } = (await response.json()) as { id: string };
    const before = h.requests.length;
    await runUntil(h.clock, engine, h.clock.now() + 60_000);
    const stored = engine
      .window(START, START + 7 * DAY)
      .rows.records.map((r) => JSON.parse(r) as { id: string; client_id: string });
    const booking = stored.find((r) => r.id === id)!;
    const refs = engine.refsOf(id).map((r) => JSON.parse(r.body) as { id: string; first_name: string });
    expect(refs.find((r) => r.id === booking.client_id)).toMatchObject({ first_name: 'Newcomer' });
    // One lookup by id, not the whole client list again.
    const lookups = h.requests.slice(before).filter((r) => r.path.includes('/clients'));
    expect(lookups.map((r) => r.path)).toEqual([`/v1/clients/${booking.client_id}`]);
  });

  it('Appointment.one: a new booking is found on the last page within 60 s', async () => {
    const { h, engine } = await synced('appointment-one');
    const booking = newAppointmentOneBooking(h.sandbox, START + DAY);
    h.sandbox.bookings.add('appointment-one', booking);
    await runUntil(h.clock, engine, h.clock.now() + 60_000);
    expect(windowIds(engine, START, START + 7 * DAY)).toContain(booking.id);
  });

  it('ONLIVE.SITE: a new booking in the coming weeks is found by the window poll within 60 s', async () => {
    const { h, engine } = await synced('onlive');
    const booking = newOnliveBooking(h.sandbox, START + 20 * DAY);
    h.sandbox.bookings.add('onlive', booking);
    await runUntil(h.clock, engine, h.clock.now() + 60_000);
    expect(windowIds(engine, START + 19 * DAY, START + 21 * DAY)).toContain(booking.id);
  });

  it('Caspen: a change to an older record is picked up by the next full scan, and reported as such', async () => {
    const { h, engine } = await synced('caspen');
    const old = h.sandbox.data.caspen.appointments.find((a) => Date.parse(a.starts_at) < START - 30 * DAY)!;
    h.sandbox.bookings.change('caspen', old.id, { status: 'arrived', note: 'changed upstream' });
    const changedAt = h.clock.now();
    const scanned = () => (engine.state().lastFullAtMs ?? 0) > changedAt;
    await runWhile(h.clock, engine, () => !scanned(), 10 * 60_000);
    const startMs = Date.parse(old.starts_at);
    const stored = engine
      .window(startMs, startMs + 1)
      .rows.records.map((r) => JSON.parse(r) as { id: string; status: string; note: string })
      .find((r) => r.id === old.id);
    expect(stored).toMatchObject({ status: 'arrived', note: 'changed upstream' });
    // Within one rescan: the gap plus one scan's duration, which the status states.
    const { fullScanEveryMs } = engine.status();
    expect(h.clock.now() - changedAt).toBeLessThanOrEqual(fullScanEveryMs + 60_000);
  });

  it('a booking deleted upstream leaves the store when a full scan no longer sees it', async () => {
    const { h, store, engine } = await synced('caspen');
    const count = store.appointmentCount('caspen');
    h.sandbox.data.caspen.appointments.pop();
    const at = h.clock.now();
    await runWhile(h.clock, engine, () => (engine.state().lastFullAtMs ?? 0) <= at, 10 * 60_000);
    expect(store.appointmentCount('caspen')).toBe(count - 1);
  });
});
