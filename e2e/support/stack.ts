// The stack every e2e spec runs against: the sandbox providers on fixed loopback ports with data
// centred on a fixed instant, and the production Node server (dist/ + proxy) pointed at them.
// Specs pin the browser clock to ANCHOR so "today" matches the sandbox data.
export const E2E_STACK = {
  anchor: '2026-11-18T09:30:00.000Z',
  seed: 42,
  sandboxPorts: [4201, 4202, 4203] as const,
  appPort: 4280,
  timeZone: 'Europe/Madrid',
} as const;

export const APP_URL = `http://127.0.0.1:${E2E_STACK.appPort}`;

export function sandboxUrl(provider: 'caspen' | 'appointment-one' | 'onlive'): string {
  const [caspen, a1, onlive] = E2E_STACK.sandboxPorts;
  if (provider === 'caspen') return `http://127.0.0.1:${caspen}`;
  return `http://127.0.0.1:${provider === 'onlive' ? onlive : a1}`;
}
