// The shell: header with provider status (one chip per provider, counts once loaded), the skip link,
// and unknown paths answered inside the shell. (The "Sandbox data" badge follows `GET /api/providers`;
// the production server in this stack does not know its upstreams are the sandbox: unit-tested.)
import { expect, test } from './support/fixtures.ts';
import { expectListSettled, providerChips } from './support/list-page.ts';

test('the header shows one status chip per provider with its count', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/appointments$/);
  await expectListSettled(page);
  const chips = providerChips(page);
  await expect(chips).toHaveCount(3);
  for (const [i, label] of ['Caspen', 'Appointment.one', 'ONLIVE.SITE'].entries()) {
    await expect(chips.nth(i)).toContainText(label);
    await expect(chips.nth(i)).toContainText(/\d+ appointments/);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/appointments');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown path shows the not-found page inside the shell', async ({ page }) => {
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to appointments' }).click();
  await expect(page.getByRole('table', { name: 'Appointments' })).toBeVisible();
});
