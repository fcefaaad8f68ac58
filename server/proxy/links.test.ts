import { describe, expect, it } from 'vitest';
import { mayContainLinks, rewriteLinks } from './links.ts';

describe('rewriteLinks', () => {
  it("rewrites Caspen's absolute links.next/prev to same-origin proxy URLs (caspen.md, Pagination)", () => {
    const body = {
      data: [{ id: 'app_1', note: 'https://api.caspen.com/elsewhere' }],
      links: { prev: null, next: 'https://api.caspen.com/v1/clients?cursor=eyJ0eXBlIjoiY3Vyc29yIiwgLi4u' },
    };
    expect(rewriteLinks(body, 'https://api.caspen.com/v1', '/api/providers/caspen')).toEqual({
      data: [{ id: 'app_1', note: 'https://api.caspen.com/elsewhere' }],
      links: { prev: null, next: '/api/providers/caspen/clients?cursor=eyJ0eXBlIjoiY3Vyc29yIiwgLi4u' },
    });
  });

  it('matches the configured origin exactly, ports included', () => {
    const body = {
      links: { next: 'http://127.0.0.1:4101/v1/appointments?cursor=c2', prev: 'http://127.0.0.1:9999/v1/x' },
    };
    expect(rewriteLinks(body, 'http://127.0.0.1:4101/v1', '/api/providers/caspen')).toEqual({
      links: { next: '/api/providers/caspen/appointments?cursor=c2', prev: 'http://127.0.0.1:9999/v1/x' },
    });
  });

  it("rewrites Appointment.one's host-relative hrefs anywhere in the body", () => {
    const body = {
      appointments: [
        {
          id: '96e2',
          subject: '/api/v1/not-a-link',
          links: [
            { rel: 'self', href: '/api/v1/appointment/96e2', verbs: ['GET', 'DELETE'] },
            { rel: 'event', href: '/api/v1/event/15min', verbs: ['GET'] },
          ],
        },
      ],
      links: [
        { rel: 'next', href: '/api/v1/appointment?page=2', verbs: ['GET'] },
        { rel: 'x', href: '//evil.example/api/v1/a' },
      ],
    };
    const out = rewriteLinks(
      body,
      'https://www.appointment.one/api/v1',
      '/api/providers/appointment-one',
    ) as typeof body;
    expect(out.appointments[0]!.links.map((l) => l.href)).toEqual([
      '/api/providers/appointment-one/appointment/96e2',
      '/api/providers/appointment-one/event/15min',
    ]);
    expect(out.appointments[0]!.subject).toBe('/api/v1/not-a-link');
    expect(out.links.map((l) => l.href)).toEqual([
      '/api/providers/appointment-one/appointment?page=2',
      '//evil.example/api/v1/a',
    ]);
  });
});

describe('mayContainLinks', () => {
  it('lets a body without the upstream host or an href skip the walk', () => {
    expect(
      mayContainLinks('{"items":[{"id":"a","title":"x"}],"total":1}', 'https://openapi.onlive.site/api/v1'),
    ).toBe(false);
  });

  it('sees the upstream host in any case, and any href', () => {
    expect(
      mayContainLinks('{"links":{"next":"HTTPS://API.CASPEN.COM/v1/x"}}', 'https://api.caspen.com/v1'),
    ).toBe(true);
    expect(
      mayContainLinks(
        '{"links":[{"rel":"next","href":"/api/v1/appointment?page=2"}]}',
        'https://www.appointment.one/api/v1',
      ),
    ).toBe(true);
  });
});

describe('rewriteLinks in place', () => {
  it('keeps a __proto__ key as data and never touches the prototype', () => {
    const body = JSON.parse(
      '{"__proto__":{"polluted":true},"links":{"next":"https://api.caspen.com/v1/a?cursor=1"}}',
    );
    const out = rewriteLinks(body, 'https://api.caspen.com/v1', '/api/providers/caspen') as Record<
      string,
      unknown
    >;
    expect(out.links).toEqual({ next: '/api/providers/caspen/a?cursor=1' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
