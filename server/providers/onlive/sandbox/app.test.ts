import { describe, expect, it } from 'vitest';
import { authedGet } from '../../../sandbox/authed-request.ts';
import { createSandbox } from '../../../sandbox/create-sandbox.ts';
import type { OnliveAppointment } from './wire.ts';

const anchorMs = Date.parse('2026-01-15T10:00:00Z');
const sandbox = createSandbox({ anchorMs, clock: () => anchorMs, size: 400 });
const app = sandbox.apps.onlive;
const data = sandbox.data.onlive;
const ORIGIN = 'http://onlive.test';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function get(path: string, params: [string, string][] = []): Promise<Response> {
  const url = new URL(path, ORIGIN);
  for (const [k, v] of params) url.searchParams.append(k, v);
  return authedGet(app, 'onlive', url.toString(), { nowMs: anchorMs });
}

interface Envelope {
  items: OnliveAppointment[];
  total: number;
  count: number;
  currentPage: number;
  totalPages: number;
}

/** Every page of one query; checks the envelope on the way. */
async function allPages(params: [string, string][]): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1, pages = 1; page <= pages; page += 1) {
    const res = await get('/api/v1/appointments', [...params, ['page', String(page)], ['limit', '100']]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Envelope;
    expect(Object.keys(body).sort()).toEqual(['count', 'currentPage', 'items', 'total', 'totalPages']);
    expect(body.currentPage).toBe(page);
    expect(body.count).toBe(body.items.length);
    expect(body.totalPages).toBe(Math.ceil(body.total / 100));
    pages = body.totalPages;
    ids.push(...body.items.map((a) => a.id));
  }
  return ids;
}

const startsIn = (a: OnliveAppointment, from: number, to: number) =>
  Date.parse(a.start) >= from && Date.parse(a.start) <= to;
const window: [string, string][] = [
  ['startDate', iso(anchorMs - 60 * DAY)],
  ['endDate', iso(anchorMs + 60 * DAY)],
];
const inWindow = data.appointments.filter((a) => startsIn(a, anchorMs - 60 * DAY, anchorMs + 60 * DAY));

describe('ONLIVE.SITE sandbox: GET /api/v1/appointments', () => {
  it('pages through a date range in start order with the documented envelope', async () => {
    const ids = await allPages(window);
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(inWindow.map((a) => a.id));
  });

  it('covers every appointment over two ranges of under six months, and defaults to 20 per page', async () => {
    const first = await allPages([
      ['startDate', iso(anchorMs - 125 * DAY)],
      ['endDate', iso(anchorMs)],
    ]);
    const second = await allPages([
      ['startDate', iso(anchorMs + 1)],
      ['endDate', iso(anchorMs + 125 * DAY)],
    ]);
    expect([...first, ...second]).toEqual(data.appointments.map((a) => a.id));
    const body = (await (await get('/api/v1/appointments', window)).json()) as Envelope;
    expect(body.count).toBe(20);
  });

  it('treats the range as inclusive of both ends', async () => {
    const target = data.appointments[200]!;
    const ids = await allPages([
      ['startDate', target.start],
      ['endDate', target.start],
    ]);
    expect(ids).toContain(target.id);
    expect(ids.length).toBe(data.appointments.filter((a) => a.start === target.start).length);
  });

  it('filters by state, service, user group, calendars (repeated or comma-separated) and search, AND-ed', async () => {
    const a = inWindow.find((x) => x.serviceId && x.userGroupId && x.state === 'confirmed')!;
    const check = async (params: [string, string][], keep: (x: OnliveAppointment) => boolean) => {
      const expected = inWindow.filter(keep).map((x) => x.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(await allPages([...window, ...params])).toEqual(expected);
    };
    await check([['state', 'cancelled']], (x) => x.state === 'cancelled');
    await check([['serviceId', a.serviceId!]], (x) => x.serviceId === a.serviceId);
    await check(
      [
        ['userGroupId', a.userGroupId!],
        ['state', 'confirmed'],
      ],
      (x) => x.userGroupId === a.userGroupId && x.state === 'confirmed',
    );
    const [c1, c2] = [data.calendars[0]!.id, data.calendars[1]!.id];
    const either = (x: OnliveAppointment) => x.calendarIds.includes(c1) || x.calendarIds.includes(c2);
    await check(
      [
        ['calendarIds', c1],
        ['calendarIds', c2],
      ],
      either,
    );
    await check([['calendarIds', `${c1},${c2}`]], either);
    const name = a.guests[0]?.extraFields?.lastName ?? a.title;
    await check([['search', name.toUpperCase()]], (x) =>
      JSON.stringify([x.title, x.description, x.agentComment, x.externalId, x.guests])
        .toLowerCase()
        .includes(name.toLowerCase()),
    );
  });

  it('answers ranges over six months with 400 and the documented error body', async () => {
    const res = await get('/api/v1/appointments', [
      ['startDate', '2026-01-01T00:00:00Z'],
      ['endDate', '2026-07-01T00:00:01Z'],
    ]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      statusCode: 400,
      message: 'Invalid input parameters',
      errors: [{ field: 'endDate', message: 'The date range must not exceed 6 months' }],
    });
    const exactly = await get('/api/v1/appointments', [
      ['startDate', '2026-01-01T00:00:00Z'],
      ['endDate', '2026-07-01T00:00:00Z'],
    ]);
    expect(exactly.status).toBe(200);
    const reversed = await get('/api/v1/appointments', [
      ['startDate', '2026-02-01T00:00:00Z'],
      ['endDate', '2026-01-01T00:00:00Z'],
    ]);
    expect(reversed.status).toBe(400);
  });

  it('validates dates, page and limit (max 100) with the documented 400 body', async () => {
    const res = await get('/api/v1/appointments', [['startDate', 'yesterday']]);
    expect(await res.json()).toEqual({
      statusCode: 400,
      message: 'Invalid input parameters',
      errors: [{ field: 'startDate', message: 'Must be a valid ISO 8601 date' }],
    });
    for (const [field, value] of [
      ['limit', '101'],
      ['limit', '0'],
      ['page', '0'],
      ['page', 'x'],
    ] as const) {
      const bad = await get('/api/v1/appointments', [[field, value]]);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(field);
    }
    expect((await get('/api/v1/appointments', [['limit', '100']])).status).toBe(200);
  });
});

