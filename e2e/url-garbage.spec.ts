// Garbage in any URL parameter falls back to its default with a visible notice naming it, never an
// error page; the rest of the address still applies.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { expectCount, filterBar } from './support/filter-bar.ts';
import { DEFAULT_DAYS, onDays, sandboxRows } from './support/sandbox-rows.ts';
import { expectListSettled } from './support/list-page.ts';

const defaultTotal = onDays(sandboxRows(), DEFAULT_DAYS.from, DEFAULT_DAYS.to).length;

function notice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'settings in the address were invalid' });
}

test('garbage parameters show the notice and the default view', async ({ page }) => {
  const garbage = [
    'from=2026-02-30',
    'to=yesterday',
    'status=pending,maybe',
    'provider=calendly',
    'service=no-provider-prefix',
    'location=mars:base',
    `q=${'x'.repeat(300)}`,
    'sort=price',
    'tz=Mars/Olympus',
    'utm_source=newsletter',
  ].join('&');
  await page.goto(`/appointments?${garbage}`);
  await expectListSettled(page);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  const box = notice(page);
  await expect(box).toBeVisible();
  const items = box.getByRole('listitem');
  await expect(items).toHaveCount(9);
  for (const label of [
    'start date',
    'end date',
    'status filter',
    'provider filter',
    'service filter',
    'location filter',
    'search text',
    'sort order',
    'time zone',
  ]) {
    await expect(items.filter({ hasText: `Ignored the ${label} in the address` })).toHaveCount(1);
  }
  await expect(box).toContainText('“Mars/Olympus”');

  // The default view: every appointment from today to 7 days ahead, no filter, the browser zone.
  await expectCount(page, defaultTotal, defaultTotal);
  const bar = filterBar(page);
  await expect(bar.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await expect(bar.getByRole('button', { name: /^Dates:/ })).toContainText('Next 7 days');
  await expect(bar.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Madrid');
  await expect(bar.getByRole('searchbox', { name: 'Search' })).toHaveValue('');

  // By keyboard: the focus goes on to the search box, not to <body> with the button it was on.
  await box.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(bar.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('valid parameters still apply beside garbage; an inverted range is swapped with a notice', async ({
  page,
}) => {
  await page.goto('/appointments?from=2026-11-25&to=2026-11-18&status=cancelled&sort=%%%');
  await expectListSettled(page);
  const box = notice(page);
  await expect(box.getByRole('listitem')).toHaveText([
    /Ignored the sort order in the address \(“%%%”\)/,
    /swapped/,
  ]);
  const cancelled = onDays(sandboxRows(), '2026-11-18', '2026-11-25');
  await expectCount(page, cancelled.filter((r) => r.status === 'cancelled').length, cancelled.length);
  await expect(
    filterBar(page).getByRole('button', { name: 'Remove filter Status: Cancelled' }),
  ).toBeVisible();
});

test('after the notice the address bar holds the canonical URL, and the notice stays', async ({ page }) => {
  await page.goto('/appointments?status=cancelled&sort=%%%&tz=Mars/Base');
  await expectListSettled(page);
  await expect(page).toHaveURL(/\/appointments\?status=cancelled$/);
  await expect(notice(page).getByRole('listitem').first()).toBeVisible();
});
