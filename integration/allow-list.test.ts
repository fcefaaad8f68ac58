// The allow-list is exactly what the browser sends: each adapter lists, opens an appointment and looks
// up its reference names through the real proxy and the in-process sandbox; every upstream request is
// recorded, and the routes and query keys used must equal the manifests' in both directions.
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../contract/providers.ts';
import { SERVER_PROVIDERS } from '../server/providers/registry.ts';
import { authedGet } from '../server/sandbox/authed-request.ts';
import { SANDBOX_BASE_PATHS } from '../server/sandbox/start-servers.ts';
import { createStack, virtualClock, type Stack } from './support/stack.ts';

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const DAY = 86_400_000;
const WIDE = {
  from: ANCHOR - 200 * DAY,
  to: ANCHOR + 150 * DAY,
};

/** `appointments` or `appointments/:id`, as the manifests spell routes. */
function routeOf(provider: ProviderId, url: URL): string {
  const [collection, id] = url.pathname.slice(SANDBOX_BASE_PATHS[provider].length + 1).split('/');
  return id === undefined ? collection! : `${collection}/:id`;
}

function used(stack: Stack, provider: ProviderId): string[] {
  const keys = new Map<string, Set<string>>();
  for (const call of stack.upstreamCalls.filter((c) => c.provider === provider)) {
    const route = routeOf(provider, call.url);
    const set = keys.get(route) ?? new Set<string>();
    for (const key of call.url.searchParams.keys()) set.add(key);
    keys.set(route, set);
  }
  return [...keys].map(([route, set]) => `${route}?${[...set].sort().join('&')}`).sort();
}

/** The routes the browser may send; those only the mirror reads are proven by its own tests. */
function allowed(provider: ProviderId): string[] {
  return SERVER_PROVIDERS[provider].manifest.routes
    .filter((r) => r.usedBy !== 'mirror')
    .map((r) => `${r.path}?${[...r.query].sort().join('&')}`)
    .sort();
}

// The sandbox's Caspen account has fewer than 100 services, rooms and so on; serving those lists one
// record a page makes the adapter follow `links.next` as it does for an account with more.
async function smallPages(provider: ProviderId, url: URL, stack: () => Stack) {
  const reference = provider === 'caspen' && routeOf(provider, url) !== 'appointments';
  if (!reference || url.searchParams.has('cursor')) return undefined;
  const onePerPage = new URL(url);
  onePerPage.searchParams.set('limit', '1');
  return authedGet(stack().sandbox.apps[provider], provider, onePerPage.href);
}

describe('the allow-list equals what the browser adapters send', () => {
  it.each([...PROVIDER_IDS])('%s: list, detail and reference lookups', async (provider) => {
    const clock = virtualClock(ANCHOR);
    const stack: Stack = createStack({
      clock,
      // More than one list page everywhere, and no pacing waits to sit through.
      sandbox: { anchorMs: ANCHOR, size: 250, caspenRateLimit: { limit: 100_000, windowMs: 60_000 } },
      intercept: (p, url) => smallPages(p, url, () => stack),
    });
    const adapter = stack.adapters[provider];
    const { appointments } = await adapter.listAppointments(WIDE);
    expect(appointments.length).toBeGreaterThan(100);
    await adapter.getAppointment(appointments[0]!.id);

    expect(stack.upstreamCalls.every((c) => c.status === 200)).toBe(true);
    expect(used(stack, provider)).toEqual(allowed(provider));
  });
});
