import { createTextDecoder } from '../../io/decode';
import { createCsvReader, detectDelimiter, type CsvRow } from '../../io/csv';

/** Bytes read from the file at a time; a 200 MB file never sits in memory whole. */
export const READ_CHUNK = 1 << 20;
/** Text looked at to choose the delimiter. */
const SNIFF_CHARS = 64 * 1024;

export type Delimiter = ',' | ';' | '\t';

export interface FileFormat {
  delimiter: Delimiter;
  encoding: string;
}

/**
 * Streams a CSV file's rows (header first) in the order they appear, a chunk at a time.
 * Decoding and quoting are exact across chunk boundaries (see src/io). Throws the io
 * layer's `FileReadError` for a file that cannot be read. `format` is known from the
 * first batch on.
 */
export async function* readRows(
  blob: Blob,
  region: string,
  expectedHeaders: readonly string[],
  format: Partial<FileFormat>,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvRow[]> {
  const decoder = createTextDecoder({ region });
  let reader: ReturnType<typeof createCsvReader> | undefined;
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
    if (!reader) {
      head += text;
      if (head.length < SNIFF_CHARS && end < blob.size) continue;
      reader = open(head);
      const rows = reader.push(head);
      if (rows.length > 0) yield rows;
      continue;
    }
    const rows = reader.push(text);
    if (rows.length > 0) yield rows;
  }
  const tail = decoder.end();
  if (!reader) {
    reader = open(head + tail);
    const rows = [...reader.push(head + tail), ...reader.end()];
    if (rows.length > 0) yield rows;
    return;
  }
  const rows = [...reader.push(tail), ...reader.end()];
  if (rows.length > 0) yield rows;
}
