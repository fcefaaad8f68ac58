// The proxy forwards GETs only, and a GET carries no body. A request that frames one anyway
// (Transfer-Encoding, or a non-zero Content-Length) is the shape of request smuggling: refused before
// routing, on every runtime alike. Node's parser already refuses Transfer-Encoding with
// Content-Length; workerd passes both headers on, so the decision is made here for both.
import type { MiddlewareHandler } from 'hono';
import { ProxyRefusal } from './errors.ts';

export function refuseRequestBodies(): MiddlewareHandler {
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (c.req.header('transfer-encoding') !== undefined || (length !== undefined && length.trim() !== '0'))
      throw new ProxyRefusal(400, 'bad-request', 'Requests to the proxy carry no body');
    await next();
  };
}
