// Turns the browser's request URL into a provider and plain path segments, or refuses it. The rules
// are deliberately narrow: the path may carry only letters, digits, `_ - . @` (and `%40` for `@`), so
// traversal, encoded or double-encoded slashes and dots, CR/LF, absolute and protocol-relative URLs
// cannot be expressed at all.
import { PROVIDERS_PATH } from '../../contract/api-paths.ts';
import { isProviderId, type ProviderId } from '../../contract/providers.ts';
import { ProxyRefusal } from './errors.ts';

export const MAX_URL_LENGTH = 2048;

export interface ProxyTarget {
  provider: ProviderId;
  /** Decoded path segments below `/api/providers/<provider>/`. */
  segments: string[];
  query: URLSearchParams;
}

/** Throws a ProxyRefusal when the URL is not a well-formed `/api/providers/<provider>/<path>`. */
export function parseProxyTarget(rawUrl: string): ProxyTarget {
  if (rawUrl.length > MAX_URL_LENGTH)
    throw new ProxyRefusal(414, 'bad-request', 'The request URL is too long');
  // eslint-disable-next-line no-control-regex -- control characters and backslashes are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(rawUrl))
    throw new ProxyRefusal(400, 'bad-request', 'The request URL contains forbidden characters');
  const url = new URL(rawUrl);
  const prefix = `${PROVIDERS_PATH}/`;
  if (!url.pathname.startsWith(prefix)) throw new ProxyRefusal(404, 'not-found', 'Unknown API path');
  const [provider = '', ...rest] = url.pathname.slice(prefix.length).split('/');
  if (!isProviderId(provider)) throw new ProxyRefusal(404, 'not-found', 'Unknown provider');
  if (rest.length === 0 || rest.some((segment) => segment === ''))
    throw new ProxyRefusal(400, 'bad-request', 'The path must not be empty or contain empty segments');
  return { provider, segments: rest.map(decodeSegment), query: url.searchParams };
}

function decodeSegment(segment: string): string {
  // Appointment.one calendar ids are e-mails and the docs say to URL-encode the `@`; nothing else may
  // be encoded, which rules out double encoding (`%252F`) and encoded separators (`%2F`, `%2E`).
  const decoded = segment.replace(/%40/gi, '@');
  if (decoded.includes('%'))
    throw new ProxyRefusal(
      400,
      'bad-request',
      'Percent-encoded characters other than %40 are not accepted in the path',
    );
  if (!/^[A-Za-z0-9_.@-]+$/.test(decoded) || /^\.+$/.test(decoded))
    throw new ProxyRefusal(400, 'bad-request', 'The path contains characters that are not accepted');
  return decoded;
}
