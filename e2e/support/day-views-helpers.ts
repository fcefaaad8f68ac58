// Shared steps for the Today board, timeline and day-sheet specs. Role and label locators only.
import { expect, type Locator, type Page } from '@playwright/test';
import { expectListSettled } from './list-page.ts';

export function viewNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Views' });
}

export function todayTable(page: Page): Locator {
  return page.getByRole('table', { name: "Today's appointments" });
}

/** The board's appointment rows (hour headings and the now line have no link). */
export function todayRows(page: Page): Locator {
  return todayTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link') });
}

export function summaryButton(page: Page, name: string): Locator {
  return page
    .getByRole('group', { name: 'Summary' })
    .getByRole('button', { name: new RegExp(`^${name}\\b`) });
}

/** The number a summary toggle shows ("Late 7" -> 7). */
export async function summaryCount(page: Page, name: string): Promise<number> {
  const text = (await summaryButton(page, name).textContent()) ?? '';
  const match = /(\d+)/.exec(text.replace(/,/g, ''));
  if (!match) throw new Error(`no count in ${text}`);
  return Number(match[1]);
}

export async function gotoView(page: Page, query: string): Promise<void> {
  await page.goto(`/appointments?${query}`);
  await expectListSettled(page);
  // The board's and the timeline's code is its own chunk.
  await expect(page.getByText('Loading the view…')).toHaveCount(0);
}

export function timelineBlocks(page: Page): Locator {
  return page
    .getByRole('region', { name: /^Timeline,/ })
    .getByRole('listitem')
    .getByRole('link');
}

export function conflictsList(page: Page): Locator {
  return page.getByRole('region', { name: /^(Conflicts|No conflicts)/ });
}

export async function expectHeading(page: Page, name: RegExp): Promise<void> {
  await expect(page.getByRole('heading', { name })).toBeVisible();
}
