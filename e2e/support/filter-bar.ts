// Steps on the filter bar: open a filter or the dates, close a popover, check counts. Role and label locators.
import { expect, type Locator, type Page } from '@playwright/test';
import { countStatus } from './list-page.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

export function filterBar(page: Page): Locator {
  return page.getByRole('search', { name: 'Filters' });
}

export type FilterName = 'Status' | 'Service' | 'Provider' | 'Location';

/** Opens a multi-select filter's popover and returns it. */
export async function openFilter(page: Page, name: FilterName): Promise<Locator> {
  await filterBar(page)
    .getByRole('button', { name: new RegExp(`^${name}( \\d+ selected)?$`) })
    .click();
  const dialog = page.getByRole('dialog', { name: `${name} filter` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function closePopover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Waits for "N of M appointments" to read exactly these numbers. */
export async function expectCount(page: Page, shown: number, total: number): Promise<void> {
  const noun = total === 1 ? 'appointment' : 'appointments';
  await expect(countStatus(page)).toHaveText(
    `${numberFormat.format(shown)} of ${numberFormat.format(total)} ${noun}`,
  );
}

/** Each option's count is its accessible description ("12"); options missing from `expected` must not exist. */
export async function expectOptionCounts(
  dialog: Locator,
  expected: ReadonlyMap<string, number>,
): Promise<void> {
  for (const [name, count] of expected) {
    await expect(dialog.getByRole('checkbox', { name, exact: true })).toHaveAccessibleDescription(
      numberFormat.format(count),
    );
  }
}

export async function openDates(page: Page): Promise<Locator> {
  await filterBar(page)
    .getByRole('button', { name: /^Dates:/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Date range' });
  await expect(dialog).toBeVisible();
  return dialog;
}
