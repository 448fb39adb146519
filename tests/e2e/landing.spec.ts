import { test, expect } from './fixtures';
import { DEMO } from './pages/demo';
import { guideSlugs, LandingPage } from './pages/landing-page';
import { t, tIn } from './pages/strings';
import { expectVisibleFocus, tabTo } from './pages/keyboard';

const ACME = {
  orgName: 'Acme Couriers',
  region: 'PL',
  adminName: 'Ola Kowalska',
  adminPhone: '601 234 567',
};

test('the landing links every guide, the practice page and the templates, in both languages', async ({
  page,
}) => {
  const slugs = guideSlugs();
  expect(slugs.length).toBeGreaterThan(10);
  for (const lang of ['en', 'pl'] as const) {
    const landing = new LandingPage(page, lang);
    await landing.goto();
    for (const path of [...slugs.map((s) => `/guides/${s}/`), '/practice/', '/templates/'])
      await expect(landing.linkTo(path).first(), `${lang} ${path}`).toBeVisible();
    // The Polish landing leads to Polish pages only.
    if (lang === 'pl')
      await expect(landing.main.locator('a[href^="/guides/"], a[href^="/practice/"]')).toHaveCount(
        0,
      );
  }
});

test('Start with the demo organization from an empty sandbox opens the portal on it', async ({
  page,
  portal,
}) => {
  const landing = new LandingPage(page);
  await landing.goto();
  await expect(landing.state).toHaveText(t('landing.start.empty'));
  // Nothing to replace: no question asked.
  await landing.startDemo.click();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(portal.actingAs).toContainText(DEMO.anna.name);
  await expect(portal.status).toHaveText(t('directory.count', { count: DEMO.employeeCount }));

  // Back on the landing, Start says what the sandbox holds.
  await landing.goto();
  await expect(landing.state).toContainText(
    t('landing.start.current', { organization: 'Contoso Logistics' }),
  );
  await expect(landing.state.getByRole('link')).toHaveAttribute('href', '/portal/');
});

test('Start a new organization over an existing one asks first; Cancel keeps it', async ({
  page,
  portal,
}) => {
  await portal.goto();
  await portal.onboard(ACME);

  const landing = new LandingPage(page);
  await landing.goto();
  await landing.startNew.click();
  const confirm = landing.confirmation('new');
  await expect(confirm.root).toContainText(
    t('landing.start.newText', { organization: ACME.orgName }),
  );
  await confirm.cancel();
  await expect(landing.startNew).toBeFocused();
  await page.reload();
  await expect(landing.state).toContainText(ACME.orgName);

  await landing.startNew.click();
  await confirm.confirm();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(portal.onboarding).toBeVisible();
  await expect(portal.onboarding.getByLabel(t('field.orgName'), { exact: true })).toHaveValue('');
});

test('Start with the demo over an existing organization names what it replaces', async ({
  page,
  portal,
}) => {
  await portal.goto();
  await portal.onboard(ACME);

  const landing = new LandingPage(page);
  await landing.goto();
  await landing.startDemo.click();
  const confirm = landing.confirmation('demo');
  await expect(confirm.root).toContainText(
    t('landing.start.demoText', { organization: ACME.orgName }),
  );
  await confirm.confirm();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(portal.actingAs).toContainText(DEMO.anna.name);
});

test('Start works from the keyboard, in Polish', async ({ page }) => {
  const landing = new LandingPage(page, 'pl');
  await landing.goto();
  await tabTo(page, landing.startNew, { max: 60 });
  await expectVisibleFocus(landing.startNew);
  await page.keyboard.press('Enter');
  // An empty sandbox: straight to the Polish onboarding.
  await expect(page).toHaveURL(/\/pl\/portal\/$/);
  await expect(page.getByRole('heading', { name: tIn('pl', 'onboarding.title') })).toBeVisible();

  await page.getByRole('button', { name: tIn('pl', 'settings.loadDemo'), exact: true }).click();
  await expect(page.getByRole('navigation', { name: tIn('pl', 'nav.label') })).toBeVisible();
  await landing.goto();
  await tabTo(page, landing.startDemo, { max: 60 });
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: tIn('pl', 'landing.start.demo') });
  await expect(confirm).toContainText('Contoso Logistics');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(landing.startDemo).toBeFocused();
});
