import { expect, type Page } from '@playwright/test';
import { saveDownload, type SavedFile } from './import-files';
import type { PortalPage } from './portal-page';
import { t } from './strings';

/** Reports → Tenant data → Export Tenant Data; waits for the job and downloads its zip. */
export async function exportTenant(portal: PortalPage, page: Page): Promise<SavedFile> {
  await portal.openSection('reports');
  await page.getByRole('tab', { name: t('report.tab.tenant') }).click();
  await page.getByRole('button', { name: t('tenant.export.create'), exact: true }).click();
  const history = page.getByRole('region', { name: t('tenant.export.history'), exact: true });
  const download = history.getByRole('button', {
    name: new RegExp(`^${t('tenant.export.download')} kaizala-tenant-`),
  });
  await expect(download).toBeVisible({ timeout: 30_000 });
  return saveDownload(page, () => download.click());
}

/** Settings → Reset sandbox, confirmed; the portal is back at its first page. */
export async function resetSandbox(portal: PortalPage, page: Page): Promise<void> {
  await portal.openSettings();
  await page
    .getByRole('button', { name: t('settings.reset'), exact: true })
    .first()
    .click();
  await page.getByRole('button', { name: t('settings.resetConfirm'), exact: true }).click();
  await expect(portal.onboarding).toBeVisible();
}

/** The empty sandbox's Restore from a tenant export: the zip at `path`, submitted. */
export async function restore(page: Page, path: string): Promise<void> {
  const form = page.getByRole('form', { name: t('tenant.restore.title') });
  await form.getByLabel(t('tenant.restore.file')).setInputFiles(path);
  await form.getByRole('button', { name: t('tenant.restore.submit'), exact: true }).click();
}
