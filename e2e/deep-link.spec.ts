// Opening /appointments/<provider>/<id> directly (a shared link, a reload) shows names, not ids:
// client, staff, location and service resolve for every provider.
import { expect, test } from './support/fixtures.ts';
import { sandboxRows } from './support/sandbox-rows.ts';
import { detailPanel } from './support/list-page.ts';

for (const provider of ['caspen', 'appointment-one', 'onlive'] as const) {
  test(`a deep link to a ${provider} appointment shows names`, async ({ page }) => {
    // One far from the default range, so no list has it cached: the panel fetches it alone.
    const row = sandboxRows().find((r) => r.provider === provider && r.startMs < Date.parse('2026-09-01'));
    await page.goto(`/appointments/${provider}/${encodeURIComponent(row!.id)}`);
    const panel = detailPanel(page);
    await expect(panel.getByRole('heading', { name: 'When' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Who' })).toBeVisible();
    if (row!.serviceName) await expect(panel.getByText(row!.serviceName).first()).toBeVisible();
    await expect(panel.getByText('Unknown')).toHaveCount(0);
    // Provider ids of people and places (pra_…, loc_…, cal_… or UUIDs) never stand in for names.
    await expect(panel.getByText(/^(pra|loc|cli|ser|roo)_\w+$/)).toHaveCount(0);
  });
}
