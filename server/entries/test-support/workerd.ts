// Helpers for running the Worker entry in workerd through Miniflare: the esbuild bundle, and an
// outbound service that lets the Worker reach loopback servers only.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Response as MfResponse, type Request as MfRequest } from 'miniflare';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const COMPATIBILITY_DATE = '2026-04-01';
export const WORKER_ENTRY = fileURLToPath(new URL('../worker.ts', import.meta.url));

export async function bundle(options: { entry: string } | { contents: string }): Promise<string> {
  const result = await build({
    ...('entry' in options
      ? { entryPoints: [options.entry] }
      : { stdin: { contents: options.contents, resolveDir: ROOT, loader: 'ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    external: ['cloudflare:*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface Outbound {
  url: string;
  headers: Record<string, string>;
}

/** Forwards the Worker's fetches to 127.0.0.1 only, recording each in `log`; the body streams through. */
export function loopbackOnly(log: Outbound[]) {
  return async (request: MfRequest): Promise<MfResponse> => {
    const url = new URL(request.url);
    log.push({ url: request.url, headers: Object.fromEntries(request.headers) });
    if (url.hostname !== '127.0.0.1') return new MfResponse('outbound refused', { status: 599 });
    const response = await fetch(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
    });
    const headers = new Headers(response.headers);
    // Node's fetch has already decompressed the body: say so, as the Worker's own fetch would.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new MfResponse(response.body as ReadableStream<Uint8Array> | null, {
      status: response.status,
      headers: Object.fromEntries(headers),
    });
  };
}
