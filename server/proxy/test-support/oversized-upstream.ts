// A loopback upstream that answers far more than any cap: 200 MB streamed (with or without a
// Content-Length), and a small gzip that inflates to 400 MB. It counts what it managed to send, so a
// test can show the proxy stopped reading near the cap instead of taking it all.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export const HUGE_BYTES = 200 * 1024 * 1024;
export const BOMB_INFLATED_BYTES = 400 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

export interface OversizedUpstream {
  url: string;
  /** Bytes written to the socket by the last answer, when it finished or was cut off. */
  sent(): number;
  /** What the next answers are. */
  mode: 'streamed' | 'declared' | 'bomb';
  /** Size of the gzip bomb as sent. */
  bombBytes: number;
  close(): Promise<void>;
}

export async function startOversizedUpstream(): Promise<OversizedUpstream> {
  const bomb = await gzipOfSpaces(BOMB_INFLATED_BYTES);
  let sent = 0;
  const server = createServer((_req, res) => {
    sent = 0;
    if (upstream.mode === 'bomb') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      void writeAll(res, bomb, (n) => (sent += n));
      return;
    }
    const declared = upstream.mode === 'declared' ? { 'content-length': String(HUGE_BYTES) } : {};
    res.writeHead(200, { 'content-type': 'application/json', ...declared });
    void streamHuge(res, (n) => (sent += n));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const upstream: OversizedUpstream = {
    mode: 'streamed',
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent: () => sent,
    bombBytes: bomb.length,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return upstream;
}

/** `[` followed by spaces, honouring back-pressure, until done or the client goes away. */
async function streamHuge(res: ServerResponse, count: (n: number) => void): Promise<void> {
  res.write('[');
  for (let written = 1; written < HUGE_BYTES && !res.destroyed; written += CHUNK.length) {
    count(CHUNK.length);
    if (!res.write(CHUNK)) await drainOrClose(res);
  }
  if (!res.destroyed) res.end(']');
}

async function writeAll(res: ServerResponse, body: Buffer, count: (n: number) => void): Promise<void> {
  for (let at = 0; at < body.length && !res.destroyed; at += CHUNK.length) {
    const part = body.subarray(at, at + CHUNK.length);
    count(part.length);
    if (!res.write(part)) await drainOrClose(res);
  }
  if (!res.destroyed) res.end();
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** gzip of `[` plus spaces, compressed piece by piece so the inflated size is never held. */
function gzipOfSpaces(inflated: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = zlib.createGzip({ level: 9 });
    const out: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => out.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    gzip.on('error', reject);
    const block = Buffer.alloc(1024 * 1024, 0x20);
    let left = inflated;
    const pump = () => {
      while (left > 0) {
        left -= block.length;
        if (!gzip.write(block)) return void gzip.once('drain', pump);
      }
      gzip.end();
    };
    pump();
  });
}
