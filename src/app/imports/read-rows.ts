import { createTextDecoder } from '../../io/decode';
import { createCsvReader, detectDelimiter, type CsvReader, type CsvRow } from '../../io/csv';

/** Bytes read from the file at a time; a 200 MB file never sits in memory whole. */
export const READ_CHUNK = 1 << 20;
/** Text looked at to choose the delimiter. */
const SNIFF_CHARS = 64 * 1024;

export type Delimiter = ',' | ';' | '\t';

export interface FileFormat {
  delimiter: Delimiter;
  encoding: string;
}

/** One piece of a file's text, with the reader made for its format. */
interface TextPiece {
  reader: CsvReader;
  text: string;
  /** The file's last piece: the reader's `end()` follows it. */
  last: boolean;
}

/**
 * Streams a CSV file's decoded text a chunk at a time, with the reader for its format: the
 * delimiter is chosen from the first piece, the chunks read until there are at least 64 K
 * characters (usually the first 1 MiB chunk; the whole file if it is shorter). Decoding is
 * exact across chunk boundaries (see src/io); `format` is known from the first piece on.
 */
async function* readTexts(
  blob: Blob,
  region: string,
  expectedHeaders: readonly string[],
  format: Partial<FileFormat>,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<TextPiece> {
  const decoder = createTextDecoder({ region });
  let reader: CsvReader | undefined;
  let head = '';
  const open = (sample: string) => {
    format.delimiter = detectDelimiter(sample, [...expectedHeaders]);
    format.encoding = decoder.encoding ?? 'utf-8';
    return createCsvReader({ delimiter: format.delimiter });
  };
  // The next chunk is read while this one is decoded and cut into rows (one chunk ahead).
  const read = (pos: number) => {
    const bytes = blob.slice(pos, Math.min(blob.size, pos + READ_CHUNK)).arrayBuffer();
    // Not awaited when the reader stops early (a header the mapper refuses): no unhandled error.
    bytes.catch(() => undefined);
    return bytes;
  };
  let ahead = blob.size > 0 ? read(0) : undefined;
  for (let pos = 0; pos < blob.size; pos += READ_CHUNK) {
    const end = Math.min(blob.size, pos + READ_CHUNK);
    const bytes = await ahead!;
    ahead = end < blob.size ? read(end) : undefined;
    const text = decoder.push(new Uint8Array(bytes));
    onBytes?.(end);
    if (reader) {
      yield { reader, text, last: false };
      continue;
    }
    head += text;
    if (head.length < SNIFF_CHARS && end < blob.size) continue;
    reader = open(head);
    yield { reader, text: head, last: false };
  }
  const tail = decoder.end();
  yield reader
    ? { reader, text: tail, last: true }
    : { reader: open(head + tail), text: head + tail, last: true };
}

/**
 * Streams a CSV file's rows (header first) in the order they appear, a chunk at a time.
 * Quoting is exact across chunk boundaries. Throws the io layer's `FileReadError` for a file
 * that cannot be read. `format` is known from the first batch on.
 */
export async function* readRows(
  blob: Blob,
  region: string,
  expectedHeaders: readonly string[],
  format: Partial<FileFormat>,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvRow[]> {
  for await (const piece of readTexts(blob, region, expectedHeaders, format, onBytes)) {
    const rows = rowsOf(piece);
    if (rows.length > 0) yield rows;
  }
}

/** The rows a piece completes (with the last one, the file's last row). */
function rowsOf({ reader, text, last }: TextPiece): CsvRow[] {
  const rows = reader.push(text);
  if (last) rows.push(...reader.end());
  return rows;
}

/**
 * Reads a CSV file as `readRows` does, but returns the rows only up to the first piece that
 * has any (the header and the rows read with it, for the caller to look at); after that,
 * rows are only counted (see `CsvReader.countOnly`). Yields the rows, then after each piece
 * the rows counted so far in all.
 */
export async function* countRows(
  blob: Blob,
  region: string,
  expectedHeaders: readonly string[],
  format: Partial<FileFormat>,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<{ rows: CsvRow[] } | { counted: number }> {
  /** Rows returned with the header; undefined until a piece had any. */
  let returned: number | undefined;
  for await (const piece of readTexts(blob, region, expectedHeaders, format, onBytes)) {
    if (returned === undefined) {
      const rows = rowsOf(piece);
      if (rows.length === 0) continue;
      returned = rows.length;
      piece.reader.countOnly();
      yield { rows };
      continue;
    }
    rowsOf(piece); // counting: it completes rows but returns none
    yield { counted: returned + piece.reader.counted };
  }
}
