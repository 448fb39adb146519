import { describe, expect, test } from 'vitest';
import { DEMO, FIXED, actAs, db, phone, refused, snapshot, useDemoSandbox } from './demo-sandbox';

import {
  MAX_MESSAGE,
  isContentHidden,
  validateCard,
  validateMessageText,
  validateResponse,
} from '../../src/domain/conversation';
import { cardResults, latestPerAuthor, percentages } from '../../src/domain/card-results';
import { builtinActionId } from '../../src/domain/catalog';
import type { ActionResponse, Card, CardResponse } from '../../src/domain/types';
import { query, run } from '../../src/app/kernel/client';

useDemoSandbox();

const POLL = builtinActionId('poll');

const codes = (problems: ReadonlyArray<{ column?: string; code: string }>) =>
  problems.map((p) => `${p.column}:${p.code}`);

describe('message text', () => {
  test('is trimmed and keeps its line breaks', () => {
    expect(validateMessageText('  Hello\nteam  ')).toEqual({ text: 'Hello\nteam' });
  });
  test.each([
    ['', 'message.text.empty'],
    [' \n\t ', 'message.text.empty'],
    ['x'.repeat(MAX_MESSAGE + 1), 'message.text.tooLong'],
  ])('%#: refused with %s', (raw, code) => {
    expect(validateMessageText(raw).problem).toMatchObject({ column: 'text', code });
  });
  test('4,000 characters are fine', () => {
    expect(validateMessageText('x'.repeat(MAX_MESSAGE)).problem).toBeUndefined();
  });
});

describe('validateCard', () => {
  const poll = (question: string, options: string[]): Card => ({ type: 'poll', question, options });

  test('a poll is normalized: spaces collapsed, ends trimmed', () => {
    expect(validateCard('poll', poll('  Lunch   where? ', [' Pizza ', 'Sushi']))).toEqual({
      card: poll('Lunch where?', ['Pizza', 'Sushi']),
      problems: [],
    });
  });

  test('a poll with one option and a blank question lists both problems, by field', () => {
    const { card, problems } = validateCard('poll', poll('   ', ['Only one']));
    expect(card).toBeUndefined();
    expect(codes(problems)).toEqual([
      'question:card.question.empty',
      'options:card.options.tooFew',
    ]);
    expect(problems[1]?.params).toEqual({ min: 2, count: 1 });
  });

  test('blank, repeated and too many options are each reported with their number', () => {
    const { problems } = validateCard('poll', poll('Q', ['A', '', 'a', ...'BCDEFGHI']));
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['card.options.tooMany', { max: 10, count: 11 }],
      ['card.options.blank', { n: 2 }],
      ['card.options.duplicate', { n: 3, first: 1 }],
    ]);
  });

  test.each<[Card, string[]]>([
    [{ type: 'survey', title: 'S', questions: [] }, ['questions:card.questions.tooFew']],
    [
      { type: 'survey', title: '', questions: ['Why?', ' '] },
      ['title:card.title.empty', 'questions:card.questions.blank'],
    ],
    [{ type: 'checklist', title: 'C', items: ['x'.repeat(201)] }, ['items:card.items.long']],
    [{ type: 'meet', title: 'M', at: Number.NaN, place: '' }, ['at:card.at.invalid']],
    [{ type: 'announcement', title: 'x'.repeat(201), text: '' }, ['title:card.title.tooLong']],
    [{ type: 'training', title: 'T', text: 'x'.repeat(4001) }, ['text:card.text.tooLong']],
    [{ type: 'attendance', title: ' ' }, ['title:card.title.empty']],
    [{ type: 'job', title: 'Deliver', text: '' }, []],
  ])('card %# gets exactly its problems', (card, expected) => {
    expect(codes(validateCard(card.type, card).problems)).toEqual(expected);
  });

  test('a card of another type than its Action is refused', () => {
    expect(codes(validateCard('survey', poll('Q', ['A', 'B'])).problems)).toEqual([
      'type:card.type.mismatch',
    ]);
  });
});

