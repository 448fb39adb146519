import type { Problem } from '../../domain/errors';
import { NAME_HEADER, PHONE_HEADER } from '../../domain/import';
import type { Locale } from '../../domain/types';
import { problemMessage, translate } from '../../i18n';
import { toCsvLine } from '../../io/csv-write';

/** SPEC §5.4: `Row,Column,Value,Error`, UTF-8 with BOM; Row is the line in the uploaded file. */
export const LOG_HEADER = ['Row', 'Column', 'Value', 'Error'];

function columnName(column: string | undefined): string {
  if (column === 'phone') return PHONE_HEADER;
  if (column === 'name') return NAME_HEADER;
  return column ?? '';
}

/** The message of a problem as the log and the check table show it; warnings say so. */
export function describeProblem(problem: Problem, locale: Locale): string {
  const message = problemMessage(locale, problem);
  return problem.warning ? translate(locale, 'import.log.warning', { message }) : message;
}

/** Log lines (each ending in CRLF) for problems, ordered by row. */
export function logLines(problems: readonly Problem[], locale: Locale): string {
  return [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .map(
      (p) =>
        `${toCsvLine([
          p.row === undefined ? '' : String(p.row),
          columnName(p.column),
          p.value ?? '',
          describeProblem(p, locale),
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
