// Locators and waits for the appointments list page: table, rows, provider chips, detail panel, count.
import { expect, type Locator, type Page } from '@playwright/test';

/** A date range that covers the whole sandbox data set (anchor ± 120 days). */
export const WHOLE_SANDBOX = 'from=2026-07-20&to=2027-03-17';

export function appointmentsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Appointments' });
}

/** Body rows only (the header row has column headers, not cells). */
export function bodyRows(page: Page): Locator {
  return appointmentsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export function providerChips(page: Page): Locator {
  return page.getByRole('list', { name: 'Provider status' }).getByRole('listitem');
}

export function detailPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Appointment details' });
}

export function countStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^[\d,]+ of [\d,]+ appointments?$/ });
}

/** Waits until no provider is loading and the "N of M appointments" count is shown. */
export async function expectListSettled(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Provider status' })).toBeVisible();
  await expect(providerChips(page).filter({ hasText: 'Loading' })).toHaveCount(0, { timeout: 30_000 });
  await expect(countStatus(page)).toBeVisible();
}

export async function gotoList(page: Page, query = ''): Promise<void> {
  await page.goto(`/appointments${query === '' ? '' : `?${query}`}`);
  await expectListSettled(page);
}

/** Parses "N of M appointments". */
export async function readCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await countStatus(page).textContent()) ?? '';
  const match = /^([\d,]+) of ([\d,]+)/.exec(text);
  if (!match) throw new Error(`unexpected count text: ${text}`);
  const num = (s: string | undefined) => Number((s ?? '').replaceAll(',', ''));
  return { shown: num(match[1]), total: num(match[2]) };
}

/** The link that opens a row (its Start cell). */
export function rowLink(row: Locator): Locator {
  return row.getByRole('link');
}
