// Focus never falls to <body> when the pressed control goes away or is busy: after removing a chip,
// Clear all, the empty state's Clear filters, Export CSV and a Retry that worked.
import { expect, ON_PASSTHROUGH, test } from './support/fixtures.ts';
import { filterBar } from './support/filter-bar.ts';
import { appointmentsTable, gotoList, providerChips } from './support/list-page.ts';

test('removing a chip moves focus to the next chip', async ({ page }) => {
  await gotoList(page, 'status=pending,confirmed');
  await filterBar(page).getByRole('button', { name: 'Remove filter Status: Pending' }).click();
  await expect(
    filterBar(page).getByRole('button', { name: 'Remove filter Status: Confirmed' }),
  ).toBeFocused();
});

test('removing the last chip moves focus to the search box', async ({ page }) => {
  await gotoList(page, 'status=pending');
  await filterBar(page).getByRole('button', { name: 'Remove filter Status: Pending' }).click();
  await expect(filterBar(page).getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
  await expect(filterBar(page).getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('Clear all moves focus to the search box', async ({ page }) => {
  await gotoList(page, 'status=pending&provider=caspen');
  await filterBar(page).getByRole('button', { name: 'Clear all' }).click();
  await expect(filterBar(page).getByRole('button', { name: 'Clear all' })).toHaveCount(0);
  await expect(filterBar(page).getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test("the empty state's Clear filters moves focus to the search box", async ({ page }) => {
  await gotoList(page, 'q=zzzz-no-such-client');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expect(filterBar(page).getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('Export CSV keeps focus on its button', async ({ page }) => {
  await gotoList(page);
  const button = page.getByRole('button', { name: 'Export CSV' });
  const download = page.waitForEvent('download');
  await button.click();
  await download;
  await expect(page.getByText(/^Exported \d+ appointments\.$/)).toBeAttached();
  await expect(button).toBeFocused();
});

test.describe('with a provider failing', () => {
  // Faults go to the passthrough stack (stack.ts).
  test.use(ON_PASSTHROUGH);

  test('a Retry that works moves focus to the list', async ({ page, sandbox }) => {
    await sandbox.setFault('onlive', { status: 503 });
    await page.goto('/appointments');
    const onlive = providerChips(page).filter({ hasText: 'ONLIVE.SITE' });
    const retry = onlive.getByRole('button', { name: 'Retry ONLIVE.SITE' });
    await expect(retry).toBeVisible({ timeout: 30_000 });
    // Wait until the automatic retries are over, so the success comes from this Retry.
    await expect(onlive).not.toContainText('retrying', { timeout: 30_000 });
    await expect(retry).not.toHaveAttribute('aria-disabled', 'true');
    await sandbox.clearFaults();
    await retry.click();
    await expect(onlive).toContainText(/\d+ appointments/, { timeout: 20_000 });
    await expect(appointmentsTable(page).getByRole('link').first()).toBeFocused();
    await expect(page.locator('body')).not.toBeFocused();
  });
});
