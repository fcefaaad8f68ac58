// Reads a fake's appointment list over HTTP the way a client pages through it, for tests that check
// where a run-time booking is served.
import type { Hono } from 'hono';
import type { ProviderId } from '../../../contract/providers.ts';
import { authedGet } from '../authed-request.ts';

const ORIGIN = 'http://sandbox.test';

interface Page {
  items: { id: string }[];
  next: string | null;
}

// The first page and how the next one is found, per provider notes ("Pagination").
const LISTS: Record<
  ProviderId,
  { first: (fromMs: number, toMs: number) => string; page: (body: unknown, url: URL) => Page }
> = {
  caspen: {
    first: () => '/v1/appointments?limit=100',
    page: (body) => {
      const b = body as { data: { id: string }[]; links: { next: string | null } };
      return { items: b.data, next: b.links.next };
    },
  },
  'appointment-one': {
    first: () => '/api/v1/appointment',
    page: (body) => {
      const b = body as { appointments: { id: string }[]; links: { rel: string; href: string }[] };
      return { items: b.appointments, next: b.links.find((l) => l.rel === 'next')?.href ?? null };
    },
  },
  onlive: {
    first: (fromMs, toMs) =>
      `/api/v1/appointments?startDate=${new Date(fromMs).toISOString()}&endDate=${new Date(toMs).toISOString()}&limit=100&page=1`,
    page: (body, url) => {
      const b = body as { items: { id: string }[]; currentPage: number; totalPages: number };
      if (b.currentPage >= b.totalPages) return { items: b.items, next: null };
      url.searchParams.set('page', String(b.currentPage + 1));
      return { items: b.items, next: url.href };
    },
  },
};

/** Every appointment the fake lists, in its order (ONLIVE.SITE: those in the window). */
export async function servedList(
  app: Hono,
  provider: ProviderId,
  window: { fromMs: number; toMs: number; nowMs: number },
): Promise<unknown[]> {
  const list = LISTS[provider];
  const items: unknown[] = [];
  for (let next: string | null = list.first(window.fromMs, window.toMs); next !== null;) {
    const url = new URL(next, ORIGIN);
    const response = await authedGet(app, provider, url.href, { nowMs: window.nowMs });
    if (response.status !== 200) throw new Error(`${provider} ${url.pathname}: ${response.status}`);
    const page = list.page(await response.json(), url);
    items.push(...page.items);
    next = page.next;
  }
  return items;
}
