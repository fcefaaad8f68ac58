// Property: whatever an upstream echoes and wherever (messages of any length, bodies, links, headers),
// no prefix or suffix of a configured secret longer than 6 characters reaches a response.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testProxy } from './test-support/test-proxy.ts';

const MIN_FRAGMENT = 7;
// Filler that cannot form part of a secret: the two alphabets share no character.
const FILLER = fc.constantFrom(' ', '.', '!', '|', '*', 'é', '—');
// Lengths drawn uniformly (fast-check favours short strings), so cuts at any position are tried.
const filler = (max: number) =>
  fc.nat({ max }).chain((length) => fc.string({ unit: FILLER, minLength: length, maxLength: length }));
const secret = fc.stringMatching(/^[A-Za-z0-9_+/=-]{8,64}$/);

const PATHS = {
  caspen: '/api/providers/caspen/appointments',
  'appointment-one': '/api/providers/appointment-one/appointment',
  onlive: '/api/providers/onlive/appointments?page=1',
} as const;

/** Every form in which a fragment could be read back: raw, and as a URL or JSON would carry it. */
function fragments(value: string): string[] {
  const forms = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
  return forms.flatMap((form) => [form.slice(0, MIN_FRAGMENT), form.slice(-MIN_FRAGMENT)]);
}

describe('secret scrubbing', () => {
  it('lets no prefix or suffix of a secret longer than 6 characters through', async () => {
    await fc.assert(
      fc.asyncProperty(
        secret,
        fc.constantFrom(...(Object.keys(PATHS) as (keyof typeof PATHS)[])),
        fc.constantFrom(200, 400, 401, 404, 422, 429, 500, 503),
        filler(400),
        filler(40),
        fc.constantFrom('message', 'error', 'nested', 'data', 'link', 'header'),
        async (token, provider, status, before, after, where) => {
          const echo = `${before}${token}${after}`;
          const body: Record<string, unknown> = { data: [] };
          if (where === 'message') body.message = echo;
          if (where === 'error') body.error = echo;
          if (where === 'nested') body.error = { message: echo };
          if (where === 'data') body.data = [{ note: echo }];
          if (where === 'link')
            body.links = {
              next: `https://api.caspen.test/v1/appointments?cursor=${encodeURIComponent(echo)}`,
            };
          const { app } = testProxy({
            env: { CASPEN_API_TOKEN: token, APPOINTMENT_ONE_API_KEY: token, ONLIVE_SECRET_ACCESS_KEY: token },
            script: () =>
              Response.json(body, {
                status,
                headers:
                  where === 'header'
                    ? { 'retry-after': echo.slice(0, 64), 'x-ratelimit-remaining': token }
                    : {},
              }),
          });
          const response = await app.request(PATHS[provider]);
          const seen = `${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await response.text()}`;
          for (const fragment of fragments(token)) expect(seen).not.toContain(fragment);
        },
      ),
      { numRuns: 300 },
    );
  });
});
