import { describe, expect, it } from 'vitest';
import { parseSandboxEnv } from './env.ts';

describe('parseSandboxEnv', () => {
  it('leaves everything to the defaults when nothing (or only empty values) is set', () => {
    expect(parseSandboxEnv({})).toEqual({});
    expect(parseSandboxEnv({ SANDBOX_SEED: '', SANDBOX_PORTS: '', PATH: '/bin' })).toEqual({});
  });

  it('reads every variable', () => {
    expect(
      parseSandboxEnv({
        SANDBOX_PORTS: '5101,5102,0',
        SANDBOX_SEED: '-7',
        SANDBOX_SIZE: '100000',
        SANDBOX_ANCHOR: '2026-01-15T10:00:00+01:00',
        SANDBOX_CASPEN_RATE_LIMIT: '5/10',
        SANDBOX_ONLIVE_RATE_LIMIT: '100/60',
        SANDBOX_FAULTS: '{"onlive":{"latencyMs":200},"caspen":{"status":503}}',
      }),
    ).toEqual({
      ports: [5101, 5102, 0],
      seed: -7,
      size: 100_000,
      anchorMs: Date.parse('2026-01-15T09:00:00Z'),
      caspenRateLimit: { limit: 5, windowMs: 10_000 },
      onliveRateLimit: { limit: 100, windowMs: 60_000 },
      faults: { onlive: { latencyMs: 200 }, caspen: { status: 503 } },
    });
  });

  it('fails with one message naming every bad variable', () => {
    const bad = {
      SANDBOX_PORTS: '4101,4102',
      SANDBOX_SEED: 'abc',
      SANDBOX_SIZE: '-1',
      SANDBOX_ANCHOR: 'tomorrow',
      SANDBOX_CASPEN_RATE_LIMIT: '60 per minute',
      SANDBOX_FAULTS: '{"zoom":{}}',
    };
    let message = '';
    try {
      parseSandboxEnv(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of Object.keys(bad)) expect(message).toContain(name);
    expect(() => parseSandboxEnv({ SANDBOX_PORTS: '4101,4102,70000' })).toThrow(/SANDBOX_PORTS/);
    expect(() => parseSandboxEnv({ SANDBOX_FAULTS: '{not json' })).toThrow(
      /SANDBOX_FAULTS: is not valid JSON/,
    );
    expect(() => parseSandboxEnv({ SANDBOX_FAULTS: '{"caspen":{"status":404}}' })).toThrow(
      /SANDBOX_FAULTS \(caspen\.status\)/,
    );
    expect(() => parseSandboxEnv({ SANDBOX_CASPEN_RATE_LIMIT: '0/60' })).toThrow(/SANDBOX_CASPEN_RATE_LIMIT/);
  });
});
