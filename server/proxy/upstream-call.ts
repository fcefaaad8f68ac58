// One GET to an upstream, bounded by a timeout that also covers reading the body.

/** What the proxy reads of upstream headers (a `Headers` is one). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What the proxy reads of an upstream answer (a `Response` is one). */
export interface UpstreamReply {
  status: number;
  headers: HeaderReader;
  text(): Promise<string>;
}

/**
 * The part of `fetch` the proxy uses for upstream calls. The global `fetch` is one (Workers, Vite, tests);
 * the Node server injects a leaner client on node:http (server/entries/node-upstream-fetch.ts).
 */
export type UpstreamFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<UpstreamReply>;

export type UpstreamOutcome =
  | { kind: 'response'; status: number; headers: HeaderReader; text: string }
  | { kind: 'timeout' }
  | { kind: 'network' };

export async function callUpstream(
  fetchFn: UpstreamFetch,
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<UpstreamOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A race rather than the signal alone: an in-process fetch (a Hono app) may ignore the signal.
  const timeout = new Promise<UpstreamOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, timeoutMs);
  });
  const attempt = async (): Promise<UpstreamOutcome> => {
    try {
      // `redirect: manual`: a redirect must never take the credentials to another origin.
      const response = await fetchFn(url.href, {
        method: 'GET',
        headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      const text = await response.text();
      return { kind: 'response', status: response.status, headers: response.headers, text };
    } catch {
      return { kind: 'network' };
    }
  };
  try {
    return await Promise.race([attempt(), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
