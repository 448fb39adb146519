import { expect, type Locator, type Page } from '@playwright/test';
import { saveDownload, type SavedFile } from './import-files';
import { t } from './strings';

export type ExportStatusName = 'queued' | 'processing' | 'completed' | 'failed' | 'cancelled';

/** Exactly one status badge, not the cell around it with its progress text. */
const STATUS_TEXT = new RegExp(
  `^(${(['queued', 'processing', 'completed', 'failed', 'cancelled'] as const)
    .map((s) => t(`job.status.${s}`))
    .join('|')})$`,
);

/** Directory → Export Users: Create New Request and Export History (one row per request). */
export class ExportHistory {
  readonly root: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: t('export.history.title'), exact: true });
    this.table = this.root.getByRole('table');
  }

  row(fileName: string | RegExp): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell').filter({ hasText: fileName }) });
  }

  status(fileName: string | RegExp): Locator {
    return this.row(fileName).getByText(STATUS_TEXT).first();
  }

  async expectStatus(fileName: string | RegExp, status: ExportStatusName, timeout = 30_000) {
    await expect(this.status(fileName)).toHaveText(t(`job.status.${status}`), { timeout });
  }

  /** A job's cell under the column headed `header`. */
  async cell(fileName: string | RegExp, header: string): Promise<Locator> {
    const headers = (await this.table.getByRole('columnheader').allInnerTexts()).map((h) =>
      h.trim(),
    );
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`);
    return this.row(fileName).getByRole('cell').nth(index);
  }

  /** Downloads the file of the row whose file name matches (its button is named for it). */
  download(fileName: string | RegExp): Promise<SavedFile> {
    const name =
      typeof fileName === 'string'
        ? `${t('export.download')} ${fileName}`
        : new RegExp(`^${t('export.download')} ${fileName.source}$`);
    return saveDownload(this.page, () =>
      this.row(fileName).getByRole('button', { name, exact: true }).click(),
    );
  }
}

/** Export Users → Create New Request…: who goes into the file, then Create request. */
export class ExportDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: t('export.title'), exact: true });
  }

  async request(scope: 'all' | 'employee' | 'others' = 'all'): Promise<void> {
    await this.root.getByRole('radio', { name: t(`export.scope.${scope}`), exact: true }).check();
    await this.root.getByRole('button', { name: t('export.submit'), exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
