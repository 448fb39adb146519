import { expect, test } from '@playwright/test';

test('landing page is served', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Kaizala Lab/);
});
