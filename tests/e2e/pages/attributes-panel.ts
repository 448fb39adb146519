import { expect, type Locator, type Page } from '@playwright/test';
import { t } from './strings';

export type AttributeTypeName = 'text' | 'number' | 'yesno' | 'datetime';

/** Manage Attributes (in the directory, and in the attributes guide). */
export class AttributesPanel {
  readonly root: Locator;
  readonly addNew: Locator;
  readonly saveButton: Locator;
  /** "Nothing was saved. Fix these…" with the problems, or another refusal. */
  readonly problems: Locator;
  readonly saved: Locator;
  readonly readOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: t('attributes.title'), exact: true });
    // The label wraps the select, so its name also carries the selected option ("Choose…").
    this.addNew = this.root.getByRole('combobox', {
      name: new RegExp(`^${t('attributes.addNew')}`),
    });
    this.saveButton = this.root.getByRole('button', { name: t('common.save'), exact: true });
    this.problems = this.root.getByRole('alert');
    this.saved = this.root.getByRole('status');
    this.readOnlyNotice = this.root.getByText(t('attributes.readOnly'), { exact: true });
  }

  /** The row of a saved attribute, or of a draft by its name field. */
  row(name: string): Locator {
    return this.root
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  private draftRow(index: number): Locator {
    return this.root.getByRole('row').filter({
      has: this.page.getByLabel(t('attributes.newName', { row: index }), { exact: true }),
    });
  }

  private async draftCount(): Promise<number> {
    return this.root.getByRole('textbox', { name: /^Name of new attribute/ }).count();
  }

  /** Add New → Custom attribute, then its name, type and the Mandatory flag. */
  async addCustom(draft: { name: string; type: AttributeTypeName; mandatory?: boolean }) {
    const index = (await this.draftCount()) + 1;
    await this.addNew.selectOption('custom');
    const row = this.draftRow(index);
    await row.getByLabel(t('attributes.newName', { row: index }), { exact: true }).fill(draft.name);
    await row.getByLabel(t('attributes.type'), { exact: true }).selectOption(draft.type);
    const mandatory = row.getByRole('checkbox', {
      name: `${t('attributes.flag.mandatory')}: ${draft.name || t('attributes.newAttribute')}`,
      exact: true,
    });
    await mandatory.setChecked(draft.mandatory ?? false);
  }

  /** Add New → one of the suggested attributes, by its label. */
  async addSuggested(label: string): Promise<void> {
    const index = (await this.draftCount()) + 1;
    await this.addNew.selectOption({ label });
    await expect(
      this.draftRow(index).getByLabel(t('attributes.newName', { row: index }), { exact: true }),
    ).toHaveValue(label);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
