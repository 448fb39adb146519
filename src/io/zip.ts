/**
 * Zip archives the lab writes and reads (group export, tenant data). JSZip is large, so it
 * is loaded the first time an archive is made or opened.
 */

/** One file of an archive: its path inside the zip and its text or bytes. */
export interface ZipEntry {
  name: string;
  data: string | Blob | Uint8Array;
}

async function jszip() {
  return (await import('jszip')).default;
}

/** A zip archive (deflated) holding `entries` in the given order. */
export async function zipBlob(entries: readonly ZipEntry[]): Promise<Blob> {
  const JSZip = await jszip();
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.data);
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE', mimeType: 'application/zip' });
}

/** The files of an archive as Blobs, by path; folders are left out. */
export async function unzipBlobs(archive: Blob | Uint8Array): Promise<Map<string, Blob>> {
  const JSZip = await jszip();
  // Bytes rather than a Blob: JSZip reads Blobs with FileReader, which workers and Node lack.
  const bytes = archive instanceof Blob ? new Uint8Array(await archive.arrayBuffer()) : archive;
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Blob>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) out.set(file.name, await file.async('blob'));
  }
  return out;
}