describe('validateResponse', () => {
  const poll: Card = { type: 'poll', question: 'Q', options: ['A', 'B'] };
  const survey: Card = { type: 'survey', title: 'S', questions: ['One?', 'Two?'] };
  const checklist: Card = { type: 'checklist', title: 'C', items: ['a', 'b', 'c'] };

  test.each<[Card, CardResponse, string[]]>([
    [poll, { type: 'poll', option: 1 }, []],
    [poll, { type: 'poll', option: 2 }, ['option:response.option.invalid']],
    [poll, { type: 'poll', option: 0.5 }, ['option:response.option.invalid']],
    [poll, { type: 'job', done: true }, ['type:response.type.mismatch']],
    [survey, { type: 'survey', answers: ['Yes', ' '] }, ['answers:response.answer.empty']],
    [survey, { type: 'survey', answers: ['Yes'] }, ['answers:response.answer.empty']],
    [checklist, { type: 'checklist', ticked: [3] }, ['ticked:response.ticked.invalid']],
    [checklist, { type: 'checklist', ticked: [] }, []],
    [{ type: 'meet', title: 'M', at: 0, place: '' }, { type: 'meet', going: false }, []],
    [
      { type: 'job', title: 'J', text: '' },
      { type: 'job' } as unknown as CardResponse,
      ['done:response.flag.invalid'],
    ],
  ])('response %# gets exactly its problems', (card, response, expected) => {
    expect(codes(validateResponse(card, response).problems)).toEqual(expected);
  });

  test('answers are trimmed and ticks sorted once each', () => {
    expect(validateResponse(survey, { type: 'survey', answers: [' a ', 'b'] }).response).toEqual({
      type: 'survey',
      answers: ['a', 'b'],
    });
    expect(validateResponse(checklist, { type: 'checklist', ticked: [2, 0, 2] }).response).toEqual({
      type: 'checklist',
      ticked: [0, 2],
    });
  });

  test('an empty survey answer names the question', () => {
    const [p] = validateResponse(survey, { type: 'survey', answers: ['x', ''] }).problems;
    expect(p?.params).toEqual({ n: 2, question: 'Two?' });
  });
});

describe('results', () => {
  let id = 0;
  const r = (author: string, response: CardResponse, at = 1): ActionResponse => ({
    id: ++id,
    messageId: 1,
    groupId: 'g',
    author,
    at,
    response,
  });

  test('percentages add up to 100 and are zero before anyone answers', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([2, 1])).toEqual([67, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(percentages([1, 0, 0])).toEqual([100, 0, 0]);
  });

  test('a poll counts each voter once, by their latest choice', () => {
    const card: Card = { type: 'poll', question: 'Q', options: ['A', 'B', 'C'] };
    const results = cardResults(card, [
      r('ann', { type: 'poll', option: 0 }, 1),
      r('bob', { type: 'poll', option: 1 }, 2),
      r('ann', { type: 'poll', option: 1 }, 3),
      r('cid', { type: 'poll', option: 9 }, 4), // does not fit the card: ignored
    ]);
    expect(results).toEqual({
      type: 'poll',
      total: 2,
      options: [
        { label: 'A', count: 0, percent: 0, voters: [] },
        { label: 'B', count: 2, percent: 100, voters: ['bob', 'ann'] },
        { label: 'C', count: 0, percent: 0, voters: [] },
      ],
    });
    expect(
      latestPerAuthor([
        r('x', { type: 'poll', option: 0 }, 5),
        r('x', { type: 'poll', option: 1 }, 5),
      ]),
    ).toHaveLength(1);
  });

  test('survey answers per question, checklist ticks per item, who is going', () => {
    const survey = cardResults({ type: 'survey', title: 'S', questions: ['One?', 'Two?'] }, [
      r('ann', { type: 'survey', answers: ['a1', 'a2'] }),
      r('bob', { type: 'survey', answers: ['b1', 'b2'] }),
    ]);
    expect(survey).toMatchObject({
      total: 2,
      questions: [
        {
          question: 'One?',
          answers: [
            { author: 'ann', text: 'a1' },
            { author: 'bob', text: 'b1' },
          ],
        },
        {
          question: 'Two?',
          answers: [
            { author: 'ann', text: 'a2' },
            { author: 'bob', text: 'b2' },
          ],
        },
      ],
    });
    const checklist = cardResults({ type: 'checklist', title: 'C', items: ['a', 'b'] }, [
      r('ann', { type: 'checklist', ticked: [0, 1] }),
      r('bob', { type: 'checklist', ticked: [1] }),
    ]);
    expect(checklist).toMatchObject({
      total: 2,
      items: [
        { label: 'a', count: 1, by: ['ann'] },
        { label: 'b', count: 2, by: ['ann', 'bob'] },
      ],
    });
    const meet = cardResults({ type: 'meet', title: 'M', at: 0, place: '' }, [
      r('ann', { type: 'meet', going: true }),
      r('bob', { type: 'meet', going: false }),
    ]);
    expect(meet).toEqual({ type: 'meet', total: 2, going: ['ann'], notGoing: ['bob'] });
    const job = cardResults({ type: 'job', title: 'J', text: '' }, [
      r('ann', { type: 'job', done: true }),
    ]);
    expect(job).toEqual({ type: 'job', total: 1, respondents: ['ann'] });
  });

  test('a deleted or unknown author is hidden in organization groups, never in private ones', () => {
    expect(isContentHidden('organization', { deletedAt: 1 })).toBe(true);
    expect(isContentHidden('organization', undefined)).toBe(true);
    expect(isContentHidden('organization', {})).toBe(false);
    expect(isContentHidden('private', { deletedAt: 1 })).toBe(false);
  });
});

