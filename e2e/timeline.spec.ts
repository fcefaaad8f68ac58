// The timeline: one day in lanes across every provider, double bookings flagged on the blocks and
// listed, a lane-by control in the URL, arrow keys between blocks, Enter opens the panel, 0 axe issues.
import AxeBuilder from '@axe-core/playwright';
import { expect, ON_PASSTHROUGH, test } from './support/fixtures.ts';
import { detailPanel, gotoList } from './support/list-page.ts';
import { conflictsList, gotoView, timelineBlocks, viewNav } from './support/day-views-helpers.ts';
import { sandboxUrl } from './support/stack.ts';

test('the header opens the timeline for today at ?view=timeline, lanes by staff', async ({ page }) => {
  await gotoList(page);
  await viewNav(page).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/appointments\?view=timeline$/);
  await expect(page.getByRole('heading', { name: 'Timeline, Wed, 18 Nov 2026' })).toBeVisible();
  await expect(page.getByLabel('Lanes by')).toHaveValue('staff');
  await expect(
    page.getByRole('list', { name: /Caspen|Appointment\.one|ONLIVE\.SITE/ }).first(),
  ).toBeVisible();
  expect(await timelineBlocks(page).count()).toBeGreaterThan(0);
});

// The e2e sandbox (seed 42, anchored 18 Nov) books one Caspen practitioner 03:30–04:30 and 04:15–05:00
// UTC on 15 Nov, both arrived. (The 02:00–04:00 / 02:15–03:15 pair of the dev sandbox on 1 Dec is
// checked through the adapter in integration/day-conflicts.test.ts.)
test('a practitioner booked twice at once is flagged on both blocks and listed', async ({ page }) => {
  await gotoView(page, 'view=timeline&from=2026-11-15&tz=UTC');
  const item = conflictsList(page)
    .getByRole('listitem')
    .filter({ hasText: /^Same staff member: / })
    .filter({ has: page.getByRole('link', { name: /^03:30–04:30/ }) })
    .filter({ has: page.getByRole('link', { name: /^04:15–05:00/ }) });
  await expect(item).toHaveCount(1);
  for (const time of [/^!?03:30–04:30/, /^!?04:15–05:00/]) {
    const flagged = timelineBlocks(page)
      .filter({ hasText: time })
      .filter({ hasText: 'Arrived, overlap: same staff member' });
    await expect(flagged).not.toHaveCount(0);
  }
});

test('scrolled sideways, the hours and the now line pass under the lane names and their corner', async ({
  page,
}) => {
  await gotoView(page, 'view=timeline');
  const scroller = page.locator('.timeline .day-view-scroll');
  await scroller.evaluate((el) => el.scrollBy({ left: 600 }));
  const box = (await scroller.boundingBox())!;
  // The top of the name column, where the axis runs: what is drawn there is the corner, not an hour.
  for (const dx of [20, 100, 180]) {
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.className ?? '',
      [box.x + dx, box.y + 14],
    );
    expect(hit).toBe('timeline-axis');
  }
  // Below the axis, the names: the now line (10:30, now left of the visible hours) is not drawn over
  // them. Hit-testing follows paint order once the line takes the pointer.
  await page.addStyleTag({ content: '.timeline-grid *::after { pointer-events: auto !important; }' });
  const overNames = await page.evaluate(
    ([left, y]) =>
      Array.from({ length: 196 }, (_, i) => left! + 2 + i).filter(
        (x) => document.elementFromPoint(x, y!)?.closest('.lane-label') === null,
      ),
    [box.x, box.y + 60],
  );
  expect(overNames).toEqual([]);
  await page.screenshot({ path: '/work/probe/timeline-corner.png' });
});

// A day the generated data does not reach, so its bookings are this test's alone: 20 ONLIVE.SITE
// bookings at 10:00 share at most five agent calendars, so at least 30 pairs of one staff member overlap.
const BUSY_DAY = '2027-06-15';

test.describe('on a day of its own', () => {
  // Booked just before the page opens, seven months ahead: the mirror finds bookings that far out at
  // its next full check, not its 20 s poll (the mirror's own tests cover that), so this runs where each
  // tab pages ONLIVE.SITE itself.
  test.use(ON_PASSTHROUGH);

  test('a busy day lists the first 20 conflicts, "Show all" the rest, each link opens the panel', async ({
    page,
    request,
  }) => {
    for (let i = 0; i < 20; i += 1) {
      const booked = await request.post(`${sandboxUrl('onlive', 'passthrough')}/__sandbox/bookings`, {
        data: { startMs: Date.parse(`${BUSY_DAY}T10:00:00Z`), durationMinutes: 60, clientName: `Busy ${i}` },
      });
      expect(booked.status()).toBe(201);
    }
    await gotoView(page, `view=timeline&from=${BUSY_DAY}&tz=UTC`);
    const list = conflictsList(page);
    const heading = list.getByRole('heading', { name: /^Conflicts: [\d,]+ overlaps$/ });
    const total = Number((/([\d,]+)/.exec((await heading.textContent()) ?? '')?.[1] ?? '').replace(/,/g, ''));
    expect(total).toBeGreaterThanOrEqual(30);
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(20);

    const toggle = list.getByRole('button', { name: `Show all ${total}` });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(total);
    // The toggle stays put and keeps focus, now offering the short list again.
    const expanded = list.getByRole('button', { name: 'Show the first 20' });
    await expect(expanded).toBeFocused();
    await expect(expanded).toHaveAttribute('aria-expanded', 'true');

    // The first item and one only "Show all" revealed; each link names its client ("10:00–11:00 Busy 7").
    for (const item of [items.first(), items.last()]) {
      const link = item.getByRole('link').last();
      const client = /Busy \d+$/.exec((await link.textContent()) ?? '')?.[0] ?? '';
      await link.click();
      await expect(page).toHaveURL(/\/appointments\/onlive\/[^?]+\?.*\bview=timeline\b/);
      const who = detailPanel(page).getByRole('region', { name: 'Who', exact: true });
      await expect(who.getByText(client, { exact: true }).first()).toBeVisible();
    }
  });
});

test('the lane-by control regroups the lanes and is kept in the URL', async ({ page }) => {
  await gotoView(page, 'view=timeline');
  await page.getByLabel('Lanes by').selectOption('room');
  await expect(page).toHaveURL(/[?&]lanes=room\b/);
  await expect(page.getByRole('list', { name: /^No room or calendar/ })).toBeVisible();
  await page.getByLabel('Lanes by').selectOption('location');
  await expect(page).toHaveURL(/[?&]lanes=location\b/);
  await page.reload();
  await expect(page.getByLabel('Lanes by')).toHaveValue('location');
});

test('arrow keys move between blocks and Enter opens the detail panel', async ({ page }) => {
  await gotoView(page, 'view=timeline');
  const blocks = timelineBlocks(page);
  // One Tab stop for all blocks.
  await expect(blocks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await blocks.and(page.locator('[tabindex="0"]')).focus();
  const first = await page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.textContent);
  expect(second).not.toBe(first);
  await page.keyboard.press('Enter');
  await expect(detailPanel(page)).toBeVisible();
  await expect(page).toHaveURL(/\/appointments\/[a-z-]+\/[^?]+\?view=timeline/);
});

test('the timeline has no axe violations', async ({ page }) => {
  await gotoView(page, 'view=timeline&tz=UTC');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});
