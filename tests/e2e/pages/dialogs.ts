import { expect, type Locator, type Page } from '@playwright/test';
import { t } from './strings';

/** Directory → Add Users → Add users…: one user, or a comma-separated list of numbers. */
export class AddUsersDialog {
  readonly root: Locator;
  /** The refusal of the one-user form or of the list: every problem, each naming its field. */
  readonly problems: Locator;
  /** The list's outcome: a summary line and one table row per entry. */
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /^Add users to / });
    this.problems = this.root.getByRole('alert');
    this.results = this.root.getByRole('status');
  }

  async chooseMode(mode: 'one' | 'list'): Promise<void> {
    await this.root.getByRole('radio', { name: t(`add.mode.${mode}`) }).check();
  }

  /** Picks the region numbers without a `+` are read in, by ISO code (`PL`). */
  async chooseRegion(region: string): Promise<void> {
    await this.root.getByLabel(t('field.region')).selectOption(region);
  }

  /** A form field by its visible label (attributes show `Name *` when mandatory). */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Fills the one-user form; `attributes` maps attribute labels to the text typed. */
  async fillOne(user: { phone: string; name: string; attributes?: Record<string, string> }) {
    await this.field(t('field.phone')).fill(user.phone);
    await this.field(t('field.name')).fill(user.name);
    for (const [label, value] of Object.entries(user.attributes ?? {})) {
      await this.field(label).fill(value);
    }
  }

  async submitOne(): Promise<void> {
    await this.root.getByRole('button', { name: t('add.submitOne'), exact: true }).click();
  }

  async submitList(text: string): Promise<void> {
    await this.field(t('add.list')).fill(text);
    await this.root.getByRole('button', { name: t('add.submitList'), exact: true }).click();
    await expect(this.results).toBeVisible();
  }

  /** The result rows of the list, in entry order (the header row excluded). */
  resultRows(): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async close(): Promise<void> {
    await this.root
      .getByRole('button', { name: t('common.close'), exact: true })
      .first()
      .click();
    await expect(this.root).toBeHidden();
  }
}

/** A confirmation dialog (Delete, Load demo, Remove attribute…). */
export class ConfirmDialog {
  readonly root: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    title: string | RegExp,
    readonly confirmLabel: string,
  ) {
    this.root = page.getByRole('dialog', { name: title });
    this.error = this.root.getByRole('alert');
  }

  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: this.confirmLabel, exact: true }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: t('common.cancel'), exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}

/** The dialog asking to delete selected users; the title counts them. */
export function deleteConfirm(page: Page, count: number): ConfirmDialog {
  return new ConfirmDialog(page, t('delete.title', { count }), t('common.delete'));
}

/** Settings → Advance 30 days asks first: the clock cannot go back. */
export function advanceConfirm(page: Page): ConfirmDialog {
  return new ConfirmDialog(page, t('settings.advanceTitle'), t('settings.advance30'));
}

/** User details, opened by clicking a phone number in the list. */
export class UserDetailsDialog {
  readonly root: Locator;
  readonly error: Locator;
  readonly groups: Locator;

  constructor(
    readonly page: Page,
    readonly phone: string,
  ) {
    this.root = page.getByRole('dialog').filter({ hasText: phone });
    this.error = this.root.getByRole('alert');
    this.groups = this.root.getByRole('table').filter({
      has: page.getByRole('columnheader', { name: t('details.group'), exact: true }),
    });
  }

  /** The value shown for a property (`Network`, `Organization role`…). */
  property(label: string): Locator {
    return this.root
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  groupRow(group: string): Locator {
    return this.groups.getByRole('row').filter({ hasText: group });
  }

  /** Edit: the form with the name and one field per attribute, filled with the stored values. */
  async edit(): Promise<void> {
    await this.root.getByRole('button', { name: t('details.edit'), exact: true }).click();
    await expect(
      this.root.getByRole('button', { name: t('common.save'), exact: true }),
    ).toBeVisible();
  }

  /** The edit form's field of an attribute (a select for yes/no, a text box otherwise). */
  attributeField(name: string): Locator {
    return this.root.getByLabel(name, { exact: true });
  }

  /** Saves the edit form and waits for it to close. */
  async saveEdit(): Promise<void> {
    const save = this.root.getByRole('button', { name: t('common.save'), exact: true });
    await save.click();
    await expect(save).toBeHidden();
  }

  async revokeOrgAdmin(): Promise<void> {
    await this.root.getByRole('button', { name: t('details.revokeOrgAdmin'), exact: true }).click();
  }

  /** Opens the delete confirmation of this user. */
  async delete(): Promise<ConfirmDialog> {
    await this.root.getByRole('button', { name: t('common.delete'), exact: true }).click();
    const confirm = deleteConfirm(this.page, 1);
    await expect(confirm.root).toBeVisible();
    return confirm;
  }

  async close(): Promise<void> {
    await this.root
      .getByRole('button', { name: t('common.close'), exact: true })
      .first()
      .click();
    await expect(this.root).toBeHidden();
  }
}
