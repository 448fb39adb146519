import { test, expect } from './fixtures';
import { tIn } from './pages/strings';

/*
 * Expected Polish texts are read from src/i18n/pl.ts through the same fallback the UI uses:
 * while a key is not translated yet, the English text is what must show.
 */
const pl = (key: Parameters<typeof tIn>[1]) => tIn('pl', key);

test('the Polish portal shows Polish navigation and switches language both ways', async ({
  portal,
  page,
}) => {
  await portal.goto('pl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { name: pl('onboarding.title') })).toBeVisible();
  await page.getByRole('button', { name: pl('settings.loadDemo'), exact: true }).click();

  const nav = page.getByRole('navigation', { name: pl('nav.label') });
  for (const key of ['nav.directory', 'nav.groups', 'nav.settings'] as const) {
    await expect(nav.getByRole('link', { name: pl(key), exact: true })).toBeVisible();
  }
  await expect(
    page.getByRole('tab', { name: pl('network.employee'), exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
  await nav.getByRole('link', { name: pl('nav.settings'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: pl('nav.settings') })).toBeVisible();

  // The header link leads to the same page in English, and back.
  const toEnglish = page.getByRole('link', { name: 'English', exact: true });
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(portal.nav.getByRole('link', { name: 'Directory', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Polski', exact: true }).click();
  await expect(page).toHaveURL(/\/pl\/portal\/$/);
  await expect(nav.getByRole('link', { name: pl('nav.directory'), exact: true })).toBeVisible();
});

test('a Polish guide renders with its island', async ({ guide, page }) => {
  await guide.goto('directory', 'pl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  // A fresh browser: the island offers to set up the sandbox, in Polish.
  const island = page.getByRole('region', { name: pl('onboarding.title') });
  await expect(island).toBeVisible();
  await island.getByRole('button', { name: pl('settings.loadDemo'), exact: true }).click();

  await expect(page.getByRole('tab', { name: pl('network.employee'), exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: pl('network.others'), exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Anna Nowak/ })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: pl('directory.search') })).toBeVisible();
});
