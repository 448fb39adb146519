import { test, expect } from './fixtures';
import { GroupsPage } from './pages/groups-page';
import { expectFitsPhone, PHONE } from './pages/narrow-screen';
import { PL_SEARCH, SiteHeader } from './pages/site-header';
import { t } from './pages/strings';

/** The relative luminance of a CSS `rgb(…)` colour (WCAG), 0 black … 1 white. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const bodyBackground = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the portal follows the theme chosen on a guide, and the guides follow the portal', async ({
  page,
  guide,
  portal,
}) => {
  const header = new SiteHeader(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await guide.goto('directory');
  const guideHeight = (await header.banner.boundingBox())!.height;
  await header.chooseTheme('dark');
  expect(await header.shownTheme()).toBe('dark');

  await portal.goto();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(header.themeSelect).toHaveValue('dark');
  expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
  // The same header: same height as the guide's.
  expect((await header.banner.boundingBox())!.height).toBeCloseTo(guideHeight, 0);

  await header.chooseTheme('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.9);
  await guide.goto('directory');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(header.themeSelect).toHaveValue('light');
});

test('with no choice made, the lab pages follow the system’s dark mode', async ({ page }) => {
  const header = new SiteHeader(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/portal/', '/practice/', '/templates/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(header.themeSelect).toHaveValue('auto');
    expect(luminance(await bodyBackground(page)), path).toBeLessThan(0.05);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/portal/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the search dialog of a Polish page speaks Polish', async ({ page }) => {
  await page.goto('/pl/guides/directory/');
  const dialog = await new SiteHeader(page, 'pl').openSearch();
  await expect(
    dialog.getByRole('search', { name: PL_SEARCH['pagefind.search_label'] }),
  ).toBeVisible();
  await dialog.getByRole('textbox').fill('grupy');
  await expect(dialog.getByText(/Wyniki dla|Jeden wynik/)).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: PL_SEARCH['pagefind.clear_search'] }),
  ).toBeVisible();
  await expect(dialog).not.toContainText(/results? for|Search this site|Clear/);
});

test('at 390 px the portal never scrolls sideways and wide tables say they scroll', async ({
  page,
  portal,
}) => {
  await page.setViewportSize(PHONE);
  await portal.goto();
  await portal.loadDemo();
  await expectFitsPhone(page);

  await portal.openSection('actions');
  await expect(page.getByRole('table')).toBeVisible();
  await expectFitsPhone(page);
  // The Actions table is wider than a phone: its frame is a labelled region the keyboard scrolls.
  const actions = page.getByRole('region', {
    name: t('table.scrollRegion', { name: t('actions.caption', { count: 10 }) }),
  });
  await actions.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => actions.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

  await portal.openSection('connectors');
  await expect(page.getByRole('table')).toBeVisible();
  await expectFitsPhone(page);

  await portal.openSection('groups');
  const groups = new GroupsPage(page);
  await groups.openGroup('Warehouse North');
  await expect(page.getByRole('table')).toBeVisible();
  await expectFitsPhone(page);
});
