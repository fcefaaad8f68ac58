// Narrow screens: two-line card rows on a phone and a portrait tablet (still a table with its row
// count); the panel lies over the list instead of squeezing it at 1440, 1024 and 768 px; contact
// links are at least 24 px tall.
import { expect, test } from './support/fixtures.ts';
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
