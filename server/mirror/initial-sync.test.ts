import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { windowResponseSchema } from '../../contract/window-response.ts';
import { openNodeSqlite } from './node-sqlite.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runWhile } from './test-support/harness.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;

function sandboxStarts(h: ReturnType<typeof createHarness>, provider: ProviderId): number[] {
  const d = h.sandbox.data;
  if (provider === 'caspen') return d.caspen.appointments.map((a) => Date.parse(a.starts_at));
  if (provider === 'onlive') return d.onlive.appointments.map((a) => Date.parse(a.start));
  return d['appointment-one'].appointments.map((a) => Number(a.time_start) * 1000);
}

describe('initial sync on the sandbox', () => {
  it.each(PROVIDER_IDS)(
    '%s: every appointment and the names the window needs, in one scan',
    async (provider) => {
      const h = createHarness({ startMs: START, sandbox: { size: 300 } });
      const { driver } = openNodeSqlite(':memory:');
      const store = createMirrorStore(driver);
      const engine = h.engine(provider, store);
      expect(engine.status().state).toBe('first-sync');
      await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);

      const starts = sandboxStarts(h, provider);
      expect(store.appointmentCount(provider)).toBe(starts.length);
      const from = START - 7 * DAY;
      const to = START + 7 * DAY;
      const { rows, sync } = engine.window(from, to);
      expect(rows.records).toHaveLength(starts.filter((s) => s >= from && s < to).length);
      expect(sync).toMatchObject({ state: 'ready', error: null, progress: null });
      expect(sync.syncedAtMs).toBe(h.clock.now());
      expect(rows.refs.length).toBeGreaterThan(0);
      expect(rows.quarantined).toEqual([]);
      // The answer the route will build validates against the shared contract.
      const refs: Record<string, unknown[]> = {};
      for (const r of rows.refs) (refs[r.key.split(':')[0]!] ??= []).push(JSON.parse(r.body));
      const body = {
        provider,
        fromMs: from,
        toMs: to,
        records: rows.records.map((r) => JSON.parse(r)),
        refs,
        quarantined: [],
        sync,
      };
      expect(windowResponseSchema.safeParse(body).success).toBe(true);
    },
  );

  it('keeps Caspen clients to name and contact: no health fields reach the store', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 200 } });
    const { driver } = openNodeSqlite(':memory:');
    const engine = h.engine('caspen', createMirrorStore(driver));
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);
    const clients = driver.all<{ body: string }>("SELECT body FROM refs WHERE ref_key LIKE 'clients:%'");
    expect(clients.length).toBeGreaterThan(0);
    const keys = new Set(clients.flatMap((c) => Object.keys(JSON.parse(c.body) as object)));
    expect([...keys].sort()).toEqual(
      ['email', 'first_name', 'id', 'last_name', 'phone_number', 'phone_numbers', 'preferred_name'].sort(),
    );
    const all = driver.all<{ body: string }>('SELECT body FROM refs UNION ALL SELECT body FROM appointments');
    for (const field of ['medications', 'allergies', 'date_of_birth', 'emergency_contact_name', 'alert'])
      expect(all.some((row) => row.body.includes(`"${field}"`))).toBe(false);
  });

  it('shows first-sync progress with an estimate once the provider reports totals', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 400 } });
    const { driver } = openNodeSqlite(':memory:');
    const store = createMirrorStore(driver);
    const engine = h.engine('appointment-one', store);
    // One page of appointments in: Appointment.one has said how many there are (4 pages of 100), and
    // which events they link to (one request each).
    await runWhile(h.clock, engine, () => store.appointmentCount('appointment-one') < 100, 60_000);
    const { progress, state } = engine.status();
    expect(state).toBe('first-sync');
    const events = new Set(h.sandbox.data['appointment-one'].appointments.map((a) => a.links.at(-1)?.href));
    expect(progress?.pagesDone).toBe(1);
    expect(progress?.pagesEstimate).toBeGreaterThanOrEqual(4 + 1);
    expect(progress?.pagesEstimate).toBeLessThanOrEqual(4 + events.size);
    expect(progress?.recordsStored).toBe(store.appointmentCount('appointment-one'));
    expect(progress?.etaMs).toBeGreaterThan(0);
  });
});
