import { describe, expect, it } from 'vitest';
import { authedGet } from '../../../sandbox/authed-request.ts';
import { createSandbox } from '../../../sandbox/create-sandbox.ts';
import type { AppointmentOneLink } from './wire.ts';

const sandbox = createSandbox({ anchorMs: Date.parse('2026-01-15T10:00:00Z'), size: 250 });
const app = sandbox.apps['appointment-one'];
const data = sandbox.data['appointment-one'];
const ORIGIN = 'http://appointment-one.test';
const get = (pathOrUrl: string) => authedGet(app, 'appointment-one', new URL(pathOrUrl, ORIGIN).toString());

interface ListBody {
  appointments: { id: string }[];
  count: number;
  total_count: number;
  links: AppointmentOneLink[];
}

describe('Appointment.one sandbox: appointment list', () => {
  it('pages by 100 through rel "next" links until there is none', async () => {
    const ids: string[] = [];
    const counts: number[] = [];
    let href: string | undefined = '/api/v1/appointment';
    while (href) {
      const res = await get(href);
      expect(res.status).toBe(200);
      const body = (await res.json()) as ListBody;
      expect(Object.keys(body).sort()).toEqual(['appointments', 'count', 'links', 'total_count']);
      expect(body.total_count).toBe(250);
      expect(body.count).toBe(body.appointments.length);
      expect(body.links.find((l) => l.rel === 'self')).toMatchObject({ verbs: ['GET'] });
      counts.push(body.count);
      ids.push(...body.appointments.map((a) => a.id));
      href = body.links.find((l) => l.rel === 'next')?.href;
    }
    expect(counts).toEqual([100, 100, 50]);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(data.appointments.map((a) => a.id));
  });

  it('links page N as /api/v1/appointment?page=N and rejects a bad page with 400', async () => {
    const body = (await (await get('/api/v1/appointment?page=2')).json()) as ListBody;
    expect(body.links).toEqual([
      { rel: 'self', href: '/api/v1/appointment?page=2', verbs: ['GET'] },
      { rel: 'next', href: '/api/v1/appointment?page=3', verbs: ['GET'] },
    ]);
    const beyond = (await (await get('/api/v1/appointment?page=9')).json()) as ListBody;
    expect(beyond.appointments).toEqual([]);
    expect(beyond.links.some((l) => l.rel === 'next')).toBe(false);
    for (const page of ['0', 'two', '-1'])
      expect((await get(`/api/v1/appointment?page=${page}`)).status).toBe(400);
  });

  it('serves each appointment by id, with self and event links, and 404 for unknown ids', async () => {
    const sample = data.appointments[17]!;
    const res = await get(`/api/v1/appointment/${sample.id}`);
    expect(await res.json()).toEqual(sample);
    expect(sample.links.map((l) => l.rel)).toEqual(['self', 'event']);
    const eventHref = sample.links[1]!.href;
    expect((await get(eventHref)).status).toBe(200);
    expect((await get(`/api/v1/appointment/${'0'.repeat(32)}`)).status).toBe(404);
  });
});

describe('Appointment.one sandbox: events and calendars', () => {
  it('lists events as the docs show them and serves full details by id', async () => {
    const body = (await (await get('/api/v1/event')).json()) as {
      events: object[];
      count: number;
      total_count: number;
      links: object[];
    };
    expect(body.count).toBe(data.events.length);
    expect(body.total_count).toBe(data.events.length);
    expect(body.events).toEqual(data.events.map(({ id, name, links }) => ({ id, name, links })));
    expect(body.links).toEqual([{ rel: 'self', href: '/api/v1/event', verbs: ['GET'] }]);
    const detail = (await (await get('/api/v1/event/30min')).json()) as {
      attendees: unknown;
      duration: unknown;
    };
    expect(detail).toEqual(data.events.find((e) => e.id === '30min'));
    expect(detail.attendees).toBe('[]');
    expect((await get('/api/v1/event/nope')).status).toBe(404);
  });

  it('lists calendars and serves one by e-mail id, URL-encoded or not', async () => {
    const body = (await (await get('/api/v1/calendar')).json()) as { calendars: object[]; count: number };
    expect(body.calendars).toEqual(data.calendars);
    expect(body.count).toBe(data.calendars.length);
    for (const path of [
      '/api/v1/calendar/team%2Bbookings%40example.com',
      '/api/v1/calendar/dr.sato@example.jp',
    ]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { id: string }).id).toContain('@example.');
    }
    expect((await get('/api/v1/calendar/nobody%40example.com')).status).toBe(404);
  });
});

describe('Appointment.one sandbox: auth', () => {
  it('accepts the raw key in Authorization and rejects anything else with 401', async () => {
    expect((await get('/api/v1/calendar')).status).toBe(200);
    const key = 'sandbox-appointment-one-key-4b8d03e5';
    for (const authorization of [undefined, `Bearer ${key}`, 'wrong-key', `${key}x`, key.toUpperCase()]) {
      const res = await app.request(`${ORIGIN}/api/v1/calendar`, {
        headers: authorization ? { authorization } : {},
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ status: 401, message: expect.any(String) });
    }
  });
});
