// Property: whatever path, query and method a caller sends, the proxy forwards exactly the requests an
// independent reading of the allow-list permits, only to the configured upstream origin, and nothing
// else. The routes are the manifests' (integration/allow-list.test.ts proves they are what the adapters
// send); the oracle below reads them on its own, not through the implementation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { TEST_UPSTREAMS } from './test-support/fake-upstream.ts';
import { testProxy } from './test-support/test-proxy.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const UPSTREAM_URLS: Record<string, string> = TEST_UPSTREAMS;
const ROUTES: Record<string, { base: string; routes: Record<string, readonly string[]> }> =
  Object.fromEntries(
    PROVIDER_IDS.map((id) => {
      const { env, routes } = SERVER_PROVIDERS[id].manifest;
      return [
        id,
        { base: UPSTREAM_URLS[env.url]!, routes: Object.fromEntries(routes.map((r) => [r.path, r.query])) },
      ];
    }),
  );

/** What should reach the upstream for this (normalised) request URL, or null for "nothing". */
function oracle(method: string, url: URL, raw: string): string | null {
  if (method !== 'GET' || raw.length > 2048) return null;
  // eslint-disable-next-line no-control-regex -- the oracle mirrors the agreed rule
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  const match = /^\/api\/providers\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname);
  const route = match ? ROUTES[match[1]!] : undefined;
  if (!match || !route) return null;
  const path = match[3] === undefined ? match[2]! : `${match[2]}/:id`;
  const keys = Object.hasOwn(route.routes, path) ? route.routes[path] : undefined;
  if (!keys) return null;
  const id = match[3]?.replace(/%40/gi, '@');
  if (id !== undefined && (!/^[A-Za-z0-9_.@-]{1,128}$/.test(id) || /^\.+$/.test(id))) return null;
  const seen = new Set<string>();
  for (const [key, value] of url.searchParams) {
    if (!keys.includes(key) || seen.has(key)) return null;
    seen.add(key);
    const numeric = key === 'page' || key === 'limit';
    // eslint-disable-next-line no-control-regex -- the oracle mirrors the agreed rule
    if (numeric ? !/^\d{1,6}$/.test(value) : value.length > 512 || /[\u0000-\u001f\u007f]/.test(value))
      return null;
  }
  const target = new URL(`${route.base}/${match[2]}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`);
  for (const [key, value] of url.searchParams) target.searchParams.append(key, value);
  return target.href;
}

