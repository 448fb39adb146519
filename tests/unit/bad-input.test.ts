import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, type LabDb } from '../../src/storage/db';
import { setRuntime } from '../../src/app/kernel/runtime';
import { run, type CommandName } from '../../src/app/kernel/client';
import { DomainError } from '../../src/domain/errors';
import { errorMessage, problemMessage } from '../../src/i18n';
import type { ListOutcome } from '../../src/app/directory/users';

/** The bad-input corpus of the directory: tests/fixtures/bad-input/directory.json. */
interface Corpus {
  cases: Array<{
    name: string;
    command: CommandName;
    setup?: 'revoke-second-admin';
    input: unknown;
    messages?: string[];
    error?: string;
  }>;
  lists: Array<{
    name: string;
    input: { text: string; region: string; network: 'employee' | 'others' };
    outcomes: Array<{ entry: number; status: ListOutcome['status']; message?: string }>;
  }>;
}

const corpus = JSON.parse(
  readFileSync(new URL('../fixtures/bad-input/directory.json', import.meta.url), 'utf8'),
) as Corpus;
const SECOND_ADMIN = '+48601007922';

let db: LabDb;
beforeEach(async () => {
  db = openDb(`bad-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => Date.UTC(2026, 2, 1, 10) });
  await run('demo-load', {});
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Everything a refused command must leave exactly as it was. */
async function snapshot() {
  return {
    users: await db.users.toArray(),
    attributes: await db.attributes.toArray(),
    changes: await db.changes.count(),
  };
}

describe('directory bad-input corpus', () => {
  it('has cases', () => {
    expect(corpus.cases.length).toBeGreaterThan(10);
  });

  for (const c of corpus.cases) {
    it(`${c.name}: says what is wrong and changes nothing`, async () => {
      if (c.setup === 'revoke-second-admin') {
        await run('user-set-org-role', { phone: SECOND_ADMIN, role: 'member' });
      }
      const before = await snapshot();
      const refusal = await (run as (n: CommandName, i: unknown) => Promise<unknown>)(
        c.command,
        c.input,
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(DomainError);
      const err = refusal as DomainError;
      if (c.error) expect(errorMessage('en', err.code, err.params)).toBe(c.error);
      if (c.messages) expect(err.problems.map((p) => problemMessage('en', p))).toEqual(c.messages);
      expect(await snapshot()).toEqual(before);
    });
  }

  for (const l of corpus.lists) {
    it(`${l.name}: one outcome per entry, only valid numbers written`, async () => {
      const before = await snapshot();
      const outcomes = await run('user-add-list', l.input);
      expect(outcomes.map((o) => o.status)).toEqual(l.outcomes.map((o) => o.status));
      for (const expected of l.outcomes) {
        const got = outcomes.find((o) => o.entry === expected.entry)!;
        if (expected.message) {
          expect(got.status).toBe('invalid');
          expect(
            problemMessage('en', (got as Extract<ListOutcome, { status: 'invalid' }>).problem),
          ).toBe(expected.message);
        }
      }
      // Nothing here is valid and new (the demo's Employee ID is mandatory): no user is written.
      expect((await snapshot()).users).toEqual(before.users);
    });
  }
});
