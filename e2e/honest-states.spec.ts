// Honest states: while a provider loads the count is only a floor and says who is still loading; a
// provider's failure is said in plain words, with the technical detail one click away.
import { expect, test } from './support/fixtures.ts';
import { countStatus, providerChips } from './support/ui-b-helpers.ts';

test('while Caspen loads the count says "at least N: Caspen still loading", never "N of N"', async ({
  page,
  sandbox,
}) => {
  await sandbox.setFault('caspen', { latencyMs: 3_000 });
  await page.goto('/appointments');
  const floor = page.getByRole('status').filter({ hasText: /^At least [\d,]+ appointments?: / });
  await expect(floor).toHaveText(/^At least [\d,]+ appointments?: Caspen still loading$/);
  await expect(countStatus(page)).toHaveCount(0);
  await sandbox.clearFaults();
  await expect(countStatus(page)).toBeVisible({ timeout: 30_000 });
});

test('a rate-limited provider is "busy right now", the HTTP detail behind a disclosure', async ({
  page,
  sandbox,
}) => {
  await sandbox.setFault('caspen', { rateLimitStorm: true });
  await page.goto('/appointments');
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(banner).toContainText('Caspen is busy right now', { timeout: 30_000 });
  await expect(banner).not.toContainText('Too Many');
  await expect(providerChips(page).filter({ hasText: 'Caspen' })).toContainText('Busy');
  const technical = banner.getByText('Technical details');
  await expect(banner.getByText(/HTTP 429/)).toBeHidden();
  await technical.click();
  await expect(banner.getByText(/HTTP 429/)).toBeVisible();
});
