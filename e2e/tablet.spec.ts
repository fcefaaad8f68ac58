// Tablets (1024x768 and 768x1024): nothing overflows the page horizontally except the table's own
// scroll area; the header chips wrap inside the viewport; the detail panel fits over the list.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import {
  appointmentsTable,
  bodyRows,
  detailPanel,
  gotoList,
  providerChips,
  rowLink,
} from './support/list-page.ts';

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function expectInsideViewport(page: Page, width: number, box: { x: number; width: number } | null) {
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`${viewport.width}x${viewport.height}: no page overflow, chips wrap, the panel fits`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await gotoList(page);
    expect(await pageOverflow(page)).toBe(0);
    const chips = providerChips(page);
    for (let i = 0; i < (await chips.count()); i += 1) {
      await expectInsideViewport(page, viewport.width, await chips.nth(i).boundingBox());
    }
    await expectInsideViewport(
      page,
      viewport.width,
      await appointmentsTable(page).locator('..').boundingBox(),
    );

    await rowLink(bodyRows(page).first()).click();
    const panel = detailPanel(page);
    await expect(panel).toBeVisible();
    expect(await pageOverflow(page)).toBe(0);
    await expectInsideViewport(page, viewport.width, await panel.boundingBox());
    // Non-modal: the list's visible part still takes clicks while the panel is open.
    await rowLink(bodyRows(page).nth(1)).click({ position: { x: 10, y: 10 } });
    await expect(panel.getByText(/^2 of \d+$/)).toBeVisible();
  });
}
