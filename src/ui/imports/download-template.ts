import { query } from '../../app/kernel/client';
import type { TemplateKind } from '../../domain/import';
import { locale } from '../i18n';
import { downloadBlob } from '../kit/download';

/** Downloads a CSV template for the organization's attributes (the CSV code loads on demand). */
export async function downloadTemplate(kind: TemplateKind): Promise<void> {
  const { blob, fileName } = await query('template', { kind, locale: locale.value });
  downloadBlob(blob, fileName);
}
