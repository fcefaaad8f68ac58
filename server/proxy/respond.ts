// Every /api response is built here: JSON, never cached, never sniffed, and scrubbed of every
// configured credential whatever an upstream may have echoed back.
import { createScrubber } from './scrub.ts';

export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** A body that is already JSON text (validated upstream JSON with nothing to rewrite): sent as is. */
export class JsonText {
  constructor(readonly text: string) {}
}

export type Respond = (status: number, body: unknown, headers?: Record<string, string>) => Response;

export function createResponder(secrets: readonly string[]): Respond {
  const scrub = createScrubber(secrets);
  return (status, body, headers = {}) => {
    const extra = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, scrub(value)]));
    const text = body instanceof JsonText ? body.text : JSON.stringify(body);
    return new Response(scrub(text), {
      status,
      headers: { ...extra, ...API_RESPONSE_HEADERS },
    });
  };
}
