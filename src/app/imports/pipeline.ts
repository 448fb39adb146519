import type { Problem } from '../../domain/errors';
import {
  NAME_HEADER,
  PHONE_HEADER,
  applyUserRow,
  mapUserHeader,
  readUserRow,
  type ImportCounts,
  type ImportOutcome,
  type RowContext,
  type UserColumns,
  type UserRow,
} from '../../domain/import';
import { valueContextFor } from '../../domain/attributes';
import { wrongKindProblem } from '../../domain/group-upload';
import type { Attribute, Locale, Network, User } from '../../domain/types';
import { readImportPhone } from '../../io/phone';
import { unescapeFormula } from '../../io/csv-write';
import { dataRows, scanCsv, type Scan as ScanOf, type ScanOutcome as ScanOutcomeOf } from './scan';
import { stripIndex } from '../../domain/users';
import type { LabDb } from '../../storage/db';
import { getUsers } from '../../storage/users-repo';
import { PhoneTable } from './phone-table';
import { nextTask } from '../../domain/next-task';

/**
 * The import pipeline shared by Check (a dry run) and Upload (a job): a quick scan of the
 * whole file that refuses what cannot be imported before anything is written, then a
 * second pass that reads, validates and decides every row, batch by batch. Reading and
 * validating the next batch overlaps the database's work on the current one.
 */

export interface ImportEnv {
  attributes: readonly Attribute[];
  region: string;
  network: Network;
  locale: Locale;
  /** Simulated time for created/updated stamps. */
  simNow: () => number;
}

export type Scan = ScanOf<UserColumns>;
export type ScanOutcome = ScanOutcomeOf<UserColumns>;

function expectedHeaders(attributes: readonly Attribute[]): string[] {
  return [PHONE_HEADER, NAME_HEADER, ...attributes.map((a) => a.name)];
}

/**
 * Reads the whole users file once, cheaply: decoding, quoting, the header and the row count.
 * Anything that makes the file unusable is found here, before a single row is applied.
 */
export function scanFile(
  blob: Blob,
  env: ImportEnv,
  onBytes?: (bytes: number) => void,
): Promise<ScanOutcome> {
  const header = {
    expected: expectedHeaders(env.attributes),
    map: (fields: readonly string[], line: number) => {
      const mapped = mapUserHeader(fields, line, env.attributes);
      // A group mapping file has a phone column too: read as users, it would "update" every
      // member. Only a header with no users column but the phone is taken for one.
      const own = mapped.columns && (mapped.columns.name ?? mapped.columns.attributes[0]);
      const wrong = own === undefined ? wrongKindProblem('users', fields, line) : undefined;
      return wrong ? { problems: [wrong] } : mapped;
    },
  };
  return scanCsv(blob, env.region, header, onBytes);
}

/** One data row after reading and validation, before it meets the stored user. */
export interface PreparedRow {
  /** 0-based index among the file's data rows. */
  index: number;
  line: number;
  row: UserRow | undefined;
  problems: Problem[];
}

/**
 * What the job knows about each number: `STORED` when a user had it before the job, or
 * `line * 4 + outcome` once a row of this job applied it. One table serves both, so a
 * million numbers are held once, in typed arrays (see PhoneTable). A number absent from it
 * has no stored user.
 */
export type AppliedRows = PhoneTable;
export const STORED = -1;

/** The numbers stored before the job, as the table `decideBatch` keeps up to date. */
export function knownNumbers(phones: readonly string[]): AppliedRows {
  const known = new PhoneTable(phones.length);
  for (const p of phones) known.set(p, STORED);
  return known;
}

/** The stored users of `phones` (undefined where there is none), for `decideBatch`. */
export async function storedUsers(
  db: LabDb,
  phones: readonly string[],
): Promise<Map<string, User | undefined>> {
  const stored = await getUsers(db, phones);
  return new Map(phones.map((p, i) => [p, stored[i] ? stripIndex(stored[i]) : undefined]));
}

/** Numbers of a batch whose stored user must be read (the others have none). */
export function numbersToRead(batch: readonly PreparedRow[], known: AppliedRows): string[] {
  const out = new Set<string>();
  for (const b of batch) if (b.row && known.has(b.row.phone)) out.add(b.row.phone);
  return [...out];
}

const OUTCOMES: readonly ImportOutcome[] = ['created', 'updated', 'unchanged'];

export interface Decision {
  counts: ImportCounts;
  warnings: number;
  /** Users to write, by phone (the last row of a number wins). */
  puts: Map<string, User>;
  problems: Problem[];
}

/**
 * Decides a batch against the stored users: what each row creates, updates or leaves, and
 * what fails. A number seen earlier in the file is taken from the later row; the earlier
 * row is then reported and counted as failed, and the later one inherits its outcome (a
 * user the earlier row created still counts as created). Mutates `applied`.
 */
