// Narrow screens: two-line card rows on a phone and a portrait tablet (still a table with its row
// count); the panel lies over the list instead of squeezing it at 1440, 1024 and 768 px; contact
// links are at least 24 px tall; a focused sort button is drawn; the date popover holds its fields; the
// Today board's rows are cards too.
import { expect, test } from './support/fixtures.ts';
import { gotoView, todayRows, todayTable } from './support/day-views-helpers.ts';
import { openDates } from './support/filter-bar.ts';
import { appointmentsTable, bodyRows, detailPanel, gotoList, rowLink } from './support/list-page.ts';

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`${viewport.width} px: rows are two-line cards, time, client and status over service and staff`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoList(page, 'provider=caspen');
    await expect(appointmentsTable(page)).toHaveAttribute('aria-rowcount', /^\d+$/);
    const row = bodyRows(page).first();
    const cells = row.getByRole('cell');
    // Start, Status, Service, Client, Staff (End, Location and Provider are in the panel).
    await expect(cells).toHaveCount(5);
    const top = async (i: number) => (await cells.nth(i).boundingBox())!.y;
    const [start, status, service, client, staff] = await Promise.all([0, 1, 2, 3, 4].map(top));
    expect(Math.abs(status! - start!)).toBeLessThan(4);
    expect(Math.abs(client! - start!)).toBeLessThan(4);
    expect(service! - start!).toBeGreaterThan(12);
    expect(Math.abs(staff! - service!)).toBeLessThan(4);
    const box = (await appointmentsTable(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`${viewport.width} px: the open panel lies over the list, which keeps its width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await gotoList(page);
    const before = (await appointmentsTable(page).boundingBox())!.width;
    await rowLink(bodyRows(page).first()).click();
    await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible();
    expect((await appointmentsTable(page).boundingBox())!.width).toBe(before);
  });
}

test('contact links in the panel are at least 24 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoList(page, 'provider=onlive');
  await rowLink(bodyRows(page).first()).click();
  const links = detailPanel(page)
    .getByRole('link')
    .filter({ hasText: /@|^\+?\d[\d\s-]+$/ });
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test('390 px: a sort button reached by Tab is drawn where it has the focus, and sorts', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoList(page);
  const header = appointmentsTable(page).getByRole('columnheader');
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await header.locator('button:focus').count()) break;
  }
  const focused = header.locator('button:focus');
  await expect(focused).toHaveText('Start');
  const box = (await focused.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=-start/);
  await expect(focused).toBeInViewport();
  // Drawn, the header does not widen the cards past the screen.
  for (const cell of await bodyRows(page).first().getByRole('cell').all()) {
    const edge = (await cell.boundingBox())!;
    expect(edge.x + edge.width).toBeLessThanOrEqual(390);
  }
});

for (const width of [1440, 390]) {
  test(`${width} px: the custom range's fields and Apply stay inside the date popover`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoList(page);
    const dialog = await openDates(page);
    const outer = (await dialog.boundingBox())!;
    expect(outer.x + outer.width).toBeLessThanOrEqual(width);
    for (const part of [
      dialog.getByLabel('From', { exact: true }),
      dialog.getByLabel('To', { exact: true }),
      dialog.getByRole('button', { name: 'Apply' }),
    ]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(outer.x);
      expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width);
    }
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
]) {
  test(`${viewport.width} px: Today's rows are two-line cards that fit the screen, still table rows`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoView(page, 'view=today');
    const row = todayRows(page).first();
    const cells = row.getByRole('cell');
    // Time, Status, Client, Service, Staff (Location and Provider are in the panel).
    await expect(cells).toHaveCount(5);
    const boxes = await Promise.all([0, 1, 2, 3, 4].map(async (i) => (await cells.nth(i).boundingBox())!));
    const [time, status, client, service, staff] = boxes.map((b) => b.y + b.height / 2);
    expect(Math.abs(status! - time!)).toBeLessThan(4);
    expect(Math.abs(client! - time!)).toBeLessThan(4);
    expect(service! - time!).toBeGreaterThan(12);
    expect(Math.abs(staff! - service!)).toBeLessThan(4);
    const table = (await todayTable(page).boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(viewport.width);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  });
}

test('390 px: the active filter chips take the full width under their label', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoList(page, 'status=pending,confirmed&provider=caspen,onlive&q=consult');
  const chips = page.getByRole('list', { name: 'Active filters' });
  const label = (await page.getByText('Active filters', { exact: true }).boundingBox())!;
  const list = (await chips.boundingBox())!;
  expect(list.y).toBeGreaterThanOrEqual(label.y + label.height);
  expect(Math.abs(list.x - label.x)).toBeLessThan(2);
});
