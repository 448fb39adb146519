import { test, expect } from './fixtures';
import { describeViolations, recordCspViolations } from './csp-violations';
import { StarlightChrome } from './pages/starlight-chrome';

/**
 * Content-Security-Policy (issue 14). Every test of the suite fails on a violation (fixtures.ts);
 * here, that the policy blocks what it must and that the code it allows still works.
 */

test('script a page did not ship is blocked, and the violation is reported', async ({
  browser,
}) => {
  // A context of its own: the suite's fixture would fail this test on the violation it wants.
  const context = await browser.newContext();
  const violations = await recordCspViolations(context);
  const page = await context.newPage();
  await page.goto('/guides/directory/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    const button = document.createElement('div');
    button.innerHTML = '<img src="/favicon.svg" onload="window.injected = true">';
    document.body.append(button);
  });
  await expect
    .poll(() => violations.map((v) => v.directive).sort())
    .toEqual(['script-src-attr', 'script-src-elem']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  expect(describeViolations(violations)).toContain(
    'script-src-elem blocked inline "window.injected = true;"',
  );
  await context.close();
});

test("Starlight's inline scripts run under the policy: theme, search, sidebar", async ({
  page,
}) => {
  const chrome = new StarlightChrome(page);
  await page.goto('/guides/bulk-import/');
  // The inline theme provider ran before the page painted, and the select follows it.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(dark|light)$/);
  await chrome.chooseTheme('Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(chrome.theme).toHaveValue('light');
  // Pagefind compiles its WebAssembly reader ('wasm-unsafe-eval') and finds a guide.
  const results = await chrome.search('attributes');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
});

test('the 404 page, in both languages, runs under the policy', async ({ page }) => {
  // Starlight's 404 carries the same inline scripts as a guide, and the search.
  for (const path of ['/no-such-page/', '/pl/no-such-page/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('404');
    await expect(page.locator('html'), path).toHaveAttribute('data-theme', /^(dark|light)$/);
  }
});
