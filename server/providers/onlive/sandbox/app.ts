import type { Context, Hono } from 'hono';
import type { OnliveData } from './wire.ts';
import type { FaultController } from '../../../sandbox/faults.ts';
import type { FakeControl } from '../../../sandbox/sandbox-fake.ts';
import { breakFirst, createProviderApp, indexById } from '../../../sandbox/provider-kit.ts';
import type { RateLimit } from '../../../sandbox/rate-limiter.ts';
import { createAppointmentIndex } from './appointment-index.ts';
import { onliveAuth, onliveLimiter } from './verify.ts';
import { onliveError, onliveFieldError } from './errors.ts';
import {
  appointmentListSchema,
  parseQuery,
  rangeErrors,
  rawQuery,
  referenceListSchema,
  type ReferenceListQuery,
} from './list-query.ts';

export interface OnliveAppDeps {
  data: OnliveData;
  faults: FaultController;
  clock: () => number;
  rateLimit: RateLimit;
  control?: FakeControl;
  /** Access key id -> secret access key. */
  credentials: Readonly<Record<string, string>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fake ONLIVE.SITE OpenAPI v1: `https://openapi.onlive.site/api/v1` per onlive.md. */
export function createOnliveApp(deps: OnliveAppDeps): Hono {
  const app = createProviderApp({
    provider: 'onlive',
    faults: deps.faults,
    error: onliveError,
    control: deps.control,
  });
  app.use('*', onliveAuth(deps.credentials, deps.faults, deps.clock));
  app.use('*', onliveLimiter(deps.rateLimit, deps.clock));
  const { appointments, calendars, services, userGroups } = deps.data;
  const search = createAppointmentIndex(appointments);

  app.get('/api/v1/appointments', (c) => {
    const parsed = parseQuery(appointmentListSchema, rawQuery(new URL(c.req.url)));
    const errors = parsed.ok ? rangeErrors(parsed.query) : parsed.errors;
    if (!parsed.ok || errors.length > 0) return onliveFieldError(c, 400, 'Invalid input parameters', errors);
    const { page, limit } = parsed.query;
    const matches = search(parsed.query);
    let items = matches.slice((page - 1) * limit, page * limit);
    if (deps.faults.get('onlive').invalidRecord) items = breakFirst(items, 'start');
    return c.json({
      items,
      total: matches.length,
      count: items.length,
      currentPage: page,
      totalPages: Math.ceil(matches.length / limit),
    });
  });
  detail(app, '/api/v1/appointments', appointments, 'appointmentId', 'Appointment');
  referenceList(app, '/api/v1/calendars', calendars, (cal, q) => q.type === undefined || cal.type === q.type);
  detail(app, '/api/v1/calendars', calendars, 'calendarId', 'Calendar');
  referenceList(app, '/api/v1/services', services);
  detail(app, '/api/v1/services', services, 'serviceId', 'Service');
  referenceList(app, '/api/v1/user-groups', userGroups);
  detail(app, '/api/v1/user-groups', userGroups, 'userGroupId', 'User group');
  return app;
}

/** `GET path/{id}`: 400 with the documented body for a non-UUID, 404 for an unknown id. */
function detail<T extends { id: string }>(
  app: Hono,
  path: string,
  items: readonly T[],
  field: string,
  noun: string,
): void {
  const byId = indexById(items);
  app.get(`${path}/:id`, (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) {
      return onliveFieldError(c, 400, `Invalid ${noun.toLowerCase()} ID format`, [
        { field, message: 'Must be a valid UUID' },
      ]);
    }
    const record = byId.get(id);
    return record ? c.json(record) : onliveError(c, 404, `${noun} not found`);
  });
}

/**
 * Calendars, services and user groups: the envelope "What the project assumes" gives, both the
 * v1 names and the v2 ones (`{items, total, count, currentPage, totalPages, page, limit, pages}`).
 */
function referenceList<T extends { name: string }>(
  app: Hono,
  path: string,
  items: readonly T[],
  keep: (item: T, query: ReferenceListQuery) => boolean = () => true,
): void {
  app.get(path, (c: Context) => {
    const parsed = parseQuery(referenceListSchema, rawQuery(new URL(c.req.url)));
    if (!parsed.ok) return onliveFieldError(c, 400, 'Invalid input parameters', parsed.errors);
    const { page, limit, search } = parsed.query;
    const needle = search?.toLowerCase() ?? '';
    const matches = items.filter(
      (item) => item.name.toLowerCase().includes(needle) && keep(item, parsed.query),
    );
    const pageItems = matches.slice((page - 1) * limit, page * limit);
    const pages = Math.ceil(matches.length / limit);
    return c.json({
      items: pageItems,
      total: matches.length,
      count: pageItems.length,
      currentPage: page,
      totalPages: pages,
      page,
      limit,
      pages,
    });
  });
}
