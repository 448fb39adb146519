import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Small zip archives the lab writes and reads whole (Export Existing Groups). fflate, the
 * library the tenant package streams with: measured against JSZip on the tenant benchmark
 * (bench/results.md), as fast, and it streams where JSZip needs every file whole.
 */

/** One file of an archive: its path inside the zip and its text or bytes. */
export interface ZipEntry {
  name: string;
  data: string | Blob | Uint8Array;
}

/** A zip archive (deflated) holding `entries` in the given order. */
export async function zipBlob(entries: readonly ZipEntry[]): Promise<Blob> {
  const files: Zippable = {};
  for (const e of entries)
    files[e.name] =
      typeof e.data === 'string'
        ? strToU8(e.data)
        : e.data instanceof Uint8Array
          ? e.data
          : new Uint8Array(await e.data.arrayBuffer());
  return new Blob([zipSync(files) as BlobPart], { type: 'application/zip' });
}

/** The files of an archive as Blobs, by path; folders are left out. */
export async function unzipBlobs(archive: Blob | Uint8Array): Promise<Map<string, Blob>> {
  const bytes = archive instanceof Blob ? new Uint8Array(await archive.arrayBuffer()) : archive;
  const out = new Map<string, Blob>();
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (!name.endsWith('/')) out.set(name, new Blob([data as BlobPart]));
  return out;
}
