// Honest states: while a provider loads the count is only a floor and says who is still loading; a
// provider's failure is said in plain words, with the technical detail one click away.
import { expect, test, ON_PASSTHROUGH } from './support/fixtures.ts';
import { countStatus, providerChips } from './support/list-page.ts';

// These specs inject provider faults: they run where each tab pages its providers (stack.ts).
test.use(ON_PASSTHROUGH);

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

test('a failing provider is said in plain words, the HTTP detail behind a disclosure', async ({
  page,
  sandbox,
}) => {
  await sandbox.setFault('onlive', { status: 503 });
  await page.goto('/appointments');
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(banner).toContainText('ONLIVE.SITE is having problems right now.', { timeout: 30_000 });
  // The proxy's own words are only behind the disclosure.
  await expect(banner.getByText(/answered 503/)).toBeHidden();
  await expect(providerChips(page).filter({ hasText: 'ONLIVE.SITE' })).toContainText('Having problems');
  await expect(banner.getByText(/HTTP 503/)).toBeHidden();
  await banner.getByText('Technical details').click();
  await expect(banner.getByText(/HTTP 503/)).toBeVisible();
});

for (const [name, provider, fault, words] of [
  ['a 503', 'onlive', { status: 503 }, 'ONLIVE.SITE is having problems right now.'],
  ['a rate-limit storm', 'caspen', { rateLimitStorm: true }, 'Caspen is busy right now'],
  ['a hang', 'caspen', { hang: true }, 'Caspen is taking too long to answer.'],
] as const) {
  test(`${name} is said within 15 s, with "retrying in N s" while it retries`, async ({ page, sandbox }) => {
    await sandbox.setFault(provider, fault);
    await page.goto('/appointments');
    const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(banner).toContainText(words, { timeout: 15_000 });
    await expect(banner).toContainText(/retrying (in \d+ s|now…)/);
  });
}
