// The two stacks e2e specs run against, each the production Node server (dist/ + proxy) in front of
// its own sandbox providers on fixed loopback ports, with data centred on a fixed instant:
// - `mirror` (the default): the server's mirror syncs its sandbox and the list reads windows from it;
// - `passthrough`: MIRROR_SYNC=off, every tab pages its providers through the signing proxy. Specs that
//   inject provider faults run here, so a fault never leaves the other stack's mirror stale for the
//   specs after them.
// Specs pin the browser clock to ANCHOR so "today" matches the sandbox data.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { SANDBOX_FAKES } from '../../server/sandbox/registry.ts';

export type StackName = 'mirror' | 'passthrough';

const OFFSETS: Record<StackName, { sandbox: number; appPort: number }> = {
  // Above each fake's own port, so a running `npm run sandbox` or `npm run dev` is no clash.
  mirror: { sandbox: 100, appPort: 4280 },
  passthrough: { sandbox: 200, appPort: 4281 },
};

export const E2E_STACK = {
  anchor: '2026-11-18T09:30:00.000Z',
  seed: 42,
  timeZone: 'Europe/Madrid',
} as const;

/** The sandbox ports of one stack, in PROVIDER_IDS order. */
export function sandboxPorts(stack: StackName): number[] {
  return PROVIDER_IDS.map((id) => SANDBOX_FAKES[id].defaultPort + OFFSETS[stack].sandbox);
}

export function appPort(stack: StackName): number {
  return OFFSETS[stack].appPort;
}

export function appUrl(stack: StackName): string {
  return `http://127.0.0.1:${appPort(stack)}`;
}

export const APP_URL = appUrl('mirror');
export const PASSTHROUGH_URL = appUrl('passthrough');

/** The origin of one provider's fake in a stack. */
export function sandboxUrl(provider: ProviderId, stack: StackName): string {
  return `http://127.0.0.1:${sandboxPorts(stack)[PROVIDER_IDS.indexOf(provider)]}`;
}
