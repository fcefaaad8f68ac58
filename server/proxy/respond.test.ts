import { describe, expect, it } from 'vitest';
import { createResponder, JsonText } from './respond.ts';

describe('createResponder', () => {
  const respond = createResponder(['s3cr3t-token', 'key/with+chars']);

  it('sends validated JSON text as received, scrubbed of every secret form', async () => {
    const text = '{"items":[{"note":"s3cr3t-token"},{"note":"key%2Fwith%2Bchars"}],"total":2}';
    const response = respond(200, new JsonText(text));
    expect(await response.text()).toBe('{"items":[{"note":"[redacted]"},{"note":"[redacted]"}],"total":2}');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serialises other bodies and scrubs headers too', async () => {
    const response = respond(502, { message: 'echo: key/with+chars' }, { 'retry-after': 's3cr3t-token' });
    expect(await response.json()).toEqual({ message: 'echo: [redacted]' });
    expect(response.headers.get('retry-after')).toBe('[redacted]');
  });

  it('sends upstream bytes as received unless a secret is in them', async () => {
    const bytes = new TextEncoder().encode('{"items":[{"note":"Zoë"}],"total":1}');
    const response = respond(200, new JsonText(bytes));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const echoed = new TextEncoder().encode('{"note":"s3cr3t-token"}');
    expect(await respond(200, new JsonText(echoed)).text()).toBe('{"note":"[redacted]"}');
    expect(new JsonText(echoed).text).toBe('{"note":"s3cr3t-token"}');
  });

  it('leaves text without secrets untouched', async () => {
    const text = '{"items":[],"total":0}';
    expect(await respond(200, new JsonText(text)).text()).toBe(text);
  });
});
