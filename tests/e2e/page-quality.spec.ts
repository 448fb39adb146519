import { test, expect } from './fixtures';
import type { Locale } from '../../src/domain/types';
import { LandingPage } from './pages/landing-page';
import { pathIn } from './pages/portal-page';
import { t, tIn } from './pages/strings';
import { expectStill, islandPlaceholders, recordLayoutShifts } from './pages/layout-shifts';

/*
 * What Lighthouse's mobile run (npm run lighthouse) found, kept fixed: islands that pushed the
 * text under them down when their code ran, lab pages without a main landmark, relative
 * hreflang alternates. On a phone's screen, as Lighthouse measures, in an empty sandbox (what
 * a new reader sees first).
 */
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

/** Lighthouse's "good" CLS is 0.1; the islands' reserved space keeps these pages near 0. */
const STILL = 0.01;

for (const lang of ['en', 'pl'] as Locale[]) {
  test(`the landing's Start does not push the text below it (${lang})`, async ({ page }) => {
    await recordLayoutShifts(page);
    await new LandingPage(page, lang).goto();
    await expect(islandPlaceholders(page)).toHaveCount(0);
    await expectStill(page, STILL);
  });
}

test('a guide whose island comes early on the page keeps its place while it loads', async ({
  page,
}) => {
  await recordLayoutShifts(page);
  await page.goto('/guides/attributes/');
  await expect(page.getByRole('region', { name: t('onboarding.title') })).toBeVisible({
    timeout: 20_000,
  });
  await expect(islandPlaceholders(page)).toHaveCount(0);
  await expectStill(page, STILL);
});

for (const path of ['/portal/', '/practice/', '/templates/'])
  test(`${path} keeps its place while it loads, in one main landmark`, async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(main).toHaveCount(1);
    await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 20_000 });
    await expect(islandPlaceholders(page)).toHaveCount(0);
    await expectStill(page, STILL);
  });

test.describe('before its code runs', () => {
  test.use({ javaScriptEnabled: false });
  test('an island shows a loading box of its own size', async ({ page }) => {
    await page.goto(pathIn('pl', '/guides/directory/'));
    const box = islandPlaceholders(page);
    await expect(box).toHaveText(tIn('pl', 'common.loading'));
    const height = (await box.boundingBox())?.height ?? 0;
    // 48rem, or the screen's height on a phone (past it a shift is not seen).
    expect(height).toBeGreaterThanOrEqual(700);
  });
});

test('lab pages name their other language with an absolute address', async ({ page }) => {
  await page.goto('/portal/');
  await expect(page.locator('link[rel="alternate"][hreflang="pl"]')).toHaveAttribute(
    'href',
    /^https?:\/\/[^/]+\/pl\/portal\/$/,
  );
});
