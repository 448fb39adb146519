import { NO_GROUP_COUNTS, type GroupUploadCounts } from '../../domain/jobs';
import type { Problem } from '../../domain/errors';
import type { LabDb } from '../../storage/db';
import type { CheckProgress } from './check';
import { SHOWN_PROBLEMS } from './check';
import { FILE_LOG_HEADER, errorLogBlob } from './error-log';
import {
  filesSize,
  scanGroupFiles,
  type FileProblem,
  type GroupUploadEnv,
  type GroupUploadFiles,
} from './group-read';
import { groupLogText, planGroupFiles } from './group-plan';

/** The result of checking a group upload's files: what Upload would do, and every problem. */
export interface GroupCheckReport {
  /** Set when a file cannot be used at all; it names the file. Nothing else is then known. */
  fatal?: FileProblem;
  /** What an upload now would do. */
  counts: GroupUploadCounts;
  warnings: number;
  /** The first problems (the ignored parent rows are in `ignored`), mapping file first. */
  problems: FileProblem[];
  problemCount: number;
  /** Parent rows an upload ignores because their child is not in the mapping file. */
  ignored: FileProblem[];
  /** The error log an upload would produce, when there are problems. */
  log?: Blob;
}

const IGNORED = 'group.upload.childNotInMapping';

/** The first `SHOWN_PROBLEMS` of each list, marked with their file's name. */
function shown(problems: readonly Problem[], file: string): FileProblem[] {
  return problems.slice(0, SHOWN_PROBLEMS).map((p) => ({ ...p, file }));
}

/**
 * Check = the group upload's own pipeline as a dry run: the same scan, the same row rules
 * and the same plan against the stored groups, memberships and directory, with nothing
 * written. Without `db` (no organization yet) it plans against an empty sandbox.
 */
export async function checkGroupUpload(
  db: LabDb | undefined,
  files: GroupUploadFiles,
  env: GroupUploadEnv,
  onProgress: (p: CheckProgress) => void = () => {},
): Promise<GroupCheckReport> {
  const size = filesSize(files);
  const scanned = await scanGroupFiles(files, env, (bytes) =>
    onProgress({ phase: 'scanning', bytes, rows: 0 }),
  );
  if (!scanned.ok) {
    const report = { counts: NO_GROUP_COUNTS, warnings: 0, problems: [], ignored: [] };
    return { ...report, fatal: scanned.problem, problemCount: 0 };
  }
  const scans = scanned.scan;
  const total = scans.mapping.dataRows + (scans.parent?.dataRows ?? 0);
  let n = 0;
  const decision = await planGroupFiles(
    db,
    files,
    scans,
    env,
    () => `check-${n++}`,
    (rows) => onProgress({ phase: 'checking', bytes: size, rows, total }),
  );
  const parentName = files.parentName ?? '';
  const parentProblems = decision.parentProblems.filter((p) => p.code !== IGNORED);
  const problems = [
    ...shown(decision.mappingProblems, files.mappingName),
    ...shown(parentProblems, parentName),
  ].slice(0, SHOWN_PROBLEMS);
  const problemCount = decision.mappingProblems.length + parentProblems.length;
  const logged = problemCount + decision.ignored.length > 0;
  return {
    counts: decision.counts,
    warnings: decision.warnings,
    problems,
    problemCount,
    ignored: shown(decision.ignored, parentName),
    ...(logged ? { log: errorLogBlob([groupLogText(decision, files, env)], FILE_LOG_HEADER) } : {}),
  };
}
