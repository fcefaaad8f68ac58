// Removes every configured credential from text the proxy sends back, whatever an upstream echoed.
// Scrubbing comes before any truncation: cutting first could leave part of a secret that no longer
// matches it whole.
import { configuredSecrets, type ProxyConfig } from './config.ts';

export const REDACTED = '[redacted]';
// Shorter values would shred ordinary text; real credentials are far longer.
const MIN_REDACTED_LENGTH = 4;

export type Scrub = (text: string) => string;

export function createScrubber(secrets: readonly string[]): Scrub {
  const forms = secretForms(secrets);
  return (text) =>
    forms.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join(REDACTED) : out), text);
}

const byConfig = new WeakMap<ProxyConfig, Scrub>();

/** The scrubber for a configuration's credentials, built once per configuration. */
export function scrubberFor(config: ProxyConfig): Scrub {
  let scrub = byConfig.get(config);
  if (scrub === undefined) {
    scrub = createScrubber(configuredSecrets(config));
    byConfig.set(config, scrub);
  }
  return scrub;
}

/** Each secret as it could appear in a JSON text: raw, JSON-escaped and percent-encoded. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = secrets
    .filter((s) => s.length >= MIN_REDACTED_LENGTH)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  // Longest first, so a secret containing another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
