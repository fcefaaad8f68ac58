import { describe, expect, it } from 'vitest';
import vectors from './fixtures/signing-vectors.json' with { type: 'json' };
import { canonicalPath, canonicalQuery, canonicalRequest, stringToSign } from './canonical.ts';
import { formatOnliveDate, onliveAuthHeaders, parseOnliveDate, signOnlive, verifyOnlive } from './signer.ts';

type Vector = (typeof vectors)[number];
const parts = (v: Vector) => ({
  method: v.method,
  path: v.path,
  query: v.query as [string, string][],
  host: v.host,
  date: v.date,
});
const credentials = (v: Vector) => ({ accessKeyId: v.accessKeyId, secret: v.secret });

describe('ONLIVE.SITE signing golden vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s reproduces every field', async (_name, v) => {
    const canonical = await canonicalRequest(parts(v));
    expect(canonical).toBe(v.canonicalRequest);
    expect(await stringToSign(v.date, canonical)).toBe(v.stringToSign);
    const signed = await signOnlive(parts(v), credentials(v));
    expect(signed.signature).toBe(v.signature);
    expect(signed.authorization).toBe(v.authorization);
  });

  it.each(vectors.map((v) => [v.name, v] as const))(
    '%s verifies, and fails when tampered',
    async (_name, v) => {
      const now = parseOnliveDate(v.date)!;
      const lookup = (id: string) => (id === v.accessKeyId ? v.secret : undefined);
      const received = { ...parts(v), authorization: v.authorization };
      expect(await verifyOnlive(received, lookup, now)).toEqual({ ok: true, accessKeyId: v.accessKeyId });
      const tampered = { ...received, query: [...received.query, ['page', '2'] as [string, string]] };
      expect(await verifyOnlive(tampered, lookup, now)).toEqual({ ok: false, reason: 'bad-signature' });
      expect(await verifyOnlive({ ...received, host: 'evil.example' }, lookup, now)).toMatchObject({
        ok: false,
      });
    },
  );
});

describe('verification rules', () => {
  const v = vectors[0]!;
  const now = parseOnliveDate(v.date)!;
  const lookup = (id: string) => (id === v.accessKeyId ? v.secret : undefined);
  const received = { ...parts(v), authorization: v.authorization };

  it('accepts up to 15 minutes of skew either way and rejects beyond', async () => {
    const minute = 60_000;
    expect((await verifyOnlive(received, lookup, now + 15 * minute)).ok).toBe(true);
    expect((await verifyOnlive(received, lookup, now - 15 * minute)).ok).toBe(true);
    expect(await verifyOnlive(received, lookup, now + 15 * minute + 1000)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyOnlive(received, lookup, now - 16 * minute)).toEqual({ ok: false, reason: 'expired' });
  });

  it('names each kind of failure', async () => {
    expect(await verifyOnlive({ ...received, authorization: null }, lookup, now)).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await verifyOnlive({ ...received, authorization: 'Bearer x' }, lookup, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyOnlive({ ...received, date: '2025-05-26' }, lookup, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await verifyOnlive(received, () => undefined, now)).toEqual({ ok: false, reason: 'unknown-key' });
    const wrongSecret = () => 'another-secret';
    expect(await verifyOnlive(received, wrongSecret, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('signs a URL the way it is sent, ports and encoding included', async () => {
    const url = new URL(
      'http://127.0.0.1:8787/api/v1/appointments?search=Test%20Drive&calendarIds=b-cal&calendarIds=a-cal',
    );
    const headers = await onliveAuthHeaders(
      { method: 'GET', url },
      credentials(vectors[2]!),
      parseOnliveDate('20251231T235959Z')!,
    );
    expect(headers).toEqual({
      'x-onlive-site-date': '20251231T235959Z',
      authorization: vectors[2]!.authorization,
    });
  });
});

describe('canonical pieces', () => {
  it('formats and parses the date stamp', () => {
    expect(formatOnliveDate(Date.UTC(2025, 4, 26, 14, 30, 22, 999))).toBe('20250526T143022Z');
    expect(parseOnliveDate('20250526T143022Z')).toBe(Date.UTC(2025, 4, 26, 14, 30, 22));
    expect(parseOnliveDate('20251332T000000Z')).toBeNull();
  });

  it('encodes per RFC 3986 and sorts by key then value', () => {
    expect(
      canonicalQuery([
        ['b', "it's (a) *test*!"],
        ['a', 'ü ~'],
        ['a', 'Z'],
      ]),
    ).toBe('a=%C3%BC%20~&a=Z&b=it%27s%20%28a%29%20%2Atest%2A%21');
    expect(canonicalQuery([])).toBe('');
  });

  it('decodes each path segment once and re-encodes it', () => {
    expect(canonicalPath('/api/v1/calendar/test1%40example.com')).toBe(
      '/api/v1/calendar/test1%40example.com',
    );
    expect(canonicalPath('/a b/%2541')).toBe('/a%20b/%2541');
  });
});
