// One provider failing (sandbox fault) shows its error chip and the banner while the others still
// list; Retry after the fault clears recovers it.
import { expect, test, ON_PASSTHROUGH } from './support/fixtures.ts';
import { bodyRows, countStatus, providerChips } from './support/list-page.ts';

// These specs inject provider faults: they run where each tab pages its providers (stack.ts).
test.use(ON_PASSTHROUGH);

test('ONLIVE.SITE answering 503 fails alone, and Retry recovers it', async ({ page, sandbox }) => {
  await sandbox.setFault('onlive', { status: 503 });
  await page.goto('/appointments');
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  // The data layer retries 5xx twice with backoff before giving up.
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('ONLIVE.SITE could not be loaded');
  await expect(banner).toContainText('Appointments from the other providers are shown.');

  const onlive = providerChips(page).filter({ hasText: 'ONLIVE.SITE' });
  await expect(onlive).toContainText('Error');
  await expect(onlive.getByRole('button', { name: 'Retry ONLIVE.SITE' })).toBeVisible();
  await expect(providerChips(page).filter({ hasText: 'Caspen' })).toContainText(/\d+ appointments/);
  await expect(providerChips(page).filter({ hasText: 'Appointment.one' })).toContainText(/\d+ appointments/);
  await expect(countStatus(page)).toBeVisible();
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(bodyRows(page).filter({ hasText: 'ONLIVE.SITE' })).toHaveCount(0);

  // The failure shows from the first attempt; let the automatic retries run out first.
  await expect(banner).not.toContainText('retrying', { timeout: 30_000 });
  await sandbox.clearFaults();
  await banner.getByRole('button', { name: 'Retry ONLIVE.SITE' }).click();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await expect(onlive).toContainText(/\d+ appointments/);
  await expect(bodyRows(page).filter({ hasText: 'ONLIVE.SITE' }).first()).toBeVisible();
});
