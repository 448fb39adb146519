import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { query, run, startJob } from '../../src/app/kernel/client';
import { runTenantExportJob } from '../../src/app/tenant/tenant-export';
import {
  ActivityKind,
  addEvents,
  buildActivity,
  dayOf,
  eventsOf,
  messageEvent,
  responseEvent,
  type ActivityDay,
} from '../../src/domain/activity';
import { DAY_MS } from '../../src/domain/clock';
import {
  REPORT_COLUMNS,
  activityReport,
  checkWindow,
  lastDays,
  usageTrends,
  type ReportScope,
} from '../../src/domain/reports';
import type { ActionResponse, Message } from '../../src/domain/types';
import { DEMO, FIXED, actAs, db, phone, refused, snapshot, useDemoSandbox } from './demo-sandbox';

/**
 * Reports (SPEC §8): the activity log kept with the messages and responses, the reports
 * computed from it checked against a count straight from the messages and responses, who
 * may see what, and the bad inputs of the period form.
 *
 * Demo people: 0 Anna (org admin), 60 (admin of "North — night shift"), 5 (a member only).
 */

const TODAY = dayOf(FIXED);

describe('the period of a report', () => {
  const codes = (from: string, to: string, max?: number) =>
    checkWindow({ from, to }, '2024-06-03', max).map((p) => [p.column, p.code]);

  test('End before Start, too long, in the future, not a date: each named with its field', () => {
    expect(codes('2024-05-10', '2024-05-01')).toEqual([['end', 'report.window.reversed']]);
    expect(codes('2024-04-01', '2024-05-15')).toEqual([['end', 'report.window.tooLong']]);
    expect(checkWindow({ from: '2024-04-01', to: '2024-05-15' }, '2024-06-03')[0]!.params).toEqual({
      days: 45,
      max: 31,
    });
    expect(codes('2024-06-02', '2024-06-04')).toEqual([['end', 'report.end.future']]);
    expect(codes('2024-06-05', '2024-06-06')).toEqual([
      ['start', 'report.start.future'],
      ['end', 'report.end.future'],
    ]);
    expect(codes('2024-02-30', 'june')).toEqual([
      ['start', 'report.start.invalid'],
      ['end', 'report.end.invalid'],
    ]);
  });

  test('31 days is the most the activity report takes; the other reports take a year', () => {
    expect(codes('2024-05-01', '2024-05-31')).toEqual([]);
    expect(codes('2024-05-01', '2024-06-01')).toEqual([['end', 'report.window.tooLong']]);
    expect(codes('2023-06-04', '2024-06-03', 366)).toEqual([]);
    expect(lastDays('2024-06-03')).toEqual({ from: '2024-05-05', to: '2024-06-03' });
  });
});

