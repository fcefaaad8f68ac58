// The mirror's only way to a provider: the proxy's own forwarding core (allow-list, signing, bounded
// forwarding, link rewriting), called in process under a system identity that may see one provider.
import type { ProxyErrorCode } from '../../contract/proxy-error.ts';
import type { ProviderId } from '../../contract/providers.ts';
import { ProxyRefusal } from '../proxy/errors.ts';
import { forwardRequest, MIRROR_USER_AGENT, type ForwardDeps } from '../proxy/forward.ts';
import { JsonText } from '../proxy/respond.ts';
import type { HeaderValues } from './budget.ts';

export type UpstreamAnswer =
  | { ok: true; body: unknown; headers: HeaderValues }
  | {
      ok: false;
      status: number;
      code: ProxyErrorCode;
      message: string;
      retryAfterS: number | null;
      headers: HeaderValues;
    };

/** One GET of a proxy path (`/api/providers/<provider>/…`), answered as the proxy would answer it. */
export type MirrorUpstream = (path: string) => Promise<UpstreamAnswer>;

// Never dialled: the forwarding core builds the upstream URL from the configured base alone.
const INTERNAL_ORIGIN = 'http://mirror.internal';

export function createForwardUpstream(provider: ProviderId, deps: ForwardDeps): MirrorUpstream {
  const identity = { subject: `mirror:${provider}`, providers: [provider] } as const;
  return async (path) => {
    try {
      const result = await forwardRequest({ method: 'GET', url: `${INTERNAL_ORIGIN}${path}` }, identity, {
        ...deps,
        userAgent: MIRROR_USER_AGENT,
      });
      const headers = lowerCased(result.headers);
      if (result.status >= 200 && result.status < 300) {
        const body =
          result.body instanceof JsonText ? (JSON.parse(result.body.text) as unknown) : result.body;
        return { ok: true, body, headers };
      }
      const error = result.body as { code: ProxyErrorCode; message: string; retryAfter?: number };
      return {
        ok: false,
        status: result.status,
        code: error.code,
        message: error.message,
        retryAfterS: error.retryAfter ?? null,
        headers,
      };
    } catch (error) {
      if (!(error instanceof ProxyRefusal)) throw error;
      const empty = lowerCased({});
      return {
        ok: false,
        status: error.status,
        code: error.code,
        message: error.message,
        retryAfterS: null,
        headers: empty,
      };
    }
  };
}

function lowerCased(headers: Record<string, string>): HeaderValues {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (name) => map.get(name.toLowerCase()) };
}
