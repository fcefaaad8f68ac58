// The URL is the list's state: filters set through the UI are written to the address, and reload,
// back and forward restore exactly the same view (controls, count and rows).
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { closePopover, filterBar, openFilter } from './support/filter-bar.ts';
import {
  appointmentsTable,
  bodyRows,
  countStatus,
  expectListSettled,
  gotoList,
} from './support/list-page.ts';

interface View {
  url: string;
  count: string | null;
  chips: string[];
  search: string;
  zone: string;
  firstRows: string[];
}

async function view(page: Page): Promise<View> {
  const chips = filterBar(page).getByRole('list', { name: 'Active filters' }).getByRole('button');
  return {
    url: page.url(),
    count: await countStatus(page).textContent(),
    chips: (await chips.count()) === 0 ? [] : await chips.allTextContents(),
    search: await filterBar(page).getByRole('searchbox', { name: 'Search' }).inputValue(),
    zone: await filterBar(page).getByRole('combobox', { name: 'Time zone' }).inputValue(),
    firstRows: await Promise.all(
      [0, 1, 2].map(async (i) => (await bodyRows(page).nth(i).textContent()) ?? ''),
    ),
  };
}

async function expectView(page: Page, expected: View): Promise<void> {
  await expectListSettled(page);
  await expect(page).toHaveURL(expected.url);
  await expect(countStatus(page)).toHaveText(expected.count ?? '');
  expect(await view(page)).toEqual(expected);
}

test('reload, back and forward restore the exact view', async ({ page }) => {
  await gotoList(page);
  const initial = await view(page);

  const status = await openFilter(page, 'Status');
  await status.getByRole('checkbox', { name: 'Confirmed', exact: true }).check();
  await closePopover(page);
  await expect(page).toHaveURL(/\?status=confirmed$/);
  await expectListSettled(page);
  const confirmed = await view(page);

  await filterBar(page).getByRole('searchbox', { name: 'Search' }).fill('a');
  await expect(page).toHaveURL(/\?status=confirmed&q=a$/);
  await appointmentsTable(page).getByRole('button', { name: 'Client' }).click();
  await filterBar(page).getByRole('combobox', { name: 'Time zone' }).selectOption('America/New_York');
  await expect(page).toHaveURL(/\?status=confirmed&q=a&sort=client&tz=America\/New_York$/);
  await expectListSettled(page);
  const full = await view(page);
  expect(full.firstRows.join()).toContain(' EST');
  expect(full.chips).toEqual(['Remove filter Status: Confirmed×', 'Remove filter Search: “a”×', 'Clear all']);

  await page.reload();
  await expectView(page, full);

  await page.goBack(); // before the zone change
  await expect(page).toHaveURL(/\?status=confirmed&q=a&sort=client$/);
  await page.goBack(); // before the sort
  await page.goBack(); // before the search
  await expectView(page, confirmed);
  await page.goBack();
  await expectView(page, initial);

  await page.goForward();
  await expectView(page, confirmed);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expectView(page, full);
});

test('opening an appointment keeps the list state in its URL, and closing returns to it', async ({
  page,
}) => {
  await gotoList(page, 'status=pending&provider=onlive&sort=-start');
  const before = await view(page);
  await bodyRows(page).first().getByRole('link').click();
  await expect(page).toHaveURL(
    /\/appointments\/onlive\/[0-9a-f-]+\?status=pending&provider=onlive&sort=-start$/,
  );
  await expect(page.getByRole('complementary', { name: 'Appointment details' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Appointment details' })).toBeVisible();
  await expect(countStatus(page)).toHaveText(before.count ?? '');
  await page.goBack();
  await expectView(page, before);
});
