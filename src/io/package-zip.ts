import { Zip, ZipDeflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { Sha256 } from '../domain/sha256';

/**
 * Zips written and read a piece at a time (the tenant data package): each file is deflated
 * and hashed as its chunks arrive, so no file is ever held whole; a zip is opened only after
 * the sizes its directory declares are checked, so a zip bomb is refused before inflating.
 */

const encoder = new TextEncoder();

/** One file being written into a `ZipStream`: text goes in chunk by chunk. */
export interface ZipFileSink {
  write(text: string): void;
  /** Ends the file; its size in bytes and SHA-256 (hex). */
  end(): { bytes: number; sha256: string };
}

export interface ZipStream {
  file(name: string): ZipFileSink;
  /** Ends the archive (every file ended first). */
  finish(): Blob;
}

/**
 * A zip written as its files arrive. The compressed output goes into Blob parts as it is
 * made; `level` is deflate's (1 fastest … 9 smallest).
 */
export function zipStream(level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): ZipStream {
  const parts: BlobPart[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failure: Error | undefined;
  let done = false;
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failure = err;
      return;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    // Many small chunks become one Blob part of about a megabyte.
    if (pendingBytes > 1 << 20 || final) flush();
    if (final) done = true;
  });
  return {
    file(name) {
      const entry = new ZipDeflate(name, { level });
      zip.add(entry);
      const hash = new Sha256();
      let bytes = 0;
      return {
        write(text) {
          if (text === '') return;
          const data = encoder.encode(text);
          bytes += data.length;
          hash.update(data);
          entry.push(data);
          if (failure) throw failure;
        },
        end() {
          entry.push(new Uint8Array(0), true);
          if (failure) throw failure;
          return { bytes, sha256: hash.hex() };
        },
      };
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      if (!done) throw new Error('zip not finished: a file was not ended');
      return new Blob(parts, { type: 'application/zip' });
    },
  };
}

/** Why a zip cannot be opened: not a zip at all, or sizes a bomb would declare. */
export type ZipRefusal =
  { code: 'notZip' } | { code: 'bomb'; file: string; size: number; limit: number };

export class ZipRefused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.code);
    this.name = 'ZipRefused';
  }
}

/** The files of a zip as its central directory declares them, without inflating any. */
export function zipEntries(bytes: Uint8Array): UnzipFileInfo[] {
  if (!looksLikeZip(bytes)) throw new ZipRefused({ code: 'notZip' });
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ ...file });
        return false;
      },
    });
  } catch {
    throw new ZipRefused({ code: 'notZip' });
  }
  return entries;
}

/** A local file header (`PK\3\4`) or the end record of an empty archive (`PK\5\6`). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 22 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/**
 * The files of a zip, inflated — after every declared size and their sum are checked
 * against `limit` (a bomb declares gigabytes in a few kilobytes). A file that inflates to
 * more than it declared is refused as well (fflate inflates into a buffer of the declared
 * size and stops there; the caller compares sizes and hashes).
 */
export function unzipChecked(bytes: Uint8Array, limit: number): Map<string, Uint8Array> {
  const entries = zipEntries(bytes);
  let total = 0;
  for (const e of entries) {
    total += e.originalSize;
    if (e.originalSize > limit || total > limit)
      throw new ZipRefused({ code: 'bomb', file: e.name, size: total, limit });
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ZipRefused({ code: 'notZip' });
  }
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith('/')));
}
