// What Node's HTTP parser refuses before any app sees it: by default the socket gets a bare
// `400 Bad Request` with no body (or is simply closed, for CONNECT). Here they get the proxy's JSON
// error body, so every refusal reads the same.
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Duplex } from 'node:stream';
import { errorBody } from '../proxy/errors.ts';
import { MAX_URL_LENGTH } from '../proxy/request-guard.ts';
import { API_RESPONSE_HEADERS } from '../proxy/respond.ts';

const REASONS: Record<number, string> = {
  414: 'URI Too Long',
  400: 'Bad Request',
  405: 'Method Not Allowed',
  431: 'Request Header Fields Too Large',
};

function rawResponse(
  status: 400 | 405 | 414 | 431,
  message: string,
  extra: Record<string, string> = {},
): string {
  const code = status === 405 ? 'method-not-allowed' : 'bad-request';
  const body = JSON.stringify(errorBody(null, status, code, message));
  const headers = {
    ...API_RESPONSE_HEADERS,
    ...extra,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${REASONS[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

function answer(socket: Duplex, response: string): void {
  if (socket.writable) socket.end(response);
  else socket.destroy();
}

/**
 * A node:http server for a fetch handler (what @hono/node-server's `serve` builds), whose refusals
 * before the app are JSON too: a request target @hono/node-server will not turn into a URL (a
 * backslash, a bad Host header) is a 400 with the error body instead of an empty one.
 */
export function createNodeServer(fetchHandler: (request: Request) => Response | Promise<Response>): Server {
  const listener = getRequestListener(fetchHandler, {
    errorHandler: () => jsonRefusal(400, 'The request target or Host header is not valid'),
  });
  const server = createServer(listener);
  answerParserErrors(server);
  return server;
}

function jsonRefusal(status: 400, message: string): Response {
  return new Response(JSON.stringify(errorBody(null, status, 'bad-request', message)), {
    status,
    headers: API_RESPONSE_HEADERS,
  });
}

function parserRefusal(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): string {
  if (error.code !== 'HPE_HEADER_OVERFLOW')
    return rawResponse(400, 'The request could not be parsed as HTTP');
  // Node counts the request line with the headers; a line that alone is too long is a URL problem,
  // answered as the proxy answers an oversized URL.
  const lineEnd = error.rawPacket?.indexOf('\r\n') ?? -1;
  if (lineEnd === -1 || lineEnd > MAX_URL_LENGTH) return rawResponse(414, 'The request URL is too long');
  return rawResponse(431, 'The request headers are too large');
}

/** JSON answers for parser-level errors (400, 431) and a clear 405 for CONNECT. */
export function answerParserErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset or a timeout leaves nobody to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    answer(socket, parserRefusal(error));
  });
  server.on('connect', (_request, socket: Duplex) => {
    answer(
      socket,
      rawResponse(405, 'CONNECT is not supported: this server is not a proxy', { allow: 'GET, HEAD' }),
    );
  });
}