const collections = [
  ...new Set(Object.values(ROUTES).flatMap((r) => Object.keys(r.routes).map((p) => p.split('/')[0]!))),
];
const hostile = [
  '..',
  '.',
  '...',
  '%2e%2e',
  '%2E',
  '.%2e',
  '%2f',
  '%2F',
  '%252f',
  '%252e%252e',
  '%5c',
  '%5C',
  '\\',
  '%0d%0a',
  '%0a',
  '%00',
  '\r\n',
  '\t',
  'https:',
  'http:',
  '',
  '//evil.example',
  'https://evil.example/x',
  'evil.example:443',
  '@evil.example',
  '%40evil.example',
  'a%40b.example',
  ':@',
  'a?b',
  '#',
  '%23',
  '%3F',
  '%3f',
  '~',
  ' ',
  '%20',
  '%C0%AE',
  '%u002e',
  '..;',
  'ｅｖｉｌ',
  '%E2%80%AE',
  'appointments%2F..%2F..',
  '%25',
];
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...collections) },
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.@-]{1,12}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(130)) },
);
const provider = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.keys(ROUTES)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'unknown',
      'CASPEN',
      'caspen.',
      '%63aspen',
      '..',
      '',
      'onlive%2F..',
      'sandbox',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const keyArb = fc.oneof(
  fc.constantFrom('cursor', 'limit', 'page', 'search', 'calendarIds', 'startDate', 'state', 'serviceId'),
  fc.constantFrom('url', 'redirect', 'host', '__proto__', 'Cursor', 'limit[]', 'x-onlive-site-date', ''),
  fc.string({ maxLength: 8 }),
);
const valueArb = fc.oneof(
  fc.constantFrom('1', '100', '0', '-1', '1e3', 'abc', '', '%0d%0a', 'https://evil.example', '../..', '%2F'),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.constant('v'.repeat(600)),
  fc.constant('9'.repeat(2100)),
);
const encodeOrNot = (text: string, encode: boolean) => (encode ? encodeURIComponent(text) : text);
const methodArb = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'POST', 'DELETE', 'HEAD');
const hostileRequest = fc.record({
  method: methodArb,
  provider,
  segments: fc.array(segment, { minLength: 0, maxLength: 4 }),
  query: fc.array(fc.tuple(keyArb, valueArb, fc.boolean()), { maxLength: 4 }),
  prefix: fc.constantFrom(
    '/api/providers/',
    '/api/providers/',
    '/api/providers//',
    '/api/provider/',
    '//api/providers/',
  ),
});
// Near-valid requests: a real route, mostly GET, mostly allowed keys and values, so the property also
// covers the boundary between allowed and refused rather than only obvious garbage.
const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
const safeId = chars('abcXYZ019_.@-', 1, 40);
const routeArb = fc.constantFrom(
  ...Object.entries(ROUTES).flatMap(([p, r]) =>
    Object.entries(r.routes).map(([path, keys]) => ({
      p,
      c: path.split('/')[0]!,
      item: path.endsWith('/:id'),
      keys,
    })),
  ),
);
const idArb = fc.oneof({ weight: 4, arbitrary: safeId }, fc.constantFrom(...hostile));
const nearValidRequest = routeArb.chain(({ p, c, item, keys }) =>
  fc.record({
    method: fc.oneof({ weight: 9, arbitrary: fc.constant('GET') }, { weight: 1, arbitrary: methodArb }),
    provider: fc.constant(p),
    segments: fc
      // Mostly the route's own shape (an id on item routes only), sometimes the other one.
      .tuple(
        fc.constant(c),
        item
          ? fc.option(idArb, { freq: 8 })
          : fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: idArb }),
      )
      .map(([first, id]) => (id === null ? [first] : [first, id])),
    query: fc.array(
      fc.tuple(
        keys.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, keyArb) : keyArb,
        fc.oneof({ weight: 4, arbitrary: chars('0123456789', 1, 3) }, chars('aZ09 :.-', 0, 16), valueArb),
        fc.boolean(),
      ),
      { maxLength: 3 },
    ),
    prefix: fc.constant('/api/providers/'),
  }),
);
const requestArb = fc.oneof(
  { weight: 1, arbitrary: hostileRequest },
  { weight: 2, arbitrary: nearValidRequest },
);

describe('allow-list property fuzz', () => {
  it('forwards exactly what the allow-list permits, only to the configured origin (>= 2,000 runs)', async () => {
    // The staff rate limit is not under test here.
    const { app, calls } = testProxy({ env: { RATE_LIMIT_BURST: '1000000' } });
    const origins = new Set(Object.values(ROUTES).map((r) => new URL(r.base).origin));
    let forwarded = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const search = r.query
          .map(([k, v, enc]) => `${encodeOrNot(k, enc)}=${encodeOrNot(v, enc)}`)
          .join('&');
        const raw = `${ORIGIN}${r.prefix}${r.provider}/${r.segments.join('/')}${search ? `?${search}` : ''}`;
        let request: Request;
        try {
          request = new Request(raw, { method: r.method });
        } catch {
          return; // not a URL any client could send
        }
        const before = calls.length;
        const response = await app.fetch(request);
        const made = calls.slice(before);
        const expected = oracle(r.method, new URL(request.url), request.url);
        expect(made.map((c) => c.url)).toEqual(expected === null ? [] : [expected]);
        for (const call of made) {
          expect(origins.has(new URL(call.url).origin)).toBe(true);
          expect(call.method).toBe('GET');
        }
        if (expected === null) expect(response.status).toBeGreaterThanOrEqual(400);
        else forwarded += 1;
      }),
      { numRuns: 2500, seed: 20250526 },
    );
    // The generator must reach the allowed space too, or the property would be vacuous.
    expect(forwarded).toBeGreaterThan(300);
  });
});
