import { exportHeader, exportRow } from '../../domain/export';
import type { ExportJob } from '../../domain/jobs';
import { listCodeOf, stripIndex, type ListCode } from '../../domain/users';
import { inTransaction, listAttributes } from '../../storage/repos';
import { countInLists, usersAfter } from '../../storage/users-repo';
import { outputFileKey, putJob, putJobFile } from '../../storage/jobs-repo';
import { toCsvLine } from '../../io/csv-write';
import { currentJob, saveProgress, type JobRuntime } from '../kernel/jobs';

/**
 * Users read per IndexedDB request, sized by measurement (bench/export.mjs, 100,000 users,
 * 2-core machine): see EXPORT_CHUNK's note in the closing figures. Each chunk is written as
 * CSV text into a Blob part at once, so the tab never holds the whole file as a string.
 */
export const EXPORT_CHUNK = 5_000;

/**
 * Writes the export: the header, then every user of the scope (deleted users are not in the
 * directory) in phone-number order, chunk by chunk, each chunk in a transaction of its own
 * so that the page's commands never wait for the export. A user that exists throughout is
 * written exactly once. The file is stored with the job when it is complete; a run that
 * was interrupted (the tab closed) starts the file again.
 */
export async function exportRun(rt: JobRuntime, job: ExportJob): Promise<void> {
  const { db } = rt;
  const chunk = rt.batchRows ?? EXPORT_CHUNK;
  const attributes = await listAttributes(db);
  const lists: ListCode[] = job.scope === 'all' ? ['e', 'o'] : [listCodeOf(job.scope)];
  const total = await countInLists(db, lists);
  await saveProgress<ExportJob>(rt, job.id, () => ({
    doneRows: 0,
    totalRows: total,
    runStartRows: 0,
  }));
  const parts: BlobPart[] = [`\uFEFF${toCsvLine(exportHeader(attributes))}\r\n`];
  let after: string | undefined;
  let rows = 0;
  for (;;) {
    const users = await usersAfter(db, after, chunk);
    if (users.length === 0) break;
    after = users[users.length - 1]!.phone;
    let text = '';
    for (const stored of users) {
      if (!lists.includes(stored.list)) continue;
      text += `${toCsvLine(exportRow(stripIndex(stored), attributes))}\r\n`;
      rows++;
    }
    if (text !== '') parts.push(new Blob([text]));
    // Also where a Cancel (or a reset that removed the job) is noticed.
    await saveProgress<ExportJob>(rt, job.id, () => ({
      doneRows: rows,
      totalRows: Math.max(total, rows),
    }));
    await rt.afterCommit?.(rows);
    if (users.length < chunk) break;
  }
  const file = new Blob(parts, { type: 'text/csv;charset=utf-8' });
  await inTransaction(db, async () => {
    const current = await currentJob<ExportJob>(db, job.id);
    await putJobFile(db, outputFileKey(job.id), file);
    await putJob(db, {
      ...current,
      doneRows: rows,
      totalRows: rows,
      fileSize: file.size,
      counts: { rows, failed: 0 },
      progressAt: rt.realNow(),
    });
  }, ['jobs', 'jobFiles']);
}
