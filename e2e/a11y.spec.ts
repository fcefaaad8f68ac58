// Zero axe violations (WCAG 2.2 AA rule set) on the list, with a filter menu open, with the column
// menu open, on the detail panel and on an error state.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, ON_PASSTHROUGH, test } from './support/fixtures.ts';
import { bodyRows, detailPanel, gotoList, rowLink } from './support/list-page.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

test('the list', async ({ page }) => {
  await gotoList(page);
  await expectNoViolations(page);
});

test('the list with a filter menu open', async ({ page }) => {
  await gotoList(page);
  const filters = page
    .getByRole('search')
    .or(page.getByRole('region', { name: /filters/i }))
    .or(page.getByRole('group', { name: /filters/i }));
  await filters
    .first()
    .getByRole('button', { name: /^Status/ })
    .click();
  await expect(
    page.getByRole('dialog').or(page.getByRole('menu')).or(page.getByRole('listbox')).first(),
  ).toBeVisible();
  await expectNoViolations(page);
});

test('the list with the column menu open', async ({ page }) => {
  await gotoList(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoViolations(page);
});

test('the detail panel, raw record expanded', async ({ page }) => {
  await gotoList(page);
  await rowLink(bodyRows(page).first()).click();
  await detailPanel(page).getByText('Raw provider record').click();
  await expect(detailPanel(page).getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('with a provider failing', () => {
  // Faults go to the passthrough stack (stack.ts).
  test.use(ON_PASSTHROUGH);

  test('an error state', async ({ page, sandbox }) => {
    await sandbox.setFault('onlive', { status: 503 });
    await page.goto('/appointments');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible({
      timeout: 30_000,
    });
    await expectNoViolations(page);
  });
});

// Every provider's panel at desktop, landscape and portrait tablet and phone widths, target-size
// (WCAG 2.5.8) included: one appointment per provider.
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];
for (const viewport of WIDTHS) {
  for (const provider of ['caspen', 'appointment-one', 'onlive']) {
    test(`the ${provider} panel at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await gotoList(page, `provider=${provider}`);
      await rowLink(bodyRows(page).first()).click();
      await expect(detailPanel(page).getByRole('heading', { name: 'When' })).toBeVisible();
      await expect(detailPanel(page).getByText('Raw provider record')).toBeVisible();
      await expectNoViolations(page);
    });
  }
}
