// The Node server's upstream client: node:http(s) with keep-alive agents, shaped like the part of `fetch`
// the proxy uses. Node's global fetch (undici over WHATWG streams) plus its TextDecoder were about a
// quarter of the proxy's CPU per list page in `npm run bench`; this reads the body into one Buffer and
// decodes it once. Workers and Vite keep the platform fetch.
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { HeaderReader, UpstreamFetch, UpstreamReply } from '../proxy/upstream-call.ts';

// What fetch would accept and undo: real providers compress, the sandbox does not.
const DECODERS: Partial<Record<string, (body: Buffer) => Promise<Buffer>>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Sockets per upstream origin: above the 50 concurrent list requests the proxy bench drives. */
const MAX_SOCKETS = 64;

export function createNodeUpstreamFetch(): UpstreamFetch {
  const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  return (input, init) =>
    new Promise<UpstreamReply>((resolve, reject) => {
      const url = new URL(input);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') {
        reject(new TypeError(`Unsupported upstream protocol ${url.protocol}`));
        return;
      }
      // No redirect handling at all: like `redirect: 'manual'`, a 3xx comes back as it is.
      const request = (secure ? https : http).request(
        url,
        {
          method: init.method,
          headers: { 'accept-encoding': ACCEPT_ENCODING, ...init.headers },
          agent: secure ? agents.https : agents.http,
          signal: init.signal,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.once('error', reject);
          // A connection cut mid-body leaves the body incomplete: no answer at all, as fetch rejects.
          response.once('close', () => {
            if (!response.complete) reject(new Error('Upstream closed the connection mid-body'));
          });
          response.once('end', () => {
            decodeBody(Buffer.concat(chunks), response.headers['content-encoding']).then((text) => {
              resolve({
                status: response.statusCode ?? 502,
                headers: headerReader(response.headers),
                text: () => Promise.resolve(text),
              });
            }, reject);
          });
        },
      );
      request.once('error', reject);
      request.end();
    });
}

/** UTF-8 text of the body, decompressed; a leading byte order mark is dropped, as `Response.text()` does. */
async function decodeBody(body: Buffer, encoding: string | undefined): Promise<string> {
  const name = encoding?.trim().toLowerCase() ?? 'identity';
  const decode = name === 'identity' || name === '' ? undefined : DECODERS[name];
  if (decode === undefined && name !== 'identity' && name !== '')
    throw new Error(`Unsupported content-encoding ${name}`);
  const text = (decode ? await decode(body) : body).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function headerReader(headers: http.IncomingHttpHeaders): HeaderReader {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}
