import { describe, expect, it } from 'vitest';
import { configuredSecrets, enabledProviders, loadListenAddress, loadProxyConfig } from './config.ts';
import { TEST_SECRETS } from './test-support/fake-upstream.ts';

const jwtEnv = {
  AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json',
  AUTH_ISSUER: 'https://idp.example.com',
  AUTH_AUDIENCE: 'frontdesk',
  PUBLIC_HOSTS: 'frontdesk.example.com',
};

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadProxyConfig', () => {
  it('uses the documented defaults and disables providers without credentials', () => {
    const config = loadProxyConfig({}, { loopback: true });
    expect(config.providers.caspen).toEqual({ apiUrl: 'https://api.caspen.com/v1', credentials: null });
    expect(config.providers['appointment-one'].apiUrl).toBe('https://www.appointment.one/api/v1');
    expect(config.providers.onlive.apiUrl).toBe('https://openapi.onlive.site/api/v1');
    expect(config.auth).toEqual({ mode: 'off' });
    expect(config.upstreamTimeoutMs).toBe(10_000);
    expect(config.rateLimit).toEqual({ perMinute: 600, burst: 200 });
    expect(enabledProviders(config)).toEqual([]);
  });

  it('enables a provider when its credentials are set and lists every secret', () => {
    const config = loadProxyConfig(
      { ...TEST_SECRETS, CASPEN_API_URL: 'http://127.0.0.1:4101/v1/' },
      { loopback: true },
    );
    expect(enabledProviders(config)).toEqual(['caspen', 'appointment-one', 'onlive']);
    expect(config.providers.caspen.apiUrl).toBe('http://127.0.0.1:4101/v1');
    expect(configuredSecrets(config).sort()).toEqual(Object.values(TEST_SECRETS).sort());
  });

  it('treats blank values as unset', () => {
    const config = loadProxyConfig({ CASPEN_API_TOKEN: '  ', AUTH_MODE: '', PORT: '' }, { loopback: true });
    expect(config.providers.caspen.credentials).toBeNull();
  });

  it('defaults to jwt off loopback and when a JWKS URL is set', () => {
    expect(loadProxyConfig(jwtEnv, { loopback: true }).auth).toMatchObject({
      mode: 'jwt',
      audience: ['frontdesk'],
    });
    expect(loadProxyConfig(jwtEnv, { loopback: false }).auth.mode).toBe('jwt');
  });

  it('refuses auth off when not listening on loopback, naming AUTH_MODE', () => {
    expect(errorOf(() => loadProxyConfig({}, { loopback: false }))).toMatch(
      /AUTH_JWKS_URL .*not listening on loopback/,
    );
    expect(errorOf(() => loadProxyConfig({ ...jwtEnv, AUTH_MODE: 'off' }, { loopback: false }))).toMatch(
      /AUTH_MODE/,
    );
    expect(loadProxyConfig({ ...jwtEnv, AUTH_MODE: 'off' }, { loopback: true }).auth.mode).toBe('off');
  });

  it('names every missing or invalid variable in one message, never echoing values', () => {
    const message = errorOf(() =>
      loadProxyConfig(
        {
          AUTH_MODE: 'maybe',
          CASPEN_API_URL: 'http://api.caspen.com/v1',
          ONLIVE_API_URL: 'not a url',
          APPOINTMENT_ONE_API_URL: 'https://user:pw@a1.example/api/v1',
          ONLIVE_ACCESS_KEY_ID: 'AK-ONLY-THE-ID',
          UPSTREAM_TIMEOUT_MS: '10s',
          RATE_LIMIT_PER_MINUTE: '0',
          RATE_LIMIT_BURST: '-1',
        },
        { loopback: true },
      ),
    );
    for (const name of [
      'AUTH_MODE',
      'CASPEN_API_URL',
      'ONLIVE_API_URL',
      'APPOINTMENT_ONE_API_URL',
      'ONLIVE_SECRET_ACCESS_KEY',
      'UPSTREAM_TIMEOUT_MS',
      'RATE_LIMIT_PER_MINUTE',
      'RATE_LIMIT_BURST',
    ])
      expect(message).toContain(name);
    expect(message).not.toContain('AK-ONLY-THE-ID');
    expect(message).not.toContain('pw@');
  });

  it('requires the JWT settings in jwt mode', () => {
    const message = errorOf(() => loadProxyConfig({ AUTH_MODE: 'jwt' }, { loopback: true }));
    expect(message).toContain('AUTH_JWKS_URL');
    expect(message).toContain('AUTH_ISSUER');
    expect(message).toContain('AUTH_AUDIENCE');
    expect(
      errorOf(() =>
        loadProxyConfig({ ...jwtEnv, AUTH_JWKS_URL: 'http://idp.example.com/jwks' }, { loopback: false }),
      ),
    ).toContain('AUTH_JWKS_URL');
  });

  it('reads the providers claim and several audiences', () => {
    const auth = loadProxyConfig(
      { ...jwtEnv, AUTH_AUDIENCE: 'a, b', AUTH_PROVIDERS_CLAIM: 'frontdesk_providers' },
      { loopback: false },
    ).auth;
    expect(auth).toMatchObject({ audience: ['a', 'b'], providersClaim: 'frontdesk_providers' });
  });
});

describe('loadListenAddress', () => {
  it('defaults to 127.0.0.1:8080 and recognises loopback', () => {
    expect(loadListenAddress({})).toEqual({ host: '127.0.0.1', port: 8080, loopback: true });
    expect(loadListenAddress({ HOST: '0.0.0.0', PORT: '4280' })).toEqual({
      host: '0.0.0.0',
      port: 4280,
      loopback: false,
    });
    expect(loadListenAddress({ HOST: '::1' }).loopback).toBe(true);
    expect(loadListenAddress({ HOST: 'localhost' }).loopback).toBe(true);
  });

  it('names an invalid HOST or PORT', () => {
    expect(errorOf(() => loadListenAddress({ PORT: '99999' }))).toContain('PORT');
    expect(errorOf(() => loadListenAddress({ HOST: 'a b' }))).toContain('HOST');
  });
});
