// The detail panel: opens from a row as a child route, survives reload and direct navigation (deep
// link), walks the filtered list with previous/next, and leaves the list usable.
import { expect, test } from './support/fixtures.ts';
import {
  bodyRows,
  detailPanel,
  expectListSettled,
  gotoList,
  readCount,
  rowLink,
} from './support/list-page.ts';

test('a row opens the panel; the deep link survives a reload', async ({ page }) => {
  test.slow(); // three full page loads of every provider
  await gotoList(page, 'sort=client');
  const row = bodyRows(page).nth(2);
  await rowLink(row).click();
  await expect(page).toHaveURL(/\/appointments\/(caspen|appointment-one|onlive)\/[^/?]+\?sort=client$/);
  const panel = detailPanel(page);
  await expect(panel).toBeVisible();
  const heading = await panel.getByRole('heading', { level: 2 }).textContent();
  for (const section of [
    'When',
    'Who',
    'Where',
    'Service',
    'Status history',
    'Notes',
    'Provider details',
    'Raw record',
  ]) {
    await expect(panel.getByRole('heading', { name: section, level: 3 })).toBeVisible();
  }
  await expect(row).toHaveAttribute('aria-current', 'true');

  await page.reload();
  await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText(heading ?? '');
  await expectListSettled(page);
  await expect(detailPanel(page).getByText(/^3 of \d+$/)).toBeVisible();
  await expect(bodyRows(page).nth(2)).toHaveAttribute('aria-current', 'true');

  // A fresh tab on the same URL (no cached list) shows the same appointment.
  const deepLink = page.url();
  const fresh = await page.context().newPage();
  await fresh.clock.setFixedTime(new Date('2026-11-18T09:30:00.000Z'));
  await fresh.goto(deepLink);
  await expect(detailPanel(fresh).getByRole('heading', { level: 2 })).toHaveText(heading ?? '');
  await fresh.close();
});

test('previous and next walk the filtered, sorted rows', async ({ page }) => {
  await gotoList(page);
  const { shown } = await readCount(page);
  await rowLink(bodyRows(page).first()).click();
  const panel = detailPanel(page);
  await expect(panel.getByText(`1 of ${shown}`, { exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Previous appointment' })).toBeDisabled();
  const firstUrl = page.url();
  await panel.getByRole('button', { name: 'Next appointment' }).click();
  await expect(panel.getByText(`2 of ${shown}`, { exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(firstUrl);
  await expect(bodyRows(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await panel.getByRole('button', { name: 'Previous appointment' }).click();
  await expect(panel.getByText(`1 of ${shown}`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(firstUrl);
});

test('the panel is non-modal: another row can be opened while it is open, and Close returns to the list', async ({
  page,
}) => {
  await gotoList(page);
  await rowLink(bodyRows(page).first()).click();
  await expect(detailPanel(page)).toBeVisible();
  await rowLink(bodyRows(page).nth(3)).click();
  await expect(detailPanel(page).getByText(/^4 of \d+$/)).toBeVisible();
  await detailPanel(page).getByRole('button', { name: 'Close details' }).click();
  await expect(detailPanel(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/appointments$/);
  await expect(rowLink(bodyRows(page).nth(3))).toBeFocused();
});

test('an unknown appointment shows a message in the panel, not an error page', async ({ page }) => {
  await page.goto('/appointments/caspen/app_DOES_NOT_EXIST');
  const panel = detailPanel(page);
  await expect(panel.getByRole('heading', { name: 'Appointment not found' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('table', { name: 'Appointments' })).toBeVisible();
});
