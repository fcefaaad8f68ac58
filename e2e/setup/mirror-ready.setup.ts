// Before any spec: the mirror stack's first sync of every provider has finished, so the list each spec
// sees is complete (the first-sync states have their own spec).
import { expect, test } from '@playwright/test';
import { mirrorWindowPath } from '../../contract/api-paths.ts';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { windowResponseSchema } from '../../contract/window-response.ts';
import { APP_URL } from '../support/stack.ts';

test('the mirror has synced every provider', async ({ request }) => {
  test.setTimeout(120_000);
  const now = Date.now();
  for (const provider of PROVIDER_IDS) {
    await expect
      .poll(
        async () => {
          const response = await request.get(
            `${APP_URL}${mirrorWindowPath(provider, now - 86_400_000, now)}`,
          );
          if (!response.ok()) return `HTTP ${response.status()}`;
          return windowResponseSchema.parse(await response.json()).sync.state;
        },
        { message: `${provider}'s first sync`, timeout: 110_000, intervals: [250, 500, 1000] },
      )
      .toBe('ready');
  }
});
