import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { ALLOW_LIST, checkAllowList } from './allow-list.ts';
import { ProxyRefusal } from './errors.ts';
import { parseProxyTarget } from './request-guard.ts';
import { UPSTREAMS } from './upstreams.ts';

const origin = 'http://127.0.0.1:5173';

function refusal(run: () => unknown): { status: number; code: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ProxyRefusal) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('expected a refusal');
}

function check(path: string) {
  const target = parseProxyTarget(`${origin}${path}`);
  return checkAllowList(target.provider, target.segments, target.query);
}

describe('provider registry', () => {
  it('has an upstream and an allow-list for every provider id', () => {
    for (const id of PROVIDER_IDS) {
      expect(UPSTREAMS[id].credentialVars.length).toBeGreaterThan(0);
      expect(ALLOW_LIST[id].length).toBeGreaterThan(0);
    }
  });
});

describe('parseProxyTarget', () => {
  it('splits provider and segments and decodes %40 only', () => {
    expect(
      parseProxyTarget(`${origin}/api/providers/appointment-one/calendar/test1%40example.com`),
    ).toMatchObject({
      provider: 'appointment-one',
      segments: ['calendar', 'test1@example.com'],
    });
  });

  it.each([
    ['/api/providers/unknown/appointments', 404],
    ['/api/providers/', 404],
    ['/api/other', 404],
    ['/api/providers/caspen', 400],
    ['/api/providers/caspen/', 400],
    ['/api/providers/caspen//evil.example/x', 400],
    ['/api/providers/caspen/https:/evil.example', 400],
    // URL parsing resolves %2e%2e as `..` before the proxy sees it; what is left names no provider.
    ['/api/providers/caspen/%2e%2e/secret', 404],
    ['/api/providers/caspen/appointments%2F..%2Fadmin', 400],
    ['/api/providers/caspen/appointments/%252e%252e', 400],
    ['/api/providers/caspen/appointments/a%0d%0aX-Injected:1', 400],
    ['/api/providers/caspen/appointments/..', 400],
    ['/api/providers/caspen/appointments/...', 400],
    ['/api/providers/caspen/appoint ments', 400],
  ])('refuses %s with %i', (path, status) => {
    expect(refusal(() => parseProxyTarget(`${origin}${path}`)).status).toBe(status);
  });

  it('refuses oversized URLs with 414', () => {
    expect(
      refusal(() =>
        parseProxyTarget(`${origin}/api/providers/caspen/appointments?cursor=${'a'.repeat(2100)}`),
      ),
    ).toEqual({
      status: 414,
      code: 'bad-request',
    });
  });

  it('refuses raw control characters and backslashes before URL parsing can hide them', () => {
    expect(
      refusal(() => parseProxyTarget(`${origin}/api/providers/caspen/appointments\r\nHost: x`)).status,
    ).toBe(400);
    expect(refusal(() => parseProxyTarget(`${origin}/api/providers/caspen\\..\\x`)).status).toBe(400);
  });
});

describe('checkAllowList', () => {
  it('accepts the documented read paths with their query keys', () => {
    expect(check('/api/providers/caspen/appointments?cursor=abc&limit=100')).toMatchObject({
      segments: ['appointments'],
      query: [
        ['cursor', 'abc'],
        ['limit', '100'],
      ],
      label: 'caspen appointments',
    });
    expect(check('/api/providers/caspen/appointments/app_01HQ').label).toBe('caspen appointments/:id');
    expect(check('/api/providers/appointment-one/appointment?page=2').label).toBe(
      'appointment-one appointment',
    );
    expect(
      check('/api/providers/onlive/appointments?startDate=2025-01-01&endDate=2025-01-31&page=1&limit=100')
        .query,
    ).toEqual([
      ['startDate', '2025-01-01'],
      ['endDate', '2025-01-31'],
      ['page', '1'],
      ['limit', '100'],
    ]);
    expect(check('/api/providers/onlive/user-groups?page=1&limit=20').label).toBe('onlive user-groups');
  });

  it.each([
    ['/api/providers/caspen/appointments/x/notes', 404],
    ['/api/providers/caspen/invoices', 404],
    ['/api/providers/appointment-one/appointments', 404],
    ['/api/providers/onlive/availabilities', 404],
    ['/api/providers/caspen/appointments?status=pending', 400],
    ['/api/providers/caspen/appointments?limit=1&limit=2', 400],
    ['/api/providers/caspen/appointments?limit=ten', 400],
    ['/api/providers/caspen/appointments/app_1?cursor=x', 400],
    ['/api/providers/appointment-one/event/15min?page=1', 400],
    // Routes and keys neither the browser adapters nor the mirror send.
    // (`rooms/:id` and the other reference items are the mirror's, for a new booking's names.)
    ['/api/providers/caspen/cancellation-reasons/cnr_01HQ', 404],
    ['/api/providers/appointment-one/calendar', 404],
    ['/api/providers/onlive/appointments?search=Test+Drive', 400],
    ['/api/providers/onlive/appointments?calendarIds=a&calendarIds=b', 400],
    ['/api/providers/onlive/appointments?state=pending', 400],
    ['/api/providers/onlive/appointments?serviceId=s&userGroupId=u', 400],
    ['/api/providers/onlive/user-groups?search=x', 400],
    ['/api/providers/onlive/appointments?search=a%0Ab', 400],
    ['/api/providers/onlive/appointments/' + 'a'.repeat(129), 400],
  ])('refuses %s with %i', (path, status) => {
    expect(refusal(() => check(path)).status).toBe(status);
  });
});
