import { describe, expect, it } from 'vitest';
import { onliveAuthHeaders } from '../providers/onlive/signer.ts';
import { createSandbox } from './create-sandbox.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('booking hooks', () => {
  it('a Caspen booking added at run time is served on the last page and by id', async () => {
    const sandbox = createSandbox({ size: 150, anchorMs: NOW, clock: () => NOW });
    const record = { ...sandbox.data.caspen.appointments[0]!, id: 'app_01ZZZZZZZZZZZZZZZZZZZZZZZZ' };
    sandbox.bookings.add('caspen', record);
    const headers = { authorization: `Bearer ${SANDBOX_CREDENTIALS.CASPEN_API_TOKEN}` };
    const byId = await sandbox.apps.caspen.request(`http://caspen.test/v1/appointments/${record.id}`, {
      headers,
    });
    expect(byId.status).toBe(200);
    const last = await sandbox.apps.caspen.request('http://caspen.test/v1/appointments?limit=100', {
      headers,
    });
    const page = (await last.json()) as { links: { next: string } };
    const second = await sandbox.apps.caspen.request(page.links.next, { headers });
    const ids = ((await second.json()) as { data: { id: string }[] }).data.map((a) => a.id);
    expect(ids.at(-1)).toBe(record.id);
    expect(() => sandbox.bookings.add('caspen', record)).toThrow(/already has/);
  });

  it('an ONLIVE.SITE booking is found by its date window, and a changed start moves it', async () => {
    const sandbox = createSandbox({ size: 150, anchorMs: NOW, clock: () => NOW });
    const base = sandbox.data.onlive.appointments[0]!;
    const id = '00000000-0000-4000-8000-00000000abcd';
    const start = '2027-02-03T10:00:00.000Z';
    sandbox.bookings.add('onlive', { ...base, id, start, end: '2027-02-03T11:00:00.000Z' });
    const ids = async (from: string, to: string) => {
      const url = new URL(`http://onlive.test/api/v1/appointments?startDate=${from}&endDate=${to}&limit=100`);
      const creds = {
        accessKeyId: SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID,
        secret: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
      };
      const headers = await onliveAuthHeaders({ method: 'GET', url }, creds, NOW);
      const response = await sandbox.apps.onlive.request(url.href, { headers });
      return ((await response.json()) as { items: { id: string }[] }).items.map((a) => a.id);
    };
    expect(await ids('2027-02-03T00:00:00Z', '2027-02-03T23:59:59Z')).toContain(id);
    expect(sandbox.bookings.change('onlive', id, { start: '2027-02-05T10:00:00.000Z' })).toBe(true);
    expect(await ids('2027-02-03T00:00:00Z', '2027-02-03T23:59:59Z')).not.toContain(id);
    expect(await ids('2027-02-05T00:00:00Z', '2027-02-05T23:59:59Z')).toContain(id);
    expect(sandbox.bookings.change('onlive', 'missing', {})).toBe(false);
  });
});
