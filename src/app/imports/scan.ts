import type { Problem } from '../../domain/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooBigProblem } from '../../domain/import';
import type { CsvRow } from '../../io/csv';
import { FileReadError } from '../../io/decode';
import { countRows, readRows, type FileFormat } from './read-rows';

/**
 * The first pass every upload makes over a file (users import, group mapping and parent
 * files): decoding, quoting, the header and the row count, before a single row is applied.
 * Each kind of file brings its own header mapper; limits and failures are the same for all.
 */

/** How to read one kind of file's header. */
export interface HeaderSpec<C> {
  /** Header names the delimiter detection looks for. */
  expected: readonly string[];
  /** The column map, or only problems when the file cannot be used. */
  map: (fields: readonly string[], line: number) => { columns?: C; problems: Problem[] };
}

export interface Scan<C> {
  format: FileFormat;
  columns: C;
  /** Warnings about the header (unknown columns…). */
  headerProblems: Problem[];
  dataRows: number;
}

export type ScanOutcome<C> = { ok: true; scan: Scan<C> } | { ok: false; problem: Problem };

/** The problem a file the io layer could not read gets; anything else is rethrown. */
export function readFailure(error: unknown): Problem {
  if (error instanceof FileReadError) {
    return {
      ...(error.line === undefined ? {} : { row: error.line }),
      // Each kind of non-CSV file gets its own advice.
      code:
        error.code === 'file.binary'
          ? `import.file.binary.${String(error.params['kind'])}`
          : `import.${error.code}`,
      params: error.params,
    };
  }
  throw error;
}

/**
 * Reads the whole file once, cheaply: past the first piece read (the header and the rows
 * read with it, ~1 MiB), rows are counted, not cut into fields (the 100,000-row bench file,
 * 7 MB, in 40–70 ms instead of 80–110 ms in Node). Anything that makes the file unusable
 * (empty, not text, an unclosed quote, a header the mapper refuses, no data rows, over a
 * limit) is a problem here.
 */
export async function scanCsv<C>(
  blob: Blob,
  region: string,
  header: HeaderSpec<C>,
  onBytes?: (bytes: number) => void,
): Promise<ScanOutcome<C>> {
  if (blob.size === 0) return { ok: false, problem: { code: 'import.file.empty' } };
  if (blob.size > MAX_IMPORT_BYTES) return { ok: false, problem: tooBigProblem(blob.size) };
  const format: Partial<FileFormat> = {};
  let columns: C | undefined;
  let headerProblems: Problem[] = [];
  let dataRows = 0;
  try {
    // Past the first piece, rows are only counted: the second pass reads them.
    for await (const piece of countRows(blob, region, header.expected, format, onBytes)) {
      if ('rows' in piece) {
        const mapped = header.map(piece.rows[0]!.fields, piece.rows[0]!.line);
        if (!mapped.columns)
          return { ok: false, problem: mapped.problems.find((p) => !p.warning)! };
        columns = mapped.columns;
        headerProblems = mapped.problems;
        dataRows = piece.rows.length - 1;
      } else dataRows = piece.counted - 1;
      if (dataRows > MAX_IMPORT_ROWS)
        return {
          ok: false,
          problem: { code: 'import.file.tooManyRows', params: { max: MAX_IMPORT_ROWS } },
        };
    }
  } catch (error) {
    return { ok: false, problem: readFailure(error) };
  }
  if (!columns) return { ok: false, problem: { code: 'import.file.empty' } };
  if (dataRows === 0) return { ok: false, problem: { code: 'import.file.noRows' } };
  return { ok: true, scan: { format: format as FileFormat, columns, headerProblems, dataRows } };
}

/**
 * The second pass's rows: every data row (the header left out) in file order, a chunk at a
 * time, read with the format the scan found.
 */
export async function* dataRows(
  blob: Blob,
  region: string,
  expected: readonly string[],
  scanned: FileFormat,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRow[]> {
  const format: Partial<FileFormat> = { ...scanned };
  let headerSeen = false;
  for await (const rows of readRows(blob, region, expected, format, onBytes)) {
    if (headerSeen) yield rows;
    else {
      headerSeen = true;
      if (rows.length > 1) yield rows.slice(1);
    }
  }
}