describe('the activity log', () => {
  useDemoSandbox();

  /** The log as stored, as sorted events, against the log rebuilt from the stored rows. */
  async function expectLogMatchesRows() {
    const stored = await db.activity.toArray();
    const rebuilt = buildActivity(await db.messages.toArray(), await db.responses.toArray());
    const key = (e: { kind: number; ref: number }) => `${e.kind}:${e.ref}`;
    const sort = (days: ActivityDay[]) =>
      [...eventsOf(days)].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sort(stored)).toEqual(sort(rebuilt));
    return stored;
  }

  test('the demo has sixty days of activity in many groups, from many members', async () => {
    const days = await expectLogMatchesRows();
    const events = [...eventsOf(days)];
    const oldest = Math.min(...events.map((e) => e.at));
    expect(FIXED - oldest).toBeGreaterThanOrEqual(59 * DAY_MS);
    expect(new Set(events.map((e) => e.groupId)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(events.map((e) => e.phone)).size).toBeGreaterThan(150);
    expect(days.length).toBeGreaterThanOrEqual(55);
  });

  test('posting, sending, responding and responding again keep it equal to the rows', async () => {
    await actAs(0);
    const { messageId } = await run('message-post', { groupId: 'g-all', text: 'Hello' });
    const card = await run('action-send', {
      groupId: 'g-all',
      actionId: 'kaizala.poll',
      card: { type: 'poll', question: 'Tea or coffee?', options: ['Tea', 'Coffee'] },
    });
    await actAs(5);
    await run('action-respond', {
      messageId: card.messageId,
      response: { type: 'poll', option: 0 },
    });
    // The second answer replaces the first: one response, and one event, remain.
    await run('action-respond', {
      messageId: card.messageId,
      response: { type: 'poll', option: 1 },
    });
    const today = (await db.activity.get(TODAY))!;
    const refs = [...eventsOf([today])].filter((e) => e.card === card.messageId);
    expect(refs.map((e) => e.kind).sort()).toEqual([ActivityKind.action, ActivityKind.response]);
    expect([...eventsOf([today])].some((e) => e.ref === messageId)).toBe(true);
    await expectLogMatchesRows();
  });

  test('a purge after the restore window takes the content out of the log', async () => {
    await actAs(0);
    const author = 5;
    await run('message-post', { groupId: 'g-all', text: 'About to leave' }).catch(() => undefined);
    await actAs(author);
    await run('message-post', { groupId: 'g-all', text: 'Bye all' });
    await actAs(0);
    await run('users-delete', { phones: [phone(author)] });
    // Inside the window their content is only hidden: reports leave it out.
    const during = await query('report-activity', { type: 'users', from: TODAY, to: TODAY });
    expect(during.rows.map((r) => r.phone)).not.toContain(phone(author));
    await run('clock-advance', { days: 31 });
    const events = [...eventsOf(await expectLogMatchesRows())];
    expect(events.some((e) => e.phone === phone(author))).toBe(false);
  });

  test('a restored tenant package brings its log along', async () => {
    await actAs(0);
    // Private groups are not organization data: the package, and so the log, leaves them out.
    const orgGroups = new Set(
      DEMO.groups.filter((g) => g.kind === 'organization').map((g) => g.id),
    );
    const before = [...eventsOf(await db.activity.toArray())].filter((e) =>
      orgGroups.has(e.groupId),
    );
    expect(before.length).toBeGreaterThan(1000);
    const { jobId } = await startJob('tenant-export', undefined);
    const ended = await runTenantExportJob({ db, realNow: () => FIXED }, jobId);
    expect(ended?.status).toBe('completed');
    const zip = (await query('job-file', { jobId, file: 'output' }))!;
    await run('sandbox-reset');
    await run('tenant-restore', { file: zip, fileName: 'tenant.zip' });
    const after = [...eventsOf(await db.activity.toArray())];
    const sorted = (events: typeof after) => events.map((e) => JSON.stringify(e)).sort();
    expect(sorted(after)).toEqual(sorted(before));
  });
});

