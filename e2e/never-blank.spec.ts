// Code loaded on first use is preloaded once the list has loaded; a chunk that cannot arrive (offline,
// or a release replaced it: old names 404) says "Couldn't load: Retry" in place while the list stays;
// offline, an opened appointment shows what is cached or says why not, and recovers when back online.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { sandboxRows } from './support/sandbox-rows.ts';
import { appointmentsTable, bodyRows, detailPanel, gotoList, rowLink } from './support/list-page.ts';

const ON_FIRST_USE = [
  'filter-popovers-radix',
  'column-menu-radix',
  'build-csv',
  'appointment-detail-route',
  'sanitized-html',
  'raw-record',
];

/** Answers every request for the named chunk with 404, as a server does once a release replaced it. */
async function breakChunk(page: Page, name: string) {
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
}

async function expectListStays(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('search', { name: 'Filters' })).toBeVisible();
  await expect(bodyRows(page).first()).toBeVisible();
}

test('every chunk loaded on first use is fetched once the list has rendered', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => void fetched.push(request.url()));
  await gotoList(page);
  const missing = () =>
    ON_FIRST_USE.filter((name) => !fetched.some((url) => url.includes(`/assets/${name}-`)));
  await expect.poll(missing).toEqual([]);
});

test('offline, clicking a listed appointment opens its loaded copy', async ({ page, context }) => {
  const preloaded = page.waitForRequest(/\/assets\/appointment-detail-route-/);
  await gotoList(page);
  await preloaded;
  await context.setOffline(true);
  const row = bodyRows(page).first();
  await rowLink(row).click();
  await expect(detailPanel(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible();
  await expectListStays(page);
  await context.setOffline(false);
});

test('offline, an appointment that was never loaded says why, then loads when back online', async ({
  page,
  context,
}) => {
  // An ONLIVE.SITE appointment months back: outside the default range, so in no cached list.
  const far = sandboxRows().find((r) => r.provider === 'onlive' && r.startMs < Date.parse('2026-09-01'));
  const preloaded = page.waitForRequest(/\/assets\/appointment-detail-route-/);
  await gotoList(page);
  await preloaded;
  await context.setOffline(true);
  await page.evaluate((path) => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/appointments/onlive/${far!.id}`);
  await expect(detailPanel(page).getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await expectListStays(page);
  await context.setOffline(false);
  await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible({ timeout: 15_000 });
});

test('a panel chunk that 404s says "Couldn\'t load: Retry" beside the list, and Retry loads it', async ({
  page,
}) => {
  await breakChunk(page, 'appointment-detail-route');
  await gotoList(page);
  await rowLink(bodyRows(page).first()).click();
  const failed = detailPanel(page).getByRole('alert');
  await expect(failed).toHaveText(/Couldn’t load.*: Retry/);
  await expectListStays(page);
  await expect(appointmentsTable(page)).toBeVisible();
  await page.unrouteAll();
  await failed.getByRole('button', { name: /^Retry/ }).click();
  await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible();
  await expect(page.locator('body')).not.toBeFocused();
});

test('a filter popover whose chunk 404s says so beside its trigger, and opens after Retry', async ({
  page,
}) => {
  await breakChunk(page, 'filter-popovers-radix');
  await gotoList(page);
  await page.getByRole('search', { name: 'Filters' }).getByRole('button', { name: 'Status' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'Couldn’t load' });
  await expect(failed).toBeVisible();
  await expectListStays(page);
  await page.unrouteAll();
  await failed.getByRole('button', { name: 'Retry loading the Status filter' }).click();
  await expect(page.getByRole('dialog', { name: 'Status filter' })).toBeVisible();
});

test('an export whose chunk is missing says so, and Retry exports', async ({ page }) => {
  await breakChunk(page, 'build-csv');
  await gotoList(page);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'Couldn’t load' });
  await expect(failed).toBeVisible();
  await page.unrouteAll();
  const download = page.waitForEvent('download');
  await failed.getByRole('button', { name: /^Retry/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^appointments-.*\.csv$/);
});