// ---------------------------------------------------------------- commands

const lunchPoll: Card = { type: 'poll', question: 'Lunch?', options: ['Pizza', 'Soup'] };

describe('message-post', () => {
  test('a member posts; the message shows in the conversation with the author name', async () => {
    await actAs(61);
    const { messageId } = await run('message-post', {
      groupId: 'g-north-night',
      text: '  On my way ',
    });
    const view = await query('group-conversation', { groupId: 'g-north-night' });
    expect(view?.messages.at(-1)).toMatchObject({
      message: { id: messageId, text: 'On my way', kind: 'text', author: phone(61), at: FIXED },
      authorName: DEMO.users[61]!.name,
    });
    expect(
      (await db.audit.toArray()).some(
        (e) => e.action === 'message.post' && e.target === 'g-north-night',
      ),
    ).toBe(true);
  });

  test('an org admin who is not a member is told to act as one; nothing changes', async () => {
    const before = await snapshot();
    const error = await refused(run('message-post', { groupId: 'g-north', text: 'Hi' }));
    expect(error).toMatchObject({
      code: 'conversation.notMember',
      params: { group: 'Warehouse North' },
    });
    expect(await snapshot()).toEqual(before);
  });

  test('empty text is a problem of the text field', async () => {
    const error = await refused(run('message-post', { groupId: 'g-all', text: '   ' }));
    expect(codes(error.problems)).toEqual(['text:message.text.empty']);
  });
});

