// Shared Playwright fixture: every spec gets a page whose clock is pinned to the sandbox anchor (so the
// default "today" view matches the sandbox data), fails on any uncaught page error, and starts with no
// sandbox faults injected. Faults go to the passthrough stack's sandbox: a spec that injects them
// runs there (`test.use(ON_PASSTHROUGH)`), see stack.ts.
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { E2E_STACK, PASSTHROUGH_URL, sandboxUrl } from './stack.ts';

import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { FaultSpec } from '../../server/sandbox/faults.ts';

export type { FaultSpec };

export interface SandboxControl {
  setFault(provider: ProviderId, spec: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
}

function sandboxControl(request: APIRequestContext): SandboxControl {
  const url = (p: ProviderId) => `${sandboxUrl(p, 'passthrough')}/__sandbox/faults`;
  return {
    async setFault(provider, spec) {
      const response = await request.put(url(provider), { data: spec });
      expect(response.ok(), `setting a ${provider} fault`).toBe(true);
    },
    async clearFaults() {
      for (const p of PROVIDER_IDS) {
        const response = await request.delete(url(p));
        expect(response.ok(), `clearing ${p} faults`).toBe(true);
      }
    },
  };
}

export const test = base.extend<{ sandbox: SandboxControl; pageErrors: Error[] }>({
  sandbox: async ({ request }, use) => {
    const control = sandboxControl(request);
    await control.clearFaults();
    await use(control);
    await control.clearFaults();
  },
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await use(errors);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(E2E_STACK.anchor));
    await use(page);
  },
});

/** For specs that inject provider faults: the stack whose tabs page the providers themselves. */
export const ON_PASSTHROUGH = { baseURL: PASSTHROUGH_URL } as const;

export { expect };
