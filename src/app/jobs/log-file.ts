/**
 * An import's error log as the histories download it (SPEC §5.4). Apart from the log's rows
 * (src/app/imports/error-log.ts, written as CSV when a job logs them), so that job histories,
 * which every page reads, do not load the CSV writer (SPEC §14: CSV code only when used).
 */

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
 * The downloadable log from its stored parts (rows already CSV). The header's cells are the
 * words above — no comma, quote or line break — so joined with commas they are their CSV.
 */
export function errorLogBlob(
  parts: readonly BlobPart[],
  header: readonly string[] = LOG_HEADER,
): Blob {
  return new Blob([`\uFEFF${header.join(',')}\r\n`, ...parts], {
    type: 'text/csv;charset=utf-8',
  });
}
