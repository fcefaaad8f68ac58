import { describe, expect, it } from 'vitest';
import { isLoopback } from './control-route.ts';
import { createSandbox } from './create-sandbox.ts';

const sandbox = createSandbox({ size: 10 });
const app = sandbox.apps['appointment-one'];
const URL_ = 'http://sandbox.test/__sandbox/faults';
const json = (method: string, body: unknown) => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('/__sandbox/faults', () => {
  it('reads, replaces and clears this provider’s faults', async () => {
    expect(await (await app.request(URL_)).json()).toEqual({});
    const put = await app.request(URL_, json('PUT', { latencyMs: 10, status: 502 }));
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ latencyMs: 10, status: 502 });
    expect(sandbox.faults.get('appointment-one')).toEqual({ latencyMs: 10, status: 502 });
    expect(sandbox.faults.get('caspen')).toEqual({});
    await app.request(URL_, json('PUT', { hang: true }));
    expect(await (await app.request(URL_)).json()).toEqual({ hang: true });
    const cleared = await app.request(URL_, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({});
    expect(sandbox.faults.get('appointment-one')).toEqual({});
  });

  it('rejects anything that is not a FaultSpec with 400', async () => {
    for (const body of [{ status: 404 }, { latencyMs: -1 }, { unknown: true }, [1], 'hang']) {
      expect((await app.request(URL_, json('PUT', body))).status).toBe(400);
    }
    expect((await app.request(URL_, { method: 'PUT', body: '{not json' })).status).toBe(400);
    expect(sandbox.faults.get('appointment-one')).toEqual({});
  });

  it('answers loopback callers only', async () => {
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    expect((await app.request(URL_, {}, from('10.0.0.7'))).status).toBe(403);
    expect((await app.request(URL_, json('PUT', { hang: true }), from('192.168.1.20'))).status).toBe(403);
    expect(sandbox.faults.get('appointment-one')).toEqual({});
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect((await app.request(URL_, {}, from(address))).status).toBe(200);
  });

  it('recognises loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '0.0.0.0', '128.0.0.1', 'fe80::1'].some(isLoopback)).toBe(false);
  });
});
