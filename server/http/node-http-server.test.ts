// What Node's HTTP layer refuses before the app: a JSON error body every time, and a clear 405 for
// CONNECT instead of a dropped connection.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorBodySchema } from '../../contract/proxy-error.ts';
import { startNodeServer, type RunningNodeServer } from '../entries/node.ts';
import { rawAnswer } from '../entries/attack-corpus/raw-http.ts';

let dist: string;
let server: RunningNodeServer;
let port: number;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'frontdesk-parser-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html>');
  server = await startNodeServer({
    env: { HOST: '127.0.0.1', PORT: '0', MIRROR_SYNC: 'off' },
    distDir: dist,
    log: () => {},
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.close();
  await rm(dist, { recursive: true, force: true });
});

const CLOSE = 'Host: 127.0.0.1\r\nConnection: close\r\n';

async function refusal(request: string) {
  const answer = await rawAnswer(port, request);
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    contentType: /content-type: ([^\r]+)/i.exec(head)?.[1],
    body: proxyErrorBodySchema.parse(JSON.parse(body)),
  };
}

describe('refusals before the app', () => {
  it.each([
    [
      'a raw space in the target',
      `GET /api/providers/caspen/a b HTTP/1.1\r\n${CLOSE}\r\n`,
      400,
      'bad-request',
    ],
    ['a control character', `GET /api/providers\x01 HTTP/1.1\r\n${CLOSE}\r\n`, 400, 'bad-request'],
    [
      'Transfer-Encoding with Content-Length',
      `GET /api/providers HTTP/1.1\r\n${CLOSE}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n`,
      400,
      'bad-request',
    ],
    ['a backslash', `GET /api/providers\\x HTTP/1.1\r\n${CLOSE}\r\n`, 400, 'bad-request'],
    [
      'headers over 16 KB',
      `GET /api/providers HTTP/1.1\r\n${CLOSE}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'bad-request',
    ],
    [
      'a request line over 16 KB',
      `GET /api/${'a'.repeat(20_000)} HTTP/1.1\r\n${CLOSE}\r\n`,
      414,
      'bad-request',
    ],
    ['CONNECT', `CONNECT 127.0.0.1:443 HTTP/1.1\r\n${CLOSE}\r\n`, 405, 'method-not-allowed'],
  ])('answers %s with %i and the JSON error body', async (_case, request, status, code) => {
    const answer = await refusal(request);
    expect(answer).toMatchObject({
      status,
      contentType: 'application/json; charset=utf-8',
      body: { status, code },
    });
  });
});
