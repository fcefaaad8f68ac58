import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCapped, utf8Text } from '../proxy/body-limit.ts';
import type { UpstreamReply } from '../proxy/upstream-call.ts';
import { createUndiciUpstreamFetch } from './undici-upstream-fetch.ts';

const BODY = JSON.stringify({ items: [{ id: 'a', title: 'Café ☕ 予約' }], total: 1 });
let server: http.Server;
let base: string;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? '/';
    if (path === '/json') {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-remaining': '7' }).end(BODY);
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(BODY));
    } else if (path === '/br') {
      res.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync(BODY));
    } else if (path === '/zstd-ish') {
      res.writeHead(200, { 'content-encoding': 'compress-me' }).end(BODY);
    } else if (path === '/bom') {
      res.end(`\uFEFF${BODY}`);
    } else if (path === '/redirect') {
      res.writeHead(302, { location: '/json' }).end();
    } else if (path === '/cut') {
      res.writeHead(200, { 'content-length': '1000' });
      res.write(BODY.slice(0, 10), () => res.destroy());
    } else if (path === '/hang') {
      res.writeHead(200);
      res.write('{');
    } else {
      res.writeHead(503).end('{"message":"down"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
const client = createUndiciUpstreamFetch({ maxBodyBytes: 1024 * 1024 });
afterAll(async () => {
  await client.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, signal = new AbortController().signal, headers: Record<string, string> = {}) =>
  client.fetch(`${base}${path}`, { method: 'GET', headers, redirect: 'manual', signal });

async function text(reply: UpstreamReply): Promise<string> {
  const read = await readCapped(reply.body, 1024 * 1024);
  if (read.kind !== 'complete') throw new Error('too large');
  return utf8Text(read.bytes);
}

describe('createUndiciUpstreamFetch', () => {
  it('answers status, headers and UTF-8 text, sending the given headers', async () => {
    const reply = await get('/json', undefined, {
      authorization: 'Bearer t',
      'user-agent': 'frontdesk-proxy',
    });
    expect(reply.status).toBe(200);
    expect(await text(reply)).toBe(BODY);
    expect(reply.headers.get('X-RateLimit-Remaining')).toBe('7');
    expect(reply.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(reply.headers.get('retry-after')).toBeNull();
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer t', 'user-agent': 'frontdesk-proxy' });
  });

  it('undoes gzip and brotli, and drops a byte order mark, as fetch would', async () => {
    for (const path of ['/gzip', '/br', '/bom']) expect(await text(await get(path)), path).toBe(BODY);
    expect(seen.at(-1)?.['accept-encoding']).toContain('gzip');
  });

  it('refuses an encoding it cannot undo', async () => {
    await expect(get('/zstd-ish')).rejects.toThrow(/content-encoding/);
  });

  it('returns a redirect as it is, and errors as they are', async () => {
    const redirect = await get('/redirect');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/json');
    const down = await get('/down');
    expect(down.status).toBe(503);
    expect(await text(down)).toBe('{"message":"down"}');
  });

  it('fails the read of a body cut short or aborted, and a refused connection', async () => {
    await expect(get('/cut').then(text)).rejects.toThrow();
    const controller = new AbortController();
    const reply = await get('/hang', controller.signal);
    const reading = text(reply);
    controller.abort();
    await expect(reading).rejects.toThrow();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      client.fetch(`http://127.0.0.1:${port}/`, {
        method: 'GET',
        headers: {},
        redirect: 'manual',
        signal: new AbortController().signal,
      }),
    ).rejects.toThrow();
  });

  it('reuses one kept-alive connection for calls in sequence', async () => {
    const sockets = new Set<unknown>();
    const count = (socket: unknown) => sockets.add(socket);
    server.on('connection', count);
    for (let i = 0; i < 5; i += 1) await text(await get('/json'));
    server.off('connection', count);
    expect(sockets.size).toBeLessThanOrEqual(1);
  });
});
