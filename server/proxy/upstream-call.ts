// One GET to an upstream, bounded by a timeout that also covers reading the body.

export type UpstreamOutcome =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'timeout' }
  | { kind: 'network' };

export async function callUpstream(
  fetchFn: typeof fetch,
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
