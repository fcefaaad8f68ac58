// Keyboard only: "/" focuses search, typing filters, J/K move the selection, Enter opens the panel,
// J walks it, Esc closes it and focus returns to the row.
import { expect, test } from './support/fixtures.ts';
import { bodyRows, detailPanel, gotoList, readCount, rowLink } from './support/list-page.ts';

test('from search to detail and back without a mouse', async ({ page }) => {
  await gotoList(page);
  const firstClient = await bodyRows(page).first().getByRole('cell').nth(4).textContent();
  const word = (firstClient ?? '').split(' ')[0] ?? '';
  expect(word.length).toBeGreaterThan(1);

  await page.keyboard.press('/');
  const search = page
    .getByRole('searchbox', { name: 'Search' })
    .or(page.getByRole('textbox', { name: 'Search' }));
  await expect(search).toBeFocused();
  await page.keyboard.type(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
  // The address changes first; the count follows once the list has filtered (one name, not everyone).
  await expect
    .poll(async () => {
      const count = await readCount(page);
      return count.shown < count.total;
    })
    .toBe(true);
  const { shown } = await readCount(page);
  expect(shown).toBeGreaterThan(0);

  // Leave the field (J in a field is just a letter), then J selects and focuses the first row.
  await search.blur();
  await page.keyboard.press('j');
  const first = rowLink(bodyRows(page).first());
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = detailPanel(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByText(`1 of ${shown}`, { exact: true })).toBeVisible();

  if (shown > 1) {
    await page.keyboard.press('j');
    await expect(panel.getByText(`2 of ${shown}`, { exact: true })).toBeVisible();
    await page.keyboard.press('k');
    await expect(panel.getByText(`1 of ${shown}`, { exact: true })).toBeVisible();
  }

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/appointments\\?.*q=${encodeURIComponent(word)}`));
});

test('Tab reaches the row links with a visible focus ring, one row at a time', async ({ page }) => {
  await gotoList(page);
  await page.keyboard.press('j');
  const first = rowLink(bodyRows(page).first());
  await expect(first).toBeFocused();
  await page.keyboard.press('j');
  await expect(rowLink(bodyRows(page).nth(1))).toBeFocused();
  // Shift+Tab leaves the table in one step: only the selected row is in the Tab order.
  await page.keyboard.press('Shift+Tab');
  const inBody = await page.evaluate(() => document.activeElement?.closest('tbody') !== null);
  expect(inBody).toBe(false);
  await page.keyboard.press('Tab');
  await expect(rowLink(bodyRows(page).nth(1))).toBeFocused();
  const ring = await rowLink(bodyRows(page).nth(1)).evaluate(
    (el) => getComputedStyle(el, '::after').outlineStyle,
  );
  expect(ring).toBe('solid');
});
