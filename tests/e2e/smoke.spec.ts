import { expect, test } from './fixtures';

test('landing page is served', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Kaizala Lab/);
});
