import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { timingSafeEqual } from '../../../signing/web-crypto.ts';
import type { CaspenData } from './wire.ts';
import type { FaultController } from '../../../sandbox/faults.ts';
import type { FakeControl } from '../../../sandbox/sandbox-fake.ts';
import {
  breakFirst,
  createProviderApp,
  indexById,
  type ErrorResponder,
} from '../../../sandbox/provider-kit.ts';
import { createRollingLimiter, type RateLimit } from '../../../sandbox/rate-limiter.ts';
import { caspenPage, parsePageRequest } from './paging.ts';

export interface CaspenAppDeps {
  data: CaspenData;
  faults: FaultController;
  clock: () => number;
  rateLimit: RateLimit;
  control?: FakeControl;
  /** Bearer tokens the fake account accepts. */
  tokens: readonly string[];
}

// Laravel-style bodies: the project's assumption (caspen.md); only the 429 text is documented.
const MESSAGES: Partial<Record<number, string>> = {
  401: 'Unauthenticated.',
  404: 'Not Found.',
  429: 'Too Many Attempts.',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const caspenError: ErrorResponder = (c, status, message, headers) =>
  c.json({ message: message ?? MESSAGES[status] ?? 'Error.' }, status, headers);

/** The fake Caspen API: `https://api.caspen.com/v1` as caspen.md and its assumptions describe it. */
export function createCaspenApp(deps: CaspenAppDeps): Hono {
  const { rateLimit, clock } = deps;
  const app = createProviderApp({
    provider: 'caspen',
    faults: deps.faults,
    error: caspenError,
    control: deps.control,
    stormHeaders: () => rateHeaders(rateLimit.limit, 0, Math.ceil(clock() / 1000) + 1),
  });
  app.use('*', bearerAuth(deps.tokens));
  app.use('*', limiter(rateLimit, clock));
  const { data } = deps;
  const invalidRecord = () => deps.faults.get('caspen').invalidRecord === true;
  resource(app, '/v1/appointments', data.appointments, { active: invalidRecord, field: 'starts_at' });
  resource(app, '/v1/services', data.services);
  resource(app, '/v1/locations', data.locations);
  resource(app, '/v1/clients', data.clients);
  resource(app, '/v1/practitioners', data.practitioners);
  resource(app, '/v1/rooms', data.rooms);
  resource(app, '/v1/cancellation-reasons', data.cancellationReasons);
  return app;
}

function bearerAuth(tokens: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1];
    // Compare against every token, so the time taken does not reveal which one nearly matched.
    const known = token !== undefined && tokens.map((t) => timingSafeEqual(t, token)).includes(true);
    if (!known) return caspenError(c, 401);
    return next();
  };
}

function limiter(rate: RateLimit, clock: () => number): MiddlewareHandler {
  const take = createRollingLimiter(rate, clock);
  return async (c, next) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const decision = take(token);
    const headers = rateHeaders(decision.limit, decision.remaining, decision.resetAt);
    if (!decision.allowed)
      return caspenError(c, 429, undefined, { ...headers, 'Retry-After': String(decision.retryAfter) });
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return next();
  };
}

function rateHeaders(limit: number, remaining: number, resetAt: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(resetAt),
  };
}

/** The `invalidRecord` fault: which field to drop from the first record of each page. */
interface Breakage<T> {
  active: () => boolean;
  field: keyof T;
}

/** `GET path` (cursor paging) and `GET path/{id}` over one record list. */
function resource<T extends { id: string }>(
  app: Hono,
  path: string,
  items: readonly T[],
  breakage?: Breakage<T>,
): void {
  const byId = indexById(items);
  app.get(path, (c) => {
    const request = parsePageRequest(c.req.query('limit'), c.req.query('cursor'));
    if (!request.ok) return validationError(c, request.field, request.message);
    const page = caspenPage(items, c.req.url, request.offset, request.limit);
    return c.json(breakage?.active() ? { ...page, data: breakFirst(page.data, breakage.field) } : page);
  });
  app.get(`${path}/:id`, (c) => {
    const record = byId.get(c.req.param('id'));
    return record ? c.json(record) : caspenError(c, 404);
  });
}

function validationError(c: Context, field: string, message: string): Response {
  return c.json({ message, errors: { [field]: [message] } }, 422 as ContentfulStatusCode);
}
