import type { Problem } from '../../domain/errors';
import { fileColumn } from '../../domain/import';
import type { Locale } from '../../domain/types';
import { problemLine } from '../../i18n';
import { toCsvLine } from '../../io/csv-write';

export { LOG_HEADER, FILE_LOG_HEADER, logHeaderFor, errorLogBlob } from '../jobs/log-file';

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
