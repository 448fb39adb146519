import type { Problem } from '../../domain/errors';
import { fileColumn } from '../../domain/import';
import type { Locale } from '../../domain/types';
import { problemLine } from '../../i18n';
import { toCsvLine } from '../../io/csv-write';

/** SPEC §5.4: `Row,Column,Value,Error`, UTF-8 with BOM; Row is the line in the uploaded file. */
export const LOG_HEADER = ['Row', 'Column', 'Value', 'Error'];
/**
 * A group upload reads two files, so its log names each problem's file first: a row number
 * alone would not say which file it is in.
 */
export const FILE_LOG_HEADER = ['File', ...LOG_HEADER];

/** The header of a job's log, by the job's kind. */
export function logHeaderFor(kind: string): string[] {
  return kind === 'group-upload' ? FILE_LOG_HEADER : LOG_HEADER;
}

/**
 * Log lines (each ending in CRLF) for problems, ordered by row. With `file`, each line
 * starts with that file's name (the `FILE_LOG_HEADER` layout).
 */
export function logLines(problems: readonly Problem[], locale: Locale, file?: string): string {
  return [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .map((p) => {
      const cells = [
        p.row === undefined ? '' : String(p.row),
        fileColumn(p.column),
        p.value ?? '',
        problemLine(locale, p),
      ];
      return `${toCsvLine(file === undefined ? cells : [file, ...cells])}\r\n`;
    })
    .join('');
}

/** The downloadable log from its stored parts. */
export function errorLogBlob(
  parts: readonly BlobPart[],
  header: readonly string[] = LOG_HEADER,
): Blob {
  return new Blob([`\uFEFF${toCsvLine(header)}\r\n`, ...parts], {
    type: 'text/csv;charset=utf-8',
  });
}
