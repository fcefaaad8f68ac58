// Screenshots for the README: the list, an open detail panel, an error state, a tablet view, the Today
// board (also on a phone), the timeline and a printed page (print media),
// written to docs/screenshots/ and attached to the report.
import type { Page, TestInfo } from '@playwright/test';
import { expect, ON_PASSTHROUGH, test } from './support/fixtures.ts';
import { bodyRows, detailPanel, expectListSettled, gotoList, rowLink } from './support/list-page.ts';

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  // Let the skeleton/spinner animations settle so the picture is stable.
  await page.evaluate(() => document.fonts.ready);
  const path = `docs/screenshots/${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('list', async ({ page }, testInfo) => {
  await gotoList(page);
  await shoot(page, testInfo, 'list');
});

test('detail', async ({ page }, testInfo) => {
  await gotoList(page);
  await rowLink(bodyRows(page).nth(1)).click();
  await expect(detailPanel(page)).toBeVisible();
  await shoot(page, testInfo, 'detail');
});

test.describe('with a provider failing', () => {
  // Faults go to the passthrough stack (stack.ts).
  test.use(ON_PASSTHROUGH);

  test('error', async ({ page, sandbox }, testInfo) => {
    await sandbox.setFault('onlive', { status: 503 });
    await page.goto('/appointments');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible({
      timeout: 30_000,
    });
    await shoot(page, testInfo, 'error');
  });
});

test('tablet', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await gotoList(page);
  await rowLink(bodyRows(page).first()).click();
  await expect(detailPanel(page)).toBeVisible();
  await shoot(page, testInfo, 'tablet');
});

test('phone list', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoList(page);
  await shoot(page, testInfo, 'phone-list');
});

test('phone panel', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoList(page);
  await rowLink(bodyRows(page).nth(1)).click();
  await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible();
  await shoot(page, testInfo, 'phone-panel');
});

test('today', async ({ page }, testInfo) => {
  await page.goto('/appointments?view=today');
  await expectListSettled(page);
  await expect(page.getByRole('row', { name: /^Now / })).toBeInViewport();
  await shoot(page, testInfo, 'today');
});

test('phone today', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/appointments?view=today');
  await expectListSettled(page);
  await expect(page.getByRole('row', { name: /^Now / })).toBeInViewport();
  await shoot(page, testInfo, 'phone-today');
});

test('timeline', async ({ page }, testInfo) => {
  // 15 Nov in UTC: a practitioner booked twice at once, so the conflicts list and the flags show.
  await page.goto('/appointments?view=timeline&from=2026-11-15&tz=UTC');
  await expectListSettled(page);
  await expect(page.getByRole('heading', { name: /^Conflicts/ })).toBeVisible();
  await shoot(page, testInfo, 'timeline');
});

test('printed', async ({ page }, testInfo) => {
  await page.goto('/appointments?view=today');
  await expectListSettled(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: /^Appointments: Today/ })).toBeVisible();
  await shoot(page, testInfo, 'printed');
});
