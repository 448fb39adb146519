import { test, expect } from './fixtures';
import { expectVisibleFocus, focusIsWithin, tabTo } from './pages/keyboard';
import { AddUsersDialog, advanceConfirm } from './pages/dialogs';
import { t } from './pages/strings';

test.beforeEach(async ({ portal, page }) => {
  await portal.goto();
  await portal.loadDemo();
  // Start like a keyboard user arriving at the page: nothing focused.
  await page.reload();
  await expect(portal.list).toBeVisible();
});

test('Tab reaches the navigation, Enter opens Settings, Tab reaches its buttons', async ({
  portal,
  page,
}) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('page.skip') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  const settings = portal.nav.getByRole('link', { name: t('nav.settings'), exact: true });
  await tabTo(page, settings);
  await expectVisibleFocus(settings);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#settings$/);
  await expect(portal.sectionTitle).toHaveText(t('nav.settings'));
  await expect(settings).toHaveAttribute('aria-current', 'page');
  // Focus moves to the section, so the next Tab continues inside it.
  await expect(portal.sectionTitle).toBeFocused();

  const advance = page.getByRole('button', { name: t('settings.advance30'), exact: true });
  await tabTo(page, advance);
  await expectVisibleFocus(advance);
  await expect(portal.today).toHaveText(`${t('settings.simulatedDate')}: Mar 1, 2026`);
  await page.keyboard.press('Enter');
  // The clock cannot go back: a confirmation, whose Advance the keyboard reaches and presses.
  const confirm = advanceConfirm(page);
  await expect(confirm.root).toBeVisible();
  const sure = confirm.root.getByRole('button', { name: t('settings.advance30'), exact: true });
  await tabTo(page, sure);
  await page.keyboard.press('Enter');
  await expect(portal.today).toHaveText(`${t('settings.simulatedDate')}: Mar 31, 2026`);
  await expect(portal.clockStatus).toBeFocused();

  const loadDemo = page.getByRole('button', { name: t('settings.loadDemo'), exact: true });
  await tabTo(page, loadDemo);
  await expectVisibleFocus(loadDemo);
});

test('the Add users dialog opens from the keyboard and Escape closes it', async ({
  portal,
  page,
}) => {
  // The network tabs follow the arrow keys.
  await tabTo(page, portal.tab('Employee'));
  await expectVisibleFocus(portal.tab('Employee'));
  await page.keyboard.press('ArrowRight');
  await expect(portal.tab('Others')).toBeFocused();
  await expect(portal.tab('Others')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(portal.tab('Employee')).toHaveAttribute('aria-selected', 'true');

  await tabTo(page, portal.addUsersButton);
  await expectVisibleFocus(portal.addUsersButton);
  await page.keyboard.press('Enter');
  const addOne = page.getByRole('button', { name: t('directory.addUsersManual'), exact: true });
  await expect(addOne).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = new AddUsersDialog(page);
  await expect(dialog.root).toBeVisible();
  expect(await focusIsWithin(dialog.root)).toBe(true);
  // Focus stays trapped in the modal.
  await tabTo(page, dialog.field(t('field.phone')));
  await expectVisibleFocus(dialog.field(t('field.phone')));

  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  // Focus goes back to where the dialog was opened from.
  await expect(portal.addUsersButton).toBeFocused();

  // Escape also closes the menu itself and returns to its button.
  await page.keyboard.press('Enter');
  await expect(addOne).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(addOne).toBeHidden();
  await expect(portal.addUsersButton).toBeFocused();
});
