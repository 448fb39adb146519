import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { t, tIn } from './pages/strings';
import { SiteHeader } from './pages/site-header';

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

  // The header's language select leads to the same page and section in English, and back.
  await new SiteHeader(page, 'pl').switchTo('en');
  await expect(page).toHaveURL(/\/portal\/#settings$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(portal.sectionTitle).toHaveText(t('nav.settings'));

  await new SiteHeader(page, 'en').switchTo('pl');
  await expect(page).toHaveURL(/\/pl\/portal\/#settings$/);
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

test('the language switch keeps the portal section, both ways; the header links Practice', async ({
  portal,
  page,
}) => {
  await portal.goto();
  await portal.loadDemo();
  const header = page.getByRole('navigation', { name: t('page.siteNav') });
  await expect(header.getByRole('link', { name: t('page.practice'), exact: true })).toHaveAttribute(
    'href',
    '/practice/',
  );
  // The hash changes after the page loaded: the switch follows it.
  await portal.openSection('groups');
  await new SiteHeader(page, 'en').switchTo('pl');
  await expect(page).toHaveURL(/\/pl\/portal\/#groups$/);
  await expect(page.getByRole('heading', { level: 2, name: pl('nav.groups') })).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: pl('page.siteNav') })
      .getByRole('link', { name: pl('page.practice'), exact: true }),
  ).toHaveAttribute('href', '/pl/practice/');

  await new SiteHeader(page, 'pl').switchTo('en');
  await expect(page).toHaveURL(/\/portal\/#groups$/);
  await expect(page).not.toHaveURL(/\/pl\//);
  await expect(portal.sectionTitle).toHaveText(t('nav.groups'));
});

test('the language switch keeps the place on the templates page, both ways', async ({ page }) => {
  await page.goto('/templates/#kl-check-title');
  await new SiteHeader(page, 'en').switchTo('pl');
  await expect(page).toHaveURL(/\/pl\/templates\/#kl-check-title$/);
  await new SiteHeader(page, 'pl').switchTo('en');
  await expect(page).toHaveURL(/\/templates\/#kl-check-title$/);
  await expect(page).not.toHaveURL(/\/pl\//);
});

/**
 * The place of the heading the address names among the page's own headings (Starlight's
 * heading wrappers: not the live example's, which appear when its code has run), and its id.
 */
const headingIndex = (page: Page) =>
  page.evaluate(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const ids = [
      ...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper > [id]'),
    ].map((h) => h.id);
    return { index: ids.indexOf(id), id };
  });

test('the language select of a guide leads to the same heading in the other language', async ({
  page,
}) => {
  await page.goto('/guides/groups/#create-a-group');
  const english = await headingIndex(page);
  expect(english.index).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: 'Polski' });
  await expect(page).toHaveURL(/\/pl\/guides\/groups\/#/);
  // The address changes as the page starts loading; its language select works once the
  // page's scripts have run.
  await page.waitForLoadState('domcontentloaded');
  const polish = await headingIndex(page);
  expect(polish.index).toBe(english.index);
  expect(polish.id).not.toBe(english.id);

  await page.getByRole('combobox', { name: 'Wybierz język' }).selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/guides\/groups\/#create-a-group$/);
  await expect(page).not.toHaveURL(/\/pl\//);

  // A hash that names no heading is kept as it is.
  await page.goto('/guides/groups/#some-heading');
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: 'Polski' });
  await expect(page).toHaveURL(/\/pl\/guides\/groups\/#some-heading$/);
});

test('on a phone the landing has a language select too, and it keeps the section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#who-it-is-for');
  const english = await headingIndex(page);
  expect(english.index).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: 'Polski' });
  await expect(page).toHaveURL(/\/pl\/#/);
  const polish = await headingIndex(page);
  expect(polish.index).toBe(english.index);
  expect(polish.id).not.toBe(english.id);
});
