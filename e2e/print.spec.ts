// The printable day sheet, checked on Chromium's own PDF output: every row of the filtered view (not
// only the virtualised window), the days, the filters and "printed at", and none of the screen chrome.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { pdfPagesText } from './support/pdf-text.ts';
import { DEFAULT_DAYS, onDays, sandboxRows } from './support/sandbox-rows.ts';
import { gotoList, readCount } from './support/list-page.ts';
import { E2E_STACK } from './support/stack.ts';

const madridTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: E2E_STACK.timeZone,
  hour: '2-digit',
  minute: '2-digit',
});

async function printToText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: false });
  await page.emulateMedia({ media: null });
  return (await pdfPagesText(pdf)).join('\n');
}

/** The start times of the printed rows ("10:30–11:15", "23:30–00:15 (+1 day)" -> "10:30"), in order. */
function printedStarts(text: string): string[] {
  return [...text.matchAll(/^(\d{2}:\d{2})–\d{2}:\d{2}(?: \(\+\d+ days?\))?$/gm)].map((m) => m[1]!);
}

test('the printout holds every row of the filtered view, far more than the screen shows', async ({
  page,
}) => {
  await gotoList(page, 'status=confirmed,pending');
  const expected = onDays(sandboxRows(), DEFAULT_DAYS.from, DEFAULT_DAYS.to)
    .filter((r) => r.status === 'confirmed' || r.status === 'pending')
    .map((r) => r.startMs)
    .sort((a, b) => a - b)
    .map((ms) => madridTime.format(ms));
  expect((await readCount(page)).shown).toBe(expected.length);
  // The screen table only draws the rows in view.
  expect(await page.getByRole('table', { name: 'Appointments' }).locator('tbody tr').count()).toBeLessThan(
    expected.length,
  );
  const text = await printToText(page);
  expect(printedStarts(text)).toEqual(expected);
  // Late bookings that end after midnight say so, rather than reading as that morning.
  expect(text).toMatch(/^23:\d{2}–00:\d{2} \(\+1 day\)$/m);
});

test('the printout names the days, the active filters and when it was printed', async ({ page }) => {
  await gotoList(page, 'status=arrived&provider=caspen');
  const text = await printToText(page);
  expect(text).toContain('Appointments, Wed, 18 Nov 2026 – Tue, 24 Nov 2026');
  expect(text).toContain('Status: Arrived · Provider: Caspen');
  expect(text).toContain('Printed at Wed, 18 Nov 2026, 10:30 (Europe/Madrid)');
});

test('the printout leaves out the filter bar, the header and the open panel', async ({ page }) => {
  await gotoList(page, 'view=today');
  await page.getByRole('table', { name: "Today's appointments" }).getByRole('link').first().click();
  await expect(page.getByRole('complementary', { name: 'Appointment details' })).toBeVisible();
  const text = await printToText(page);
  expect(text).toContain('Appointments: Today, Wed, 18 Nov 2026');
  for (const chrome of [
    'Search client',
    'Time zone',
    'Export CSV',
    'Frontdesk',
    'Sandbox data',
    'Raw record',
  ])
    expect(text).not.toContain(chrome);
});
