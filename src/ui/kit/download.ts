import type { TemplateKind } from '../../domain/import';
import type { Attribute } from '../../domain/types';
import { locale } from '../i18n';

/** Saves a Blob as a file through a temporary link (no server involved). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a CSV template for the current attributes (the CSV code loads on demand). */
export async function downloadTemplate(
  kind: TemplateKind,
  attributes: readonly Attribute[],
): Promise<void> {
  const { templateBlob, templateFileName } = await import('../../app/imports/templates');
  downloadBlob(templateBlob(kind, attributes, locale.value), templateFileName(kind));
}
