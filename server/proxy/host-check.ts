// DNS rebinding defence: a page on attacker.example whose name is re-pointed at 127.0.0.1 reaches this
// server with `Host: attacker.example`. Only loopback names and the configured public host names are
// answered; anything else is refused before any routing, on every path.
import type { MiddlewareHandler } from 'hono';
import { isLoopbackHost } from './env-values.ts';
import { errorBody } from './errors.ts';
import { API_RESPONSE_HEADERS } from './respond.ts';

/** The host name of a Host header value (`name`, `name:port`, `[v6]:port`), lower case, or null. */
export function hostNameOf(host: string): string | null {
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(host.trim());
  return match?.[1] ? match[1].toLowerCase().replace(/\.$/, '') : null;
}

export function isAllowedHost(host: string | null | undefined, publicHosts: readonly string[]): boolean {
  const name = host ? hostNameOf(host) : null;
  return name !== null && (isLoopbackHost(name) || publicHosts.includes(name));
}

/** 421 Misdirected Request: this server is not the one that name belongs to. */
export function misdirected(): Response {
  const body = errorBody(null, 421, 'forbidden', 'This server does not answer for that host name');
  return new Response(JSON.stringify(body), { status: 421, headers: API_RESPONSE_HEADERS });
}

/**
 * Both the Host header and the host of the request URL must be allowed: they differ for an
 * absolute-form request target (`GET http://other/ HTTP/1.1`), and in-process requests have no header.
 */
export function isAllowedRequest(request: Request, publicHosts: readonly string[]): boolean {
  const header = request.headers.get('host');
  return (
    (header === null || isAllowedHost(header, publicHosts)) &&
    isAllowedHost(new URL(request.url).host, publicHosts)
  );
}

export function hostCheck(publicHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!isAllowedRequest(c.req.raw, publicHosts)) return misdirected();
    await next();
  };
}
