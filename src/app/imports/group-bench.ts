import { demoPhone } from '../../domain/demo';
import { PARENT_GROUP_TEMPLATE, USER_GROUP_TEMPLATE } from '../../domain/group-upload';

/**
 * The bulk group upload benchmark's files (SPEC §14 style): `groups` groups of `members`
 * members each, every person in two groups (so half as many people as rows), the first
 * member of each group its admin, and a hierarchy ten groups wide under each parent. The
 * generators give lines (no line breaks) so Node can stream a file to disk and a page can
 * build a Blob; both produce the same bytes.
 *
 * A benchmark runs it through the real worker job: `run('group-upload-start', { mappingFile,
 * mappingFileName, parentFile, parentFileName, locale })`, then `runImportJob(jobId)` from
 * src/app/import-client.ts, then waits until `GROUP_UPLOAD_QUERIES.job(jobId)` is no longer
 * `processing`; the job's `runStartedAt` and `progressAt` time the apply phase.
 */

/** The benchmark's size: 10,000 groups × 20 members = 200,000 mapping rows. */
export const GROUP_BENCH = { groups: 10_000, members: 20 } as const;

/** Name of benchmark group `g`. */
export function benchGroupName(g: number): string {
  return `Bench group ${g}`;
}

/** The User Group Mapping file's lines: the template header, then one row per membership. */
export function* groupBenchMappingLines(groups: number, members: number): Generator<string> {
  yield USER_GROUP_TEMPLATE.join(',');
  // Person p sits in two groups: rows wrap around half the number of rows.
  const people = Math.max(1, Math.floor((groups * members) / 2));
  for (let g = 0; g < groups; g++) {
    for (let k = 0; k < members; k++) {
      const phone = demoPhone(1 + ((g * members + k) % people));
      yield `${benchGroupName(g)},${phone},${k === 0 ? 'Admin' : 'Member'}`;
    }
  }
}

/** The Parent Group Mapping file's lines: group g (g ≥ 1) under group ⌊(g − 1) / 10⌋. */
export function* groupBenchParentLines(groups: number): Generator<string> {
  yield PARENT_GROUP_TEMPLATE.join(',');
  for (let g = 1; g < groups; g++)
    yield `${benchGroupName(Math.floor((g - 1) / 10))},${benchGroupName(g)}`;
}

/** Lines as one CSV file's text (CRLF, no BOM: the reader accepts both). */
function fileOf(lines: Iterable<string>): Blob {
  const parts: string[] = [];
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    // Joined in chunks: one string per line would cost more memory than the file itself.
    if (chunk.length === 10_000) {
      parts.push(`${chunk.join('\r\n')}\r\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) parts.push(`${chunk.join('\r\n')}\r\n`);
  return new Blob(parts, { type: 'text/csv' });
}

/** Both benchmark files as Blobs, ready for `group-upload-start`. */
export function groupBenchFiles(
  groups: number = GROUP_BENCH.groups,
  members: number = GROUP_BENCH.members,
): { mapping: Blob; parent: Blob } {
  return {
    mapping: fileOf(groupBenchMappingLines(groups, members)),
    parent: fileOf(groupBenchParentLines(groups)),
  };
}
