// The Today board: one click to today, rows grouped by hour under one date, a now line it scrolls to,
// a summary strip whose toggles filter (in the URL), and a Refresh that refetches.
import { expect, test } from './support/fixtures.ts';
import { bodyRows, gotoList, rowLink } from './support/list-page.ts';
import {
  gotoView,
  summaryButton,
  summaryCount,
  todayRows,
  todayTable,
  viewNav,
} from './support/day-views-helpers.ts';

test('one click in the header opens today, at ?view=today, with the date shown once', async ({ page }) => {
  await gotoList(page);
  await viewNav(page).getByRole('link', { name: 'Today' }).click();
  await expect(page).toHaveURL(/\/appointments\?view=today$/);
  await expect(viewNav(page).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  // The e2e clock is 18 Nov 2026 10:30 in Madrid.
  await expect(page.getByRole('heading', { name: 'Today, Wed, 18 Nov 2026' })).toBeVisible();
  await expect(todayRows(page).first()).toBeVisible();
  await expect(todayTable(page)).not.toContainText('18 Nov');
});

test('rows are grouped under hour headings in time order', async ({ page }) => {
  await gotoView(page, 'view=today');
  const hours = await todayTable(page).getByRole('rowheader').allTextContents();
  expect(hours.length).toBeGreaterThan(1);
  expect(hours.every((h) => /^\d{2}:00$/.test(h))).toBe(true);
  expect([...hours].sort()).toEqual(hours);
  // Each row's start lies in the hour of the heading above it.
  const rows = await todayTable(page).getByRole('row').allTextContents();
  let hour = '';
  for (const text of rows.slice(1)) {
    if (/^\d{2}:00$/.test(text)) hour = text.slice(0, 2);
    else if (/^\d{2}:\d{2}–/.test(text)) expect(text.slice(0, 2)).toBe(hour);
  }
});

test('the board opens scrolled to the now line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 600 });
  await gotoView(page, 'view=today');
  await expect(page.getByRole('row', { name: 'Now 10:30' })).toBeInViewport();
});

test('a row selected in the list is the Tab stop on the board; the click keeps focus on the switcher', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 600 });
  // The board's code already here (as after the idle preload), so it mounts with its rows at once.
  await gotoView(page, 'view=today');
  await viewNav(page).getByRole('link', { name: 'List' }).click();
  await expect(page.getByRole('table', { name: 'Appointments' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('j');
  const picked = rowLink(bodyRows(page).nth(2));
  await expect(picked).toBeFocused();
  const time = /(\d{2}:\d{2})/.exec((await picked.textContent()) ?? '')?.[1] ?? 'none';
  const today = viewNav(page).getByRole('link', { name: 'Today' });
  await today.click();
  await expect(page.getByRole('row', { name: /^Now / })).toBeInViewport();
  await expect(today).toBeFocused();
  await expect(todayTable(page).locator('a[tabindex="0"]')).toHaveText(new RegExp(`^${time}–`));
});

test('Esc on a panel opened from the board puts the focus back on its row', async ({ page }) => {
  await gotoView(page, 'view=today');
  const link = todayRows(page).nth(2).getByRole('link');
  await link.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Appointment details' });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('a summary toggle filters the board and is kept in the URL', async ({ page }) => {
  await gotoView(page, 'view=today');
  const late = await summaryCount(page, 'Late');
  expect(late).toBeGreaterThan(0);
  await summaryButton(page, 'Late').click();
  await expect(summaryButton(page, 'Late')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]show=late\b/);
  await expect(todayRows(page)).toHaveCount(late);
  await page.reload();
  await expect(summaryButton(page, 'Late')).toHaveAttribute('aria-pressed', 'true');
  await expect(todayRows(page)).toHaveCount(late);
});

test('Refresh fetches the providers again and says when the data was updated', async ({ page }) => {
  await gotoView(page, 'view=today');
  await expect(page.getByText(/^Updated \d+ s ago$/)).toBeVisible();
  const refetch = page.waitForRequest((r) => r.url().includes('/api/mirror/onlive/appointments?'));
  await page.getByRole('button', { name: 'Refresh' }).click();
  await refetch;
  await expect(page.getByText(/^Updated 0 s ago$/)).toBeVisible();
});