describe('ONLIVE.SITE sandbox: single records and reference lists', () => {
  it('serves an appointment by UUID, 400 for a non-UUID and 404 for an unknown one', async () => {
    const sample = data.appointments[3]!;
    expect(await (await get(`/api/v1/appointments/${sample.id}`)).json()).toEqual(sample);
    const bad = await get('/api/v1/appointments/12345');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      statusCode: 400,
      message: 'Invalid appointment ID format',
      errors: [{ field: 'appointmentId', message: 'Must be a valid UUID' }],
    });
    const missing = await get('/api/v1/appointments/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ statusCode: 404, message: 'Appointment not found' });
  });

  it.each([
    ['calendars', data.calendars],
    ['services', data.services],
    ['user-groups', data.userGroups],
  ] as const)(
    'GET /api/v1/%s pages with the assumed envelope and serves each by id',
    async (path, records) => {
      const res = await get(`/api/v1/${path}`, [
        ['limit', '2'],
        ['page', '2'],
      ]);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toEqual({
        items: records.slice(2, 4),
        total: records.length,
        count: records.slice(2, 4).length,
        currentPage: 2,
        totalPages: Math.ceil(records.length / 2),
        page: 2,
        limit: 2,
        pages: Math.ceil(records.length / 2),
      });
      const first = records[0]!;
      const searched = (await (
        await get(`/api/v1/${path}`, [['search', first.name.slice(0, 4).toUpperCase()]])
      ).json()) as { items: { id: string }[] };
      expect(searched.items.map((r) => r.id)).toContain(first.id);
      expect(await (await get(`/api/v1/${path}/${first.id}`)).json()).toEqual(first);
      expect((await get(`/api/v1/${path}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
      expect((await get(`/api/v1/${path}/not-a-uuid`)).status).toBe(400);
      expect((await get(`/api/v1/${path}`, [['limit', '101']])).status).toBe(400);
    },
  );

  it('filters calendars by type', async () => {
    const body = (await (await get('/api/v1/calendars', [['type', 'asset']])).json()) as {
      items: { type: string }[];
    };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((c) => c.type === 'asset')).toBe(true);
  });
});
