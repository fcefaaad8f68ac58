// The stack every e2e spec runs against: the sandbox providers on fixed loopback ports with data
// centred on a fixed instant, and the production Node server (dist/ + proxy) pointed at them.
// Specs pin the browser clock to ANCHOR so "today" matches the sandbox data.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { SANDBOX_FAKES } from '../../server/sandbox/registry.ts';

export const E2E_STACK = {
  anchor: '2026-11-18T09:30:00.000Z',
  seed: 42,
  /** In PROVIDER_IDS order: 100 above each fake's own port, so a running `npm run sandbox` is no clash. */
  sandboxPorts: PROVIDER_IDS.map((id) => SANDBOX_FAKES[id].defaultPort + 100),
  appPort: 4280,
  timeZone: 'Europe/Madrid',
} as const;

export const APP_URL = `http://127.0.0.1:${E2E_STACK.appPort}`;

/** The origin of one provider's fake in the e2e stack. */
export function sandboxUrl(provider: ProviderId): string {
  return `http://127.0.0.1:${E2E_STACK.sandboxPorts[PROVIDER_IDS.indexOf(provider)]}`;
}
