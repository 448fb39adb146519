import type { Problem } from '../../domain/errors';
import { fileColumn } from '../../domain/import';
import type { Locale } from '../../domain/types';
import { problemLine } from '../../i18n';
import { toCsvLine } from '../../io/csv-write';

/** SPEC §5.4: `Row,Column,Value,Error`, UTF-8 with BOM; Row is the line in the uploaded file. */
export const LOG_HEADER = ['Row', 'Column', 'Value', 'Error'];

/** Log lines (each ending in CRLF) for problems, ordered by row. */
export function logLines(problems: readonly Problem[], locale: Locale): string {
  return [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .map(
      (p) =>
        `${toCsvLine([
          p.row === undefined ? '' : String(p.row),
          fileColumn(p.column),
          p.value ?? '',
          problemLine(locale, p),
        ])}\r\n`,
    )
    .join('');
}

/** The downloadable log from its stored parts. */
export function errorLogBlob(parts: readonly BlobPart[]): Blob {
  return new Blob([`\uFEFF${toCsvLine(LOG_HEADER)}\r\n`, ...parts], {
    type: 'text/csv;charset=utf-8',
  });
}
