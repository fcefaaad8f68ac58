// The appointments table: agreed headers, real row counts under virtualisation, sortable headers wired
// to the URL, and column visibility.
import { expect, test } from './support/fixtures.ts';
import {
  appointmentsTable,
  bodyRows,
  gotoList,
  readCount,
  rowLink,
  WHOLE_SANDBOX,
} from './support/list-page.ts';

const HEADERS = ['Start', 'End', 'Status', 'Service', 'Client', 'Staff', 'Location', 'Provider'];

test('headers, row count and "N of M" agree', async ({ page }) => {
  await gotoList(page);
  const table = appointmentsTable(page);
  await expect(table.getByRole('columnheader')).toHaveText(HEADERS);
  const { shown, total } = await readCount(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBe(total);
  await expect(table).toHaveAttribute('aria-rowcount', String(shown + 1));
  await expect(bodyRows(page).first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rowLink(bodyRows(page).first())).toHaveText(/^\w{3}, \d{1,2} \w{3} 2026, \d{2}:\d{2} CES?T$/);
});

test('sorting by a header writes the URL and sets aria-sort', async ({ page }) => {
  await gotoList(page);
  const table = appointmentsTable(page);
  await expect(table.getByRole('columnheader', { name: 'Start' })).toHaveAttribute('aria-sort', 'ascending');
  const firstBefore = await rowLink(bodyRows(page).first()).textContent();
  await table.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/[?&]sort=-start/);
  await expect(table.getByRole('columnheader', { name: 'Start' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rowLink(bodyRows(page).first())).not.toHaveText(firstBefore ?? '');
  await table.getByRole('button', { name: 'Client' }).click();
  await expect(page).toHaveURL(/[?&]sort=client/);
  await expect(table.getByRole('columnheader', { name: 'Client' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Start' })).not.toHaveAttribute('aria-sort', /.+/);
  await page.goBack();
  await expect(table.getByRole('columnheader', { name: 'Start' })).toHaveAttribute('aria-sort', 'descending');
});

test('the column menu hides and restores columns, and keeps the required ones', async ({ page }) => {
  await gotoList(page);
  const table = appointmentsTable(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox', { name: /Start/ })).toBeDisabled();
  await menu.getByRole('menuitemcheckbox', { name: 'Staff' }).click();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Staff' })).toHaveCount(0);
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Client' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Staff' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Staff' }).click();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Staff' })).toBeVisible();
});

test('only the rows in view are in the DOM, and the last one is reachable with its real index', async ({
  page,
}) => {
  await gotoList(page, WHOLE_SANDBOX);
  const { shown } = await readCount(page);
  expect(shown).toBeGreaterThan(1000);
  const table = appointmentsTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', String(shown + 1));
  expect(await bodyRows(page).count()).toBeLessThanOrEqual(150);
  await table.hover();
  for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, 20_000);
  await page.mouse.wheel(0, 1_000_000);
  await expect(bodyRows(page).last()).toHaveAttribute('aria-rowindex', String(shown + 1));
  expect(await bodyRows(page).count()).toBeLessThanOrEqual(150);
});

test('times follow the time zone in the URL, with the zone shown', async ({ page }) => {
  await gotoList(page);
  const madrid = await rowLink(bodyRows(page).first()).textContent();
  expect(madrid).toMatch(/ CET$/);
  await gotoList(page, 'tz=America/New_York');
  await expect(rowLink(bodyRows(page).first())).toHaveText(/ EST$/);
  await gotoList(page, 'tz=Asia/Tokyo');
  await expect(rowLink(bodyRows(page).first())).toHaveText(/ GMT\+9$/);
});
