// Every /api response is built here: JSON, never cached, never sniffed, and scrubbed of every
// configured credential whatever an upstream may have echoed back.

export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

const REDACTED = '[redacted]';
// Shorter values would shred ordinary text; real credentials are far longer.
const MIN_REDACTED_LENGTH = 4;

/** A body that is already JSON text (validated upstream JSON with nothing to rewrite): sent as is. */
export class JsonText {
  constructor(readonly text: string) {}
}

export type Respond = (status: number, body: unknown, headers?: Record<string, string>) => Response;

export function createResponder(secrets: readonly string[]): Respond {
  const forms = secretForms(secrets);
  const scrub = (text: string) =>
    forms.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join(REDACTED) : out), text);
  return (status, body, headers = {}) => {
    const extra = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, scrub(value)]));
    const text = body instanceof JsonText ? body.text : JSON.stringify(body);
    return new Response(scrub(text), {
      status,
      headers: { ...extra, ...API_RESPONSE_HEADERS },
    });
  };
}

/** Each secret as it could appear in a JSON text: raw, JSON-escaped and percent-encoded. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = secrets
    .filter((s) => s.length >= MIN_REDACTED_LENGTH)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  // Longest first, so a secret containing another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
