// Proxy configuration, read from the environment only and validated once at start. Every problem is
// reported at once, each line naming its variable (never its value: it may be a secret).
import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { hostList, isLoopbackHost, optionalText, serviceUrl, wholeNumber } from './env-values.ts';
import { UPSTREAMS, type Credentials } from './upstreams.ts';

export type Env = Readonly<Record<string, string | undefined>>;
/** What the config reads: a process environment, or Worker vars of any JSON type (numbers, booleans). */
export type ConfigSource = Env | Readonly<Record<string, unknown>>;

export interface ProviderUpstreamConfig {
  /** Base URL without a trailing slash, e.g. `https://api.example.com/v1`. */
  apiUrl: string;
  /** Null when the provider is disabled (its credentials are not set). */
  credentials: Credentials | null;
}

export type AuthConfig =
  | { mode: 'off' }
  | {
      mode: 'jwt';
      jwksUrl: string;
      issuer: string;
      audience: string[];
      providersClaim: string | null;
      /** How long the last good key set stays trusted while the identity provider cannot be reached. */
      jwksGraceMs: number;
    };

export interface ProxyConfig {
  providers: Record<ProviderId, ProviderUpstreamConfig>;
  auth: AuthConfig;
  upstreamTimeoutMs: number;
  /** Upstream bodies: as sent, and after decompression. */
  bodyLimits: { maxBodyBytes: number; maxDecodedBytes: number };
  rateLimit: { perMinute: number; burst: number };
  /** Host names (lower case, no port) answered besides the loopback ones; anything else is refused. */
  publicHosts: string[];
}

const MB = 1024 * 1024;

const AUTH_VARS = ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;

function envShape(): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {
    AUTH_MODE: optionalText.pipe(z.enum(['jwt', 'off'], { error: 'must be "jwt" or "off"' }).optional()),
    AUTH_JWKS_URL: serviceUrl(),
    AUTH_ISSUER: optionalText,
    AUTH_AUDIENCE: optionalText,
    AUTH_PROVIDERS_CLAIM: optionalText,
    AUTH_JWKS_GRACE_SECONDS: wholeNumber(21_600, 0, 604_800),
    UPSTREAM_TIMEOUT_MS: wholeNumber(10_000, 100, 120_000),
    UPSTREAM_MAX_BODY_BYTES: wholeNumber(10 * MB, 1024, 1024 * MB),
    UPSTREAM_MAX_DECODED_BYTES: wholeNumber(10 * MB, 1024, 1024 * MB),
    PUBLIC_HOSTS: hostList,
    RATE_LIMIT_PER_MINUTE: wholeNumber(600, 1, 1_000_000),
    RATE_LIMIT_BURST: wholeNumber(200, 1, 1_000_000),
  };
  for (const id of PROVIDER_IDS) {
    const spec = UPSTREAMS[id];
    shape[spec.urlVar] = serviceUrl(spec.defaultUrl);
    for (const name of spec.credentialVars) shape[name] = optionalText;
  }
  return shape;
}

/** Each variable parsed on its own so that one bad value does not hide the others. */
function parseEach(env: ConfigSource, shape: Record<string, z.ZodType>, issues: Issue[]): Parsed {
  const values: Parsed = {};
  for (const [name, schema] of Object.entries(shape)) {
    const result = schema.safeParse(env[name]);
    if (result.success) values[name] = result.data;
    else issues.push(...result.error.issues.map((i) => ({ variable: name, message: i.message })));
  }
  return values;
}

type Parsed = Record<string, unknown>;
type Issue = { variable: string; message: string };

function providerConfig(id: ProviderId, values: Parsed, issues: Issue[]): ProviderUpstreamConfig {
  const spec = UPSTREAMS[id];
  const set = spec.credentialVars.filter((name) => typeof values[name] === 'string');
  if (set.length > 0 && set.length < spec.credentialVars.length) {
    for (const name of spec.credentialVars.filter((n) => !set.includes(n)))
      issues.push({ variable: name, message: `is required because ${set.join(', ')} is set` });
  }
  const complete = set.length === spec.credentialVars.length;
  const credentials = complete ? Object.fromEntries(set.map((name) => [name, values[name] as string])) : null;
  return { apiUrl: values[spec.urlVar] as string, credentials };
}

