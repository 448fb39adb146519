import { expect, type Locator, type Page } from '@playwright/test';
import type { ImportCounts } from '../../../src/domain/import';
import { saveDownload, type SavedFile } from './import-files';
import { t } from './strings';

export type ImportStatusName =
  'queued' | 'processing' | 'completed' | 'completedWithErrors' | 'failed' | 'cancelled';

const STATUSES: readonly ImportStatusName[] = [
  'queued',
  'processing',
  'completed',
  'completedWithErrors',
  'failed',
  'cancelled',
];

const COUNT_COLUMNS: ReadonlyArray<readonly [keyof ImportCounts, string]> = [
  ['read', t('import.count.read')],
  ['created', t('import.count.created')],
  ['updated', t('import.count.updated')],
  ['unchanged', t('import.count.unchanged')],
  ['failed', t('import.count.failed')],
];

/** Exactly one status label: the badge, not the cell around it with its progress text. */
const STATUS_TEXT = new RegExp(`^(${STATUSES.map((s) => t(`job.status.${s}`)).join('|')})$`);

/** `12,345` → 12345. */
function count(text: string): number {
  return Number(text.replace(/\D/g, ''));
}

/** Directory → Add Users → View Import History (Upload Users History): one row per job. */
export class ImportHistory {
  readonly root: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: t('import.history.title'), exact: true });
    this.table = this.root.getByRole('table');
  }

  /** The row of a job, by its file name. */
  row(fileName: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell').filter({ hasText: fileName }) });
  }

  /** A job's cell under the column headed `header`. */
  async cell(fileName: string, header: string): Promise<Locator> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === header);
    if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`);
    return this.row(fileName).getByRole('cell').nth(index);
  }

  /** The status badge of a job ("Processing", "Completed with errors"…). */
  status(fileName: string): Locator {
    return this.row(fileName).getByText(STATUS_TEXT).first();
  }

  async expectStatus(fileName: string, status: ImportStatusName, timeout = 10_000) {
    await expect(this.status(fileName)).toHaveText(t(`job.status.${status}`), { timeout });
  }

  /** The job's counts as the row shows them now. */
  async counts(fileName: string): Promise<ImportCounts> {
    const headers = (await this.table.getByRole('columnheader').allInnerTexts()).map((h) =>
      h.trim(),
    );
    const cells = await this.row(fileName).getByRole('cell').allInnerTexts();
    const out = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const [key, header] of COUNT_COLUMNS) out[key] = count(cells[headers.indexOf(header)]!);
    return out;
  }

  /** The progress bar of a running job ("12,000 of 150,000 rows"). */
  progress(fileName: string): Locator {
    return this.row(fileName).getByRole('progressbar');
  }

  cancelButton(fileName: string): Locator {
    return this.row(fileName).getByRole('button', {
      name: `${t('common.cancel')} ${fileName}`,
      exact: true,
    });
  }

  async cancel(fileName: string): Promise<void> {
    await this.cancelButton(fileName).click();
  }

  downloadErrorLog(fileName: string): Promise<SavedFile> {
    return saveDownload(this.page, () =>
      this.row(fileName)
        .getByRole('button', { name: `${t('import.downloadErrorLog')} ${fileName}`, exact: true })
        .click(),
    );
  }

  downloadOriginal(fileName: string): Promise<SavedFile> {
    return saveDownload(this.page, () =>
      this.row(fileName)
        .getByRole('button', { name: `${t('import.downloadOriginal')} ${fileName}`, exact: true })
        .click(),
    );
  }

  async refresh(): Promise<void> {
    await this.root.getByRole('button', { name: t('job.history.refresh'), exact: true }).click();
  }
}
