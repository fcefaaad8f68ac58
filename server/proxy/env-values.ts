// zod building blocks for environment variables. Messages never echo the value: it may be a secret.
import { z } from 'zod';

/**
 * `.env` files often hold `NAME=` for "not set": blank counts as absent. Worker vars may be any JSON
 * value: a number or boolean means its text (`RATE_LIMIT_BURST = 5`), a list of them its items
 * separated by commas; an object is refused rather than ignored.
 */
function asText(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))
    return value.join(',');
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

export const optionalText = z.preprocess(
  asText,
  z.string({ error: 'must be a string, number, boolean or a list of them' }).trim().max(4096).optional(),
);

export function wholeNumber(fallback: number, min: number, max: number) {
  return optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
    return z.NEVER;
  });
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * An upstream or JWKS URL: https, or plain http only on loopback (the sandbox), because credentials
 * travel with every request. No userinfo, query or fragment. Returned without a trailing slash.
 */
export function serviceUrl(fallback?: string) {
  return optionalText.transform((value, ctx) => {
    const raw = value ?? fallback;
    if (raw === undefined) return undefined;
    const problem = serviceUrlProblem(raw);
    if (problem === null) return raw.replace(/\/+$/, '');
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });
}

function serviceUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!secure) return 'must use https (plain http is accepted only for 127.0.0.1, ::1 or localhost)';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    return 'must not contain a query or fragment';
  return null;
}

/**
 * Comma-separated host names (no scheme, port or path), lower-cased. Each is a DNS name or an IP
 * address literal; `*` and other patterns are refused: the point is a closed list.
 */
export const hostList = optionalText.transform((value, ctx) => {
  const hosts = (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.filter(
    (h) =>
      !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$|^\[[0-9a-f:.]+\]$/.test(
        h,
      ),
  );
  if (bad.length === 0) return hosts.map((h) => h.replace(/\.$/, ''));
  ctx.addIssue({
    code: 'custom',
    message: 'must be host names separated by commas (no scheme, port, path or *)',
  });
  return z.NEVER;
});
