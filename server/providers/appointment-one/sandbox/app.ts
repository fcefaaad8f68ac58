import type { Hono, MiddlewareHandler } from 'hono';
import { timingSafeEqual } from '../../../signing/web-crypto.ts';
import { APPOINTMENT_ONE_PAGE_SIZE, type AppointmentOneData, type AppointmentOneLink } from './wire.ts';
import type { FaultController } from '../../../sandbox/faults.ts';
import type { FakeControl } from '../../../sandbox/sandbox-fake.ts';
import {
  breakFirst,
  createProviderApp,
  indexById,
  intParam,
  type ErrorResponder,
} from '../../../sandbox/provider-kit.ts';

export interface AppointmentOneAppDeps {
  data: AppointmentOneData;
  faults: FaultController;
  control?: FakeControl;
  /** Raw API keys the fake account accepts. */
  apiKeys: readonly string[];
}

const MESSAGES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'API key is missing, invalid, disabled or lacks permission',
  404: 'Specified resource cannot be found',
  429: 'Too many requests',
};

// No error body is documented; clients go by the status code alone (appointment-one.md).
const appointmentOneError: ErrorResponder = (c, status, message, headers) =>
  c.json({ status, message: message ?? MESSAGES[status] ?? 'Error' }, status, headers);

/** The fake Appointment.one API: `https://www.appointment.one/api/v1` per appointment-one.md. */
export function createAppointmentOneApp(deps: AppointmentOneAppDeps): Hono {
  const app = createProviderApp({
    provider: 'appointment-one',
    faults: deps.faults,
    error: appointmentOneError,
    control: deps.control,
  });
  app.use('*', rawKeyAuth(deps.apiKeys));
  const { appointments, events, calendars } = deps.data;
  const appointmentById = indexById(appointments);
  const eventById = indexById(events);
  const calendarById = indexById(calendars);

  // Assumed list (appointment-one.md, "What the project assumes"): pages of 100, `rel: "next"` links.
  app.get('/api/v1/appointment', (c) => {
    const page = intParam(c.req.query('page'), 1, Number.MAX_SAFE_INTEGER);
    if (page === null) return appointmentOneError(c, 400, 'page must be a whole number from 1');
    const current = page ?? 1;
    const start = (current - 1) * APPOINTMENT_ONE_PAGE_SIZE;
    let items = appointments.slice(start, start + APPOINTMENT_ONE_PAGE_SIZE);
    if (deps.faults.get('appointment-one').invalidRecord) items = breakFirst(items, 'time_start');
    const links: AppointmentOneLink[] = [listLink('self', current)];
    if (start + APPOINTMENT_ONE_PAGE_SIZE < appointments.length) links.push(listLink('next', current + 1));
    return c.json({ appointments: items, count: items.length, total_count: appointments.length, links });
  });
  app.get('/api/v1/appointment/:id', (c) => found(c, appointmentById.get(c.req.param('id'))));

  app.get('/api/v1/event', (c) =>
    c.json({
      // The list carries the summary the docs show; details come from /event/{id}.
      events: events.map(({ id, name, links }) => ({ id, name, links })),
      count: events.length,
      total_count: events.length,
      links: [{ rel: 'self', href: '/api/v1/event', verbs: ['GET'] }],
    }),
  );
  app.get('/api/v1/event/:id', (c) => found(c, eventById.get(c.req.param('id'))));

  app.get('/api/v1/calendar', (c) =>
    c.json({
      calendars,
      count: calendars.length,
      total_count: calendars.length,
      links: [{ rel: 'self', href: '/api/v1/calendar', verbs: ['GET'] }],
    }),
  );
  // Calendar ids are e-mail addresses; Hono decodes `%40` in the path parameter.
  app.get('/api/v1/calendar/:id', (c) => found(c, calendarById.get(c.req.param('id'))));
  return app;
}

function listLink(rel: 'self' | 'next', page: number): AppointmentOneLink {
  return {
    rel,
    href: page === 1 && rel === 'self' ? '/api/v1/appointment' : `/api/v1/appointment?page=${page}`,
    verbs: ['GET'],
  };
}

function found(c: Parameters<ErrorResponder>[0], record: object | undefined): Response {
  return record ? c.json(record) : appointmentOneError(c, 404);
}

/** `Authorization: <key>`: the raw key, no scheme (a `Bearer` prefix is rejected like a wrong key). */
function rawKeyAuth(keys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header('authorization') ?? '';
    const known = given !== '' && keys.map((key) => timingSafeEqual(key, given)).includes(true);
    return known ? next() : appointmentOneError(c, 401);
  };
}
