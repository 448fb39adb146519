import { expect, type Locator, type Page } from '@playwright/test';
import { t } from './strings';

/** Groups page → Bulk Upload Users: files, Check, the panel of problems, Upload. */
export class GroupUploadDialog {
  readonly dialog: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: t('groupUpload.title') });
    this.report = this.dialog.locator('.kl-check-report');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('main')
      .getByRole('button', { name: t('groups.bulkUpload'), exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseFiles(mapping: string, parents?: string): Promise<void> {
    await this.dialog.getByLabel(t('groupUpload.mappingFile')).setInputFiles(mapping);
    if (parents) await this.dialog.getByLabel(t('groupUpload.parentFile')).setInputFiles(parents);
  }

  async check(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('import.check'), exact: true }).click();
    // The files are read in the jobs worker, which starts on the first check.
    await expect(this.report).toBeVisible({ timeout: 30_000 });
  }

  get uploadButton(): Locator {
    return this.dialog.getByRole('button', { name: t('import.upload'), exact: true });
  }

  /** The row of a problem in the panel's table, found by its row number and a text. */
  problem(text: string): Locator {
    return this.report.getByRole('row').filter({ hasText: text });
  }

  async close(): Promise<void> {
    await this.dialog
      .getByRole('button', { name: t('common.close') })
      .first()
      .click();
    await expect(this.dialog).toBeHidden();
  }
}