export function decideBatch(
  batch: readonly PreparedRow[],
  stored: ReadonlyMap<string, User | undefined>,
  applied: AppliedRows,
  env: ImportEnv,
  now: number,
): Decision {
  const counts: ImportCounts = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
  const puts = new Map<string, User>();
  const problems: Problem[] = [];
  let warnings = 0;
  for (const item of batch) {
    counts.read++;
    problems.push(...item.problems);
    const row = item.row;
    if (!row) {
      counts.failed++;
      continue;
    }
    const base = puts.get(row.phone) ?? stored.get(row.phone);
    const result = applyUserRow(base, row, env.network, env.attributes, now);
    if (!result.outcome) {
      problems.push(...result.problems);
      counts.failed++;
      continue;
    }
    let outcome = result.outcome;
    const earlier = applied.get(row.phone);
    if (earlier !== undefined && earlier !== STORED) {
      const earlierOutcome = OUTCOMES[earlier % 4]!;
      counts[earlierOutcome]--;
      counts.failed++;
      problems.push({
        row: Math.floor(earlier / 4),
        column: 'phone',
        value: row.phone,
        code: 'import.phone.duplicate',
        params: { later: row.line },
      });
      if (earlierOutcome === 'created') outcome = 'created';
      else if (earlierOutcome === 'updated') outcome = 'updated';
    }
    if (result.user) puts.set(row.phone, result.user);
    counts[outcome]++;
    if (item.problems.length > 0) warnings++;
    applied.set(row.phone, row.line * 4 + OUTCOMES.indexOf(outcome));
  }
  return { counts, warnings, puts, problems };
}

export function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    read: a.read + b.read,
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    failed: a.failed + b.failed,
  };
}

/** Gives queued work (database callbacks) a turn without the 4 ms clamp of nested timers. */
function yieldToQueue(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve));
}

/** Rows validated between yields, so a running transaction's callbacks are not held up. */
const SLICE = 250;

async function prepare(
  rows: ReadonlyArray<{ index: number; line: number; fields: string[] }>,
  ctx: RowContext,
): Promise<PreparedRow[]> {
  const out: PreparedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % SLICE === 0) await yieldToQueue();
    const { index, line, fields } = rows[i]!;
    const read = readUserRow(fields.map(unescapeFormula), line, ctx);
    out.push({ index, line, row: read.row, problems: read.problems });
  }
  return out;
}

export interface RowsPass {
  /** Data rows to skip (already committed by an earlier run of the job). */
  skip: number;
  batchSize: number;
  /**
   * Batches handed over before the earliest of them has finished (1 when omitted): with 2,
   * a batch is handed over while the one before it is still in the database.
   */
  depth?: number;
  /** Handles one prepared batch; the next batch is prepared while it runs. */
  handle: (batch: PreparedRow[]) => Promise<void>;
  /** For skipped rows: rebuild what `decideBatch` needs to know about them. */
  skipped?: (batch: PreparedRow[]) => void;
  onBytes?: (bytes: number) => void;
}

/** The second pass: every data row, read and validated, handed over in batches. */
export async function passRows(blob: Blob, env: ImportEnv, scan: Scan, pass: RowsPass) {
  const ctx: RowContext = {
    columns: scan.columns,
    region: env.region,
    values: valueContextFor(env.region, scan.format.delimiter !== ','),
    readPhone: readImportPhone,
  };
  let index = -1;
  let pending: Array<{ index: number; line: number; fields: string[] }> = [];
  const depth = pass.depth ?? 1;
  const inflight: Array<Promise<void>> = [];
  let failure: { error: unknown } | undefined;
  const flush = async () => {
    const prepared = await prepare(pending, ctx);
    pending = [];
    while (inflight.length >= depth) await inflight.shift();
    if (failure) {
      // Batches queued behind the failed one end (writing nothing) before the run does.
      await Promise.all(inflight);
      throw failure.error;
    }
    if (prepared[0]!.index < pass.skip) {
      pass.skipped?.(prepared);
      return;
    }
    inflight.push(
      pass.handle(prepared).catch((error: unknown) => {
        // The first failure is the cause; a later batch fails because of it.
        failure ??= { error };
      }),
    );
  };
  const expected = expectedHeaders(env.attributes);
  for await (const rows of dataRows(blob, env.region, expected, scan.format, pass.onBytes)) {
    for (const row of rows) {
      index++;
      pending.push({ index, line: row.line, fields: row.fields });
      // Skipped rows end exactly at `skip`, so a batch is never part skipped, part new.
      if (pending.length === pass.batchSize || index + 1 === pass.skip) await flush();
    }
  }
  if (pending.length > 0) await flush();
  await Promise.all(inflight);
  if (failure) throw failure.error;
}
