// An injected fetch for proxy tests: records every call the proxy makes and answers with a scripted
// response, so a test can prove what was (or was not) sent upstream.

export interface RecordedCall {
  url: string;
  headers: Headers;
  method: string;
}

export type Script = (url: URL) => Response | Promise<Response>;

export function recordingFetch(script: Script = () => Response.json({ data: [] })) {
  const calls: RecordedCall[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({ url: request.url, headers: request.headers, method: request.method });
    return script(new URL(request.url));
  }) as typeof fetch;
  return { fetch: fetchFn, calls };
}

/** Test credentials: long, distinctive values so a leak is unmistakable. */
export const TEST_SECRETS = {
  CASPEN_API_TOKEN: 'caspen-token-6f1d0c7e9b2a4c33',
  APPOINTMENT_ONE_API_KEY: 'a1-key-2b7e151628aed2a6abf71588',
  ONLIVE_ACCESS_KEY_ID: 'AKONLIVETEST7Q2W',
  ONLIVE_SECRET_ACCESS_KEY: 'onlive-secret/9x8y7z+w6v5u4t==',
} as const;

export const TEST_UPSTREAMS = {
  CASPEN_API_URL: 'https://api.caspen.test/v1',
  APPOINTMENT_ONE_API_URL: 'https://www.appointment-one.test/api/v1',
  ONLIVE_API_URL: 'https://openapi.onlive.test/api/v1',
} as const;

/** The public host name the test proxies answer besides loopback. */
export const TEST_PUBLIC_HOST = 'frontdesk.test';
