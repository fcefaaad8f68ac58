// The mirror's routes, behind the proxy's staff authentication and per-provider claims (the app's
// middleware sets `staff`):
// - `GET /api/mirror/<provider>/appointments?from=<ms>&to=<ms>`: one provider's window from the store;
// - `GET /api/mirror/<provider>/appointments/<id>`: one appointment read live through the forwarding
//   core, written back to the store and answered with the names it points at (item-response.ts), or
//   forgotten when the provider says 404 (the proxy's own answer, then).
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { isProviderId, PROVIDER_LABELS, type ProviderId } from '../../contract/providers.ts';
import { MAX_WINDOW_MS } from '../../contract/window-response.ts';
import { ProxyRefusal } from '../proxy/errors.ts';
import type { ForwardResult } from '../proxy/forward.ts';
import { JsonText, type Respond } from '../proxy/respond.ts';
import type { StaffIdentity } from '../proxy/staff-auth.ts';
import type { MirrorReader } from './mirror.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';

/** What the proxy app's middleware provides through Hono's typed context. */
export interface MirrorRouteVariables {
  staff: StaffIdentity;
  provider: ProviderId | null;
  route: string;
}

export interface MirrorRouteDeps {
  reader: MirrorReader;
  respond: Respond;
  /** The proxy's forwarding core for a proxy URL, under the staff member's own identity. */
  forward: (url: string, staff: StaffIdentity) => Promise<ForwardResult>;
}

type MirrorContext = Context<{ Variables: MirrorRouteVariables }>;

const instant = z.coerce.number().int().min(0).max(8.64e15);
const windowQuery = z
  .object({ from: instant, to: instant })
  .refine((q) => q.to > q.from, 'to must be after from')
  .refine((q) => q.to - q.from <= MAX_WINDOW_MS, `a window spans at most ${MAX_WINDOW_MS / 86_400_000} days`);

/** The provider named by the route, once the staff member may see it. */
function allowedProvider(c: MirrorContext, route: string): ProviderId {
  c.set('route', route);
  const provider = c.req.param('provider') ?? '';
  if (!isProviderId(provider)) throw new ProxyRefusal(404, 'not-found', 'Unknown provider');
  c.set('provider', provider);
  if (!c.var.staff.providers.includes(provider))
    throw new ProxyRefusal(403, 'forbidden', `You do not have access to ${PROVIDER_LABELS[provider]}`);
  return provider;
}

const notEnabled = (provider: ProviderId) =>
  new ProxyRefusal(404, 'not-found', `${PROVIDER_LABELS[provider]} is not enabled on this server`);

export function createMirrorRoutes(deps: MirrorRouteDeps): Hono<{ Variables: MirrorRouteVariables }> {
  const routes = new Hono<{ Variables: MirrorRouteVariables }>();

  routes.get('/:provider/appointments', async (c) => {
    const provider = allowedProvider(c, 'mirror window');
    const query = windowQuery.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!query.success)
      throw new ProxyRefusal(
        400,
        'bad-request',
        `The window is not valid: ${query.error.issues[0]?.message}`,
      );
    const { from, to } = query.data;
    const text = await deps.reader.windowText(provider, from, to);
    if (text === null) throw notEnabled(provider);
    return deps.respond(200, new JsonText(text));
  });

  routes.get('/:provider/appointments/:id', async (c) => {
    const provider = allowedProvider(c, 'mirror appointment');
    const id = c.req.param('id');
    // The proxy's own checks (ids, allow-list, signing) apply: this is a live read like any other.
    const result = await deps.forward(
      `http://mirror.internal${SERVER_PROVIDERS[provider].sync.item(id)}`,
      c.var.staff,
    );
    c.set('route', `mirror ${result.label}`);
    if (result.status === 200) {
      const text = result.body instanceof JsonText ? result.body.text : JSON.stringify(result.body);
      const refs = await deps.reader.record(provider, id, JSON.parse(text) as unknown);
      // The provider's answer as it came, beside the names it points at (contract/item-response.ts).
      const item = `{"provider":${JSON.stringify(provider)},"record":${text},"refs":${refs ?? '{}'}}`;
      return deps.respond(200, new JsonText(item), result.headers);
    }
    if (result.status === 404) await deps.reader.record(provider, id, null);
    return deps.respond(result.status, result.body, result.headers);
  });
  return routes;
}