describe('action-send', () => {
  test('a member may not send the admins-only Quick Poll of Warehouse North; nothing changes', async () => {
    await actAs(121);
    const before = await snapshot();
    const error = await refused(
      run('action-send', { groupId: 'g-north', actionId: POLL, card: lunchPoll }),
    );
    expect(error).toMatchObject({
      code: 'action.adminsOnly',
      params: { action: 'Quick Poll', group: 'Warehouse North' },
    });
    expect(await snapshot()).toEqual(before);
    expect(
      (await query('group-conversation', { groupId: 'g-north' }))?.sendable.map((a) => a.id),
    ).toEqual(['a-demo-safety']);
  });

  test('the group admin sends it and it appears with empty results', async () => {
    await actAs(120);
    const { messageId } = await run('action-send', {
      groupId: 'g-north',
      actionId: POLL,
      card: lunchPoll,
    });
    const last = (await query('group-conversation', { groupId: 'g-north' }))?.messages.at(-1);
    expect(last?.message).toMatchObject({
      id: messageId,
      kind: 'card',
      actionId: POLL,
      card: lunchPoll,
    });
    expect(last?.results).toMatchObject({ type: 'poll', total: 0 });
  });

  test('an Action not published in the group is refused', async () => {
    await actAs(120);
    const error = await refused(
      run('action-send', {
        groupId: 'g-north',
        actionId: builtinActionId('survey'),
        card: { type: 'survey', title: 'S', questions: ['Q?'] },
      }),
    );
    expect(error.code).toBe('action.notPublished');
  });

  test('invalid cards are refused field by field; nothing is written', async () => {
    await actAs(0);
    const before = await snapshot();
    const error = await refused(
      run('action-send', {
        groupId: 'g-all',
        actionId: POLL,
        card: { type: 'poll', question: ' ', options: ['Only'] },
      }),
    );
    expect(error.code).toBe('form.invalid');
    expect(codes(error.problems)).toEqual([
      'question:card.question.empty',
      'options:card.options.tooFew',
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('action-respond', () => {
  async function sendPoll(): Promise<number> {
    await actAs(0);
    return (await run('action-send', { groupId: 'g-all', actionId: POLL, card: lunchPoll }))
      .messageId;
  }

  test('a member votes, changes the vote, and the results follow live from the query', async () => {
    const messageId = await sendPoll();
    await actAs(2);
    expect(
      await run('action-respond', { messageId, response: { type: 'poll', option: 0 } }),
    ).toMatchObject({
      replaced: false,
    });
    await actAs(3);
    await run('action-respond', { messageId, response: { type: 'poll', option: 0 } });
    let view = (await query('group-conversation', { groupId: 'g-all' }))!.messages.find(
      (m) => m.message.id === messageId,
    )!;
    expect(view.results).toMatchObject({
      total: 2,
      options: [{ count: 2, percent: 100 }, { count: 0 }],
    });
    expect(view.mine).toEqual({ type: 'poll', option: 0 });
    expect(
      await run('action-respond', { messageId, response: { type: 'poll', option: 1 } }),
    ).toMatchObject({
      replaced: true,
    });
    expect(await db.responses.where('messageId').equals(messageId).count()).toBe(2);
    view = (await query('group-conversation', { groupId: 'g-all' }))!.messages.find(
      (m) => m.message.id === messageId,
    )!;
    expect(view.results).toMatchObject({
      total: 2,
      options: [
        { count: 1, percent: 50, voters: [phone(2)] },
        { count: 1, percent: 50, voters: [phone(3)] },
      ],
    });
  });

  test('an option that does not exist is refused; a non-member may not respond', async () => {
    const messageId = await sendPoll();
    const bad = await refused(
      run('action-respond', { messageId, response: { type: 'poll', option: 5 } }),
    );
    expect(codes(bad.problems)).toEqual(['option:response.option.invalid']);
    await actAs(61);
    const before = await snapshot();
    const outsider = await refused(
      run('action-respond', { messageId, response: { type: 'poll', option: 0 } }),
    );
    expect(outsider.code).toBe('conversation.notMember');
    expect(await snapshot()).toEqual(before);
  });

  test('a text message takes no response', async () => {
    const { messageId } = await run('message-post', { groupId: 'g-all', text: 'Hello' });
    const error = await refused(
      run('action-respond', { messageId, response: { type: 'poll', option: 0 } }),
    );
    expect(error.code).toBe('message.notCard');
  });

  test("a deleted user's cards and responses leave view, and come back on restore", async () => {
    // Rahul's picnic poll in the top group; user 2 voted on it.
    const picnic = DEMO.catalog.messages.find(
      (m) => m.card?.type === 'poll' && m.card.question.includes('summer picnic'),
    )!;
    const authors = async () =>
      (await query('group-conversation', { groupId: 'g-all' }))!.messages.map(
        (m) => m.message.author,
      );
    const shown = await authors();
    expect(shown).toContain(phone(1));
    await run('users-delete', { phones: [phone(1)] });
    expect(await authors()).not.toContain(phone(1));
    expect(
      (
        await refused(
          run('action-respond', { messageId: picnic.id!, response: { type: 'poll', option: 0 } }),
        )
      ).code,
    ).toBe('message.notFound');
    await run('users-delete', { phones: [phone(2)] });
    const announcement = (await query('group-conversation', { groupId: 'g-all' }))!.messages.find(
      (m) => m.message.card?.type === 'announcement',
    )!;
    expect(announcement.results?.total).toBe(23); // 24 acknowledged, one of them deleted
    await run('users-restore', { phones: [phone(1), phone(2)] });
    expect(await authors()).toEqual(shown);
  });
});

describe('purge after the restore window', () => {
  test('a purged user’s organization-group content goes for good; their private-group content stays', async () => {
    await actAs(21); // a member of the everyone group and of the private Friday football
    await run('message-post', { groupId: 'g-all', text: 'Organization words' });
    await run('message-post', { groupId: 'p-football', text: 'Private words' });
    await actAs(0);
    await run('users-delete', { phones: [DEMO.users[21]!.phone] });
    const mine = () => db.messages.filter((m) => m.author === DEMO.users[21]!.phone).toArray();
    // Inside the window the content is kept, only hidden, so Restore can bring it back.
    expect((await mine()).map((m) => m.groupId).sort()).toContain('g-all');
    await run('clock-advance', { days: 31 });
    const left = await mine();
    expect(left.some((m) => m.groupId === 'p-football')).toBe(true);
    expect(left.some((m) => m.groupId.startsWith('g-'))).toBe(false);
  });
});
