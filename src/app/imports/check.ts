import type { Problem } from '../../domain/errors';
import { NO_COUNTS, type ImportCounts } from '../../domain/import';
import type { User } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { allPhones } from '../../storage/users-repo';
import {
  addCounts,
  decideBatch,
  knownNumbers,
  numbersToRead,
  storedUsers,
  passRows,
  scanFile,
  type AppliedRows,
  type ImportEnv,
} from './pipeline';
import { errorLogBlob, logLines } from './error-log';
import type { FileFormat } from './read-rows';

/** Problems kept for the on-screen table; the downloadable log has all of them. */
export const SHOWN_PROBLEMS = 500;
const CHECK_BATCH = 2_000;

export interface CheckReport {
  /** Set when the whole file cannot be imported; nothing else is then known. */
  fatal?: Problem;
  format?: FileFormat;
  dataRows: number;
  /** What an upload now would do. */
  counts: ImportCounts;
  warnings: number;
  /** The first problems, by row. */
  problems: Problem[];
  problemCount: number;
  /** The error log an upload would produce (with the header), when there are problems. */
  log?: Blob;
}

export interface CheckProgress {
  phase: 'scanning' | 'checking';
  bytes: number;
  rows: number;
  /** Data rows in the file, once scanned. */
  total?: number;
}

/**
 * Check = the upload's own pipeline as a dry run: the same scan, the same row rules and
 * the same decisions against the stored users, with nothing written.
 */
export async function checkImport(
  db: LabDb | undefined,
  file: Blob,
  env: ImportEnv,
  onProgress: (p: CheckProgress) => void = () => {},
): Promise<CheckReport> {
  const scanned = await scanFile(file, env, (bytes) =>
    onProgress({ phase: 'scanning', bytes, rows: 0 }),
  );
  if (!scanned.ok) {
    return {
      fatal: scanned.problem,
      dataRows: 0,
      counts: NO_COUNTS,
      warnings: 0,
      problems: [],
      problemCount: 0,
    };
  }
  const { scan } = scanned;
  let counts = NO_COUNTS;
  let warnings = 0;
  const shown: Problem[] = [...scan.headerProblems];
  let problemCount = scan.headerProblems.length;
  const parts: string[] = [logLines(scan.headerProblems, env.locale)];
  const applied: AppliedRows = knownNumbers(db ? await allPhones(db) : []);
  await passRows(file, env, scan, {
    skip: 0,
    batchSize: CHECK_BATCH,
    handle: async (batch) => {
      const phones = numbersToRead(batch, applied);
      const byPhone = db ? await storedUsers(db, phones) : new Map<string, User | undefined>();
      const decision = decideBatch(batch, byPhone, applied, env, env.simNow());
      counts = addCounts(counts, decision.counts);
      warnings += decision.warnings;
      problemCount += decision.problems.length;
      for (const p of decision.problems) if (shown.length < SHOWN_PROBLEMS) shown.push(p);
      if (decision.problems.length > 0) parts.push(logLines(decision.problems, env.locale));
      onProgress({ phase: 'checking', bytes: file.size, rows: counts.read, total: scan.dataRows });
    },
  });
  shown.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    format: scan.format,
    dataRows: scan.dataRows,
    counts,
    warnings,
    problems: shown,
    problemCount,
    ...(problemCount > 0 ? { log: errorLogBlob(parts) } : {}),
  };
}