function authConfig(values: Parsed, loopback: boolean, issues: Issue[]): AuthConfig {
  const mode =
    (values.AUTH_MODE as 'jwt' | 'off' | undefined) ?? (loopback && !values.AUTH_JWKS_URL ? 'off' : 'jwt');
  if (mode === 'off') {
    if (!loopback)
      issues.push({
        variable: 'AUTH_MODE',
        message:
          'is off but the server does not listen on loopback: refusing to start ' +
          'without staff authentication; set AUTH_MODE=jwt with AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE',
      });
    return { mode: 'off' };
  }
  for (const name of AUTH_VARS) {
    if (values[name] === undefined)
      issues.push({
        variable: name,
        message:
          'is required when AUTH_MODE is jwt (the default when not listening on loopback or AUTH_JWKS_URL is set)',
      });
  }
  const audience = String(values.AUTH_AUDIENCE ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    mode: 'jwt',
    jwksUrl: String(values.AUTH_JWKS_URL ?? ''),
    issuer: String(values.AUTH_ISSUER ?? ''),
    audience,
    providersClaim: (values.AUTH_PROVIDERS_CLAIM as string | undefined) ?? null,
    jwksGraceMs: (values.AUTH_JWKS_GRACE_SECONDS as number) * 1000,
  };
}

/**
 * Validates the proxy's environment. `loopback` says whether the server listens on loopback only,
 * which decides the AUTH_MODE default and whether AUTH_MODE=off is allowed at all.
 * Throws an Error whose message names each missing or invalid variable.
 */
export function loadProxyConfig(env: ConfigSource, options: { loopback: boolean }): ProxyConfig {
  const issues: Issue[] = [];
  const values = parseEach(env, envShape(), issues);
  const providers = Object.fromEntries(
    PROVIDER_IDS.map((id) => [id, providerConfig(id, values, issues)]),
  ) as Record<ProviderId, ProviderUpstreamConfig>;
  const auth = authConfig(values, options.loopback, issues);
  const publicHosts = values.PUBLIC_HOSTS as string[];
  if (!options.loopback && publicHosts.length === 0)
    issues.push({
      variable: 'PUBLIC_HOSTS',
      message:
        'is required when the server does not listen on loopback: list the host names staff use ' +
        '(requests naming any other Host are refused)',
    });
  if (issues.length > 0) throw configError(issues);
  return {
    providers,
    auth,
    upstreamTimeoutMs: values.UPSTREAM_TIMEOUT_MS as number,
    bodyLimits: {
      maxBodyBytes: values.UPSTREAM_MAX_BODY_BYTES as number,
      maxDecodedBytes: values.UPSTREAM_MAX_DECODED_BYTES as number,
    },
    publicHosts,
    rateLimit: {
      perMinute: values.RATE_LIMIT_PER_MINUTE as number,
      burst: values.RATE_LIMIT_BURST as number,
    },
  };
}

function configError(issues: Issue[]): Error {
  const lines = issues.map((i) => `  - ${i.variable} ${i.message}`);
  return new Error(`Invalid Frontdesk proxy configuration:\n${lines.join('\n')}`);
}

/** Every credential value, so responses can be scrubbed of them whatever an upstream echoes. */
export function configuredSecrets(config: ProxyConfig): string[] {
  return PROVIDER_IDS.flatMap((id) => Object.values(config.providers[id].credentials ?? {}));
}

export function enabledProviders(config: ProxyConfig): ProviderId[] {
  return PROVIDER_IDS.filter((id) => config.providers[id].credentials !== null);
}

const hostName = optionalText.pipe(
  z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]{1,255}$/, 'must be a host name or IP address')
    .optional(),
);

export interface ListenAddress {
  host: string;
  port: number;
  loopback: boolean;
}

/** HOST (default 127.0.0.1) and PORT (default 8080) for the Node entry. */
export function loadListenAddress(env: Env): ListenAddress {
  const issues: Issue[] = [];
  const values = parseEach(env, { HOST: hostName, PORT: wholeNumber(8080, 0, 65_535) }, issues);
  if (issues.length > 0) throw configError(issues);
  const host = (values.HOST as string | undefined) ?? '127.0.0.1';
  return { host, port: values.PORT as number, loopback: isLoopbackHost(host) };
}
