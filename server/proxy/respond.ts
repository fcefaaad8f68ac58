// Every /api response is built here: JSON, never cached, never sniffed, and scrubbed of every
// configured credential whatever an upstream may have echoed back.
import { utf8Text } from './body-limit.ts';
import { createByteScrubber, createScrubber } from './scrub.ts';

export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * A body that is already JSON text (validated upstream JSON with nothing to rewrite): sent as is. An
 * upstream body stays the UTF-8 bytes it arrived as and is only decoded if someone reads `text`.
 */
export class JsonText {
  #text: string | undefined;
  readonly bytes: Uint8Array | undefined;

  constructor(content: string | Uint8Array) {
    if (typeof content === 'string') this.#text = content;
    else this.bytes = content;
  }

  get text(): string {
    this.#text ??= utf8Text(this.bytes ?? new Uint8Array(0));
    return this.#text;
  }
}

export type Respond = (status: number, body: unknown, headers?: Record<string, string>) => Response;

export function createResponder(secrets: readonly string[]): Respond {
  const scrub = createScrubber(secrets);
  const scrubBytes = createByteScrubber(secrets);
  return (status, body, headers = {}) => {
    const extra = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, scrub(value)]));
    const init = { status, headers: { ...extra, ...API_RESPONSE_HEADERS } };
    if (body instanceof JsonText && body.bytes !== undefined) {
      // Bytes read off a socket: never a SharedArrayBuffer, which is all BodyInit rules out.
      return new Response(scrubBytes(body.bytes) as Uint8Array<ArrayBuffer>, init);
    }
    return new Response(scrub(body instanceof JsonText ? body.text : JSON.stringify(body)), init);
  };
}