describe('reports against a count straight from the messages and responses', () => {
  const GROUPS = ['g1', 'g2', 'g3'];
  const PEOPLE = ['+1', '+2', '+3', '+4'];
  const T0 = Date.UTC(2024, 0, 1);
  const arb = fc
    .array(
      fc.record({
        group: fc.constantFrom(...GROUPS),
        author: fc.constantFrom(...PEOPLE),
        day: fc.integer({ min: 0, max: 9 }),
        card: fc.boolean(),
        answers: fc.subarray(PEOPLE),
      }),
      { maxLength: 40 },
    )
    .map((specs) => {
      const messages: Message[] = [];
      const responses: ActionResponse[] = [];
      specs.forEach((s, i) => {
        const m: Message = {
          id: i + 1,
          groupId: s.group,
          author: s.author,
          at: T0 + s.day * DAY_MS + i * 1000,
          kind: s.card ? 'card' : 'text',
          text: s.card ? '' : 'hi',
          ...(s.card
            ? {
                actionId: 'kaizala.poll',
                card: { type: 'poll' as const, question: 'Q', options: ['a', 'b'] },
              }
            : {}),
        };
        messages.push(m);
        if (s.card)
          for (const who of s.answers)
            responses.push({
              id: responses.length + 1,
              messageId: m.id!,
              groupId: m.groupId,
              author: who,
              at: m.at + 60_000,
              response: { type: 'poll', option: 0 },
            });
      });
      return { messages, responses };
    });

  test('per user, group and Action, and per day, in scope and without hidden users', () => {
    fc.assert(
      fc.property(
        arb,
        fc.subarray(GROUPS, { minLength: 1 }),
        fc.subarray(PEOPLE),
        ({ messages, responses }, groups, hidden) => {
          const scope: ReportScope = { groupIds: new Set(groups), hidden: new Set(hidden) };
          // Built incrementally, event by event, as commands do.
          const days = new Map<string, ActivityDay>();
          for (const m of messages) addEvents(days, [messageEvent(m)]);
          for (const r of responses)
            addEvents(days, [
              responseEvent(
                r,
                messages.find((m) => m.id === r.messageId)!,
              ),
            ]);
          const log = [...days.values()];
          const counted = (m: { groupId: string; author: string }) =>
            groups.includes(m.groupId) && !hidden.includes(m.author);
          for (const who of PEOPLE) {
            const row = activityReport(log, scope, 'users').find((r) => r.phone === who);
            const mine = messages.filter((m) => m.author === who && counted(m));
            const answered = responses.filter((r) => r.author === who && counted(r));
            expect(row?.messages ?? 0).toBe(mine.filter((m) => m.kind === 'text').length);
            expect(row?.actions ?? 0).toBe(mine.filter((m) => m.kind === 'card').length);
            expect(row?.responses ?? 0).toBe(answered.length);
          }
          for (const g of GROUPS) {
            const row = activityReport(log, scope, 'groups').find((r) => r.groupId === g);
            const n = messages.filter((m) => m.groupId === g && counted(m)).length;
            const a = responses.filter((r) => r.groupId === g && counted(r)).length;
            expect((row?.messages ?? 0) + (row?.actions ?? 0) + (row?.responses ?? 0)).toBe(n + a);
          }
          const window = { from: dayOf(T0), to: dayOf(T0 + 9 * DAY_MS) };
          const trend = usageTrends(log, scope, window);
          expect(trend).toHaveLength(10);
          for (const d of trend) {
            const on = (x: { at: number }) => dayOf(x.at) === d.day;
            const users = new Set([
              ...messages.filter((m) => on(m) && counted(m)).map((m) => m.author),
              ...responses.filter((r) => on(r) && counted(r)).map((r) => r.author),
            ]);
            expect(d.activeUsers).toBe(users.size);
            expect(d.responses).toBe(responses.filter((r) => on(r) && counted(r)).length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('who sees which reports', () => {
  useDemoSandbox();
  const window = { from: lastDays(TODAY).from, to: TODAY };

  test('an org admin sees every organization group and the whole directory', async () => {
    await actAs(0);
    const a = await query('report-adoption', window);
    const orgGroups = DEMO.groups.filter((g) => g.kind === 'organization').map((g) => g.id);
    expect(a.groups.map((g) => g.groupId).sort()).toEqual([...orgGroups].sort());
    expect(a.totalUsers).toBe(DEMO.users.length);
    expect(a.activeUsers).toBeGreaterThan(50);
    expect(a.groups.find((g) => g.groupId === 'g-all')?.members).toBe(60);
    expect(a.groupCount).toBe(orgGroups.length);
    // The page asks for the most active few: the same first groups, with their members.
    const top = await query('report-adoption', { ...window, limit: 3 });
    expect(top.groups).toEqual(a.groups.slice(0, 3));
    expect(top.groupCount).toBe(orgGroups.length);
  });

  test('a group admin sees their group only; its members are the users counted', async () => {
    await actAs(60);
    const a = await query('report-adoption', window);
    expect(a.groups.map((g) => g.groupId)).toEqual(['g-north-night']);
    expect(a.totalUsers).toBe(30);
    const users = await query('report-activity', { ...window, type: 'users' });
    expect(users.rows.length).toBeGreaterThan(0);
    const nightShift = new Set(
      DEMO.memberships.filter((m) => m.groupId === 'g-north-night').map((m) => m.phone),
    );
    // Every phone counted wrote in the night shift group; some may be members elsewhere too.
    const groups = await query('report-activity', { ...window, type: 'groups' });
    expect(groups.rows.map((r) => r.groupId)).toEqual(['g-north-night']);
    expect(users.rows.every((r) => nightShift.has(r.phone!))).toBe(true);
    expect((await refused(query('report-trends', { ...window, groupId: 'g-all' }))).code).toBe(
      'permission.denied',
    );
  });

  test('a member is refused every report, and nothing changes', async () => {
    await actAs(5);
    const before = await snapshot();
    for (const name of [
      'report-adoption',
      'report-trends',
      'report-cards',
      'report-audit',
    ] as const) {
      expect((await refused(query(name, window))).code, name).toBe('permission.denied');
    }
    expect((await refused(query('report-activity', { ...window, type: 'users' }))).code).toBe(
      'permission.denied',
    );
    expect((await refused(query('report-csv', { report: 'trends', ...window }))).code).toBe(
      'permission.denied',
    );
    expect(await snapshot()).toEqual(before);
  });

  test('bad periods are refused with the field named', async () => {
    await actAs(0);
    const e = await refused(
      query('report-activity', { type: 'users', from: '2024-04-01', to: '2024-05-20' }),
    );
    expect(e.problems.map((p) => [p.column, p.code])).toEqual([['end', 'report.window.tooLong']]);
    const f = await refused(query('report-trends', { from: TODAY, to: '2099-01-01' }));
    expect(f.problems.map((p) => p.code)).toEqual(['report.end.future']);
    const g = await refused(query('report-adoption', { from: '2024-05-20', to: '2024-05-01' }));
    expect(g.problems.map((p) => p.code)).toEqual(['report.window.reversed']);
  });

  test('a period with no activity is an empty report, not an error', async () => {
    await actAs(0);
    const quiet = { from: '2023-01-01', to: '2023-01-31' };
    expect((await query('report-activity', { ...quiet, type: 'groups' })).total).toBe(0);
    const trends = await query('report-trends', quiet);
    expect(trends.days).toHaveLength(31);
    expect(trends.days.every((d) => d.messages + d.actions + d.responses === 0)).toBe(true);
    expect((await query('report-cards', quiet)).total).toBe(0);
  });

  test('card results come with their distribution; the audit log names the actor', async () => {
    await actAs(0);
    const cards = await query('report-cards', { ...window, limit: 50 });
    const picnic = cards.cards.find(
      (c) => c.card.type === 'poll' && c.card.question.startsWith('Which date suits you'),
    );
    expect(picnic?.results.type).toBe('poll');
    expect(picnic?.results.total).toBe(46);
    const demo = await query('report-audit', { kind: 'demo', limit: 10 });
    expect(demo.events.map((e) => [e.action, e.actor])).toEqual([['demo.load', 'system']]);
    await run('message-post', { groupId: 'g-all', text: 'Audited' });
    const posts = await query('report-audit', { kind: 'message', actor: phone(0), limit: 10 });
    expect(posts.events[0]).toMatchObject({ action: 'message.post', actorName: 'Anna Nowak' });
    expect(posts.total).toBe(1);
    // Another actor's filter does not show it; a date range after today is refused.
    expect((await query('report-audit', { actor: phone(1) })).total).toBe(0);
    const late = await refused(query('report-audit', { from: '2099-01-01' }));
    expect(late.problems.map((p) => [p.column, p.code])).toEqual([
      ['start', 'report.start.future'],
    ]);
  });

  test('one card has its own CSV: a row per answer', async () => {
    await actAs(0);
    const { cards } = await query('report-cards', { ...window, limit: 50 });
    const picnic = cards.find(
      (c) => c.card.type === 'poll' && c.card.question.startsWith('Which date suits you'),
    )!;
    const { blob, fileName } = await query('report-csv', {
      report: 'cards',
      ...window,
      messageId: picnic.messageId,
    });
    expect(fileName).toBe(
      `kaizala-report-card-${picnic.messageId}-${window.from}-${window.to}.csv`,
    );
    const lines = new TextDecoder()
      .decode(await blob.arrayBuffer())
      .split('\r\n')
      .filter(Boolean);
    expect(lines.slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual([
      // Voters 2–47 chose [0, 1, 1, 2, 1][i % 5]: nine, twenty-eight and nine.
      'Friday 28 June,9',
      'Saturday 29 June,28',
      'Saturday 6 July,9',
    ]);
  });

  test('a group admin’s audit log holds the changes naming their group, and only those', async () => {
    await actAs(60);
    await run('group-members-add', {
      groupId: 'g-north-night',
      text: '+48699111222',
      region: 'PL',
      role: 'member',
    });
    const log = await query('report-audit', { limit: 50 });
    expect(log.events.map((e) => e.action).sort()).toEqual(['group.member.add', 'user.add']);
    expect(log.events.every((e) => e.actor === phone(60))).toBe(true);
    // What happened elsewhere (the demo's loading, the org admin's changes) is not theirs.
    await actAs(0);
    await run('message-post', { groupId: 'g-all', text: 'Elsewhere' });
    await actAs(60);
    expect((await query('report-audit', { limit: 50 })).total).toBe(2);
  });

  test('the activity CSV has exactly the columns of SPEC §8', async () => {
    await actAs(0);
    for (const type of ['users', 'groups', 'actions'] as const) {
      const { blob, fileName } = await query('report-csv', { report: 'activity', type, ...window });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.split('\r\n')[0]).toBe(REPORT_COLUMNS[type].join(','));
      expect(fileName).toBe(`kaizala-report-${type}-${window.from}-${window.to}.csv`);
      expect(text.split('\r\n').length).toBeGreaterThan(2);
    }
  });
});

describe('Likes (reactions)', () => {
  useDemoSandbox();

  test('a Like counts once per person, shows in the conversation and in every report, and can be taken back', async () => {
    await actAs(5);
    const { messageId } = await run('message-post', { groupId: 'g-all', text: 'Like me' });
    await actAs(7);
    expect(await run('message-react', { messageId, like: true })).toEqual({ likes: 1 });
    // Liking again changes nothing.
    expect(await run('message-react', { messageId, like: true })).toEqual({ likes: 1 });
    const view = async () =>
      (await query('group-conversation', { groupId: 'g-all' }))!.messages.find(
        (m) => m.message.id === messageId,
      )!;
    expect(await view()).toMatchObject({ likes: 1, liked: true });
    await actAs(0);
    expect(await view()).toMatchObject({ likes: 1, liked: false });
    const users = await query('report-activity', { type: 'users', from: TODAY, to: TODAY });
    expect(users.rows.find((r) => r.phone === phone(7))?.reactions).toBe(1);
    const groups = await query('report-activity', { type: 'groups', from: TODAY, to: TODAY });
    expect(groups.rows.find((r) => r.groupId === 'g-all')?.reactions).toBe(1);
    // The user who liked is deleted: their Like leaves view and the reports.
    await run('users-delete', { phones: [phone(7)] });
    expect(await view()).toMatchObject({ likes: 0 });
    const hidden = await query('report-activity', { type: 'users', from: TODAY, to: TODAY });
    expect(hidden.rows.find((r) => r.phone === phone(7))).toBeUndefined();
    await run('users-restore', { phones: [phone(7)] });
    await actAs(7);
    expect(await run('message-react', { messageId, like: false })).toEqual({ likes: 0 });
    await actAs(0);
    const after = await query('report-activity', { type: 'users', from: TODAY, to: TODAY });
    expect(after.rows.find((r) => r.phone === phone(7))?.reactions ?? 0).toBe(0);
    expect((await db.messages.get(messageId))!.reactions).toBeUndefined();
  });

  test('only members like; a card’s Likes count for its Action', async () => {
    await actAs(0);
    const card = await run('action-send', {
      groupId: 'g-all',
      actionId: 'kaizala.poll',
      card: { type: 'poll', question: 'Like this poll?', options: ['Yes', 'No'] },
    });
    await actAs(60); // of the night shift, not of the everyone group
    const e = await refused(run('message-react', { messageId: card.messageId, like: true }));
    expect(e.code).toBe('conversation.notMember');
    await actAs(5);
    await run('message-react', { messageId: card.messageId, like: true });
    await actAs(0);
    const actions = await query('report-activity', { type: 'actions', from: TODAY, to: TODAY });
    expect(actions.rows.find((r) => r.actionId === 'kaizala.poll')).toMatchObject({
      actions: 1,
      reactions: 1,
    });
  });

  test('Likes of a deleted user’s message leave the reports with it, and come back', async () => {
    await actAs(5);
    const { messageId } = await run('message-post', { groupId: 'g-all', text: 'Mine' });
    await actAs(7);
    await run('message-react', { messageId, like: true });
    await actAs(0);
    const likes = async () =>
      (await query('report-activity', { type: 'users', from: TODAY, to: TODAY })).rows.find(
        (r) => r.phone === phone(7),
      )?.reactions ?? 0;
    expect(await likes()).toBe(1);
    await run('users-delete', { phones: [phone(5)] });
    expect(await likes()).toBe(0);
    await run('users-restore', { phones: [phone(5)] });
    expect(await likes()).toBe(1);
  });

  test('a purge takes away the Likes the user gave', async () => {
    await actAs(5);
    const { messageId } = await run('message-post', { groupId: 'g-all', text: 'Liked by 9' });
    await actAs(9);
    await run('message-react', { messageId, like: true });
    await actAs(0);
    await run('users-delete', { phones: [phone(9)] });
    await run('clock-advance', { days: 31 });
    expect((await db.messages.get(messageId))!.reactions).toBeUndefined();
    const events = [...eventsOf(await db.activity.toArray())];
    expect(events.some((e) => e.phone === phone(9))).toBe(false);
  });
});
