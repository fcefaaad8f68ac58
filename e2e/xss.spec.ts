// Sandbox provider text carrying `<script>` and `<img onerror>` never executes and never becomes
// markup: notes and titles show it as text; Appointment.one event HTML goes through DOMPurify.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { bodyRows, detailPanel, gotoList, rowLink, WHOLE_SANDBOX } from './support/list-page.ts';

const SCRIPT_TEXT = '<script>alert("xss")</script>';
const IMG_TEXT = '<img src=x onerror=alert(1)>';

/** Elements the payloads would create if they were ever parsed as HTML. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert'))
      .length,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
  }));
}

test('script and img payloads in provider text stay text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  for (const [query, payload] of [
    ['Allergic to latex', SCRIPT_TEXT],
    ['Parking at the back', IMG_TEXT],
  ] as const) {
    await gotoList(page, `${WHOLE_SANDBOX}&q=${encodeURIComponent(query)}`);
    const rows = bodyRows(page);
    const count = await rows.count();
    expect(count, `rows matching "${query}"`).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      await rowLink(rows.nth(i)).click();
      const panel = detailPanel(page);
      await expect(panel.getByText(payload).first()).toBeVisible();
      expect(await injected(page)).toEqual({ scripts: 0, images: 0 });
    }
  }
  expect(dialogs).toEqual([]);
});

test('Appointment.one event HTML is sanitised before it is rendered', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The 45-minute event's bio holds the <img onerror> payload inside real HTML (sandbox data).
  await gotoList(page, `${WHOLE_SANDBOX}&service=${encodeURIComponent('appointment-one:45min')}`);
  await rowLink(bodyRows(page).first()).click();
  const panel = detailPanel(page);
  await expect(panel.getByText(/Meet our team Parking at the back/)).toBeVisible();
  await expect(panel.getByText(IMG_TEXT)).toHaveCount(0);
  expect(await injected(page)).toEqual({ scripts: 0, images: 0 });
  // The raw record shows the payload as JSON text.
  await panel.getByText('Raw provider record').click();
  await expect(panel.getByText(/"subject":/)).toBeVisible();
  expect(dialogs).toEqual([]);
});
