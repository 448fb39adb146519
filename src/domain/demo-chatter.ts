import { DAY_MS } from './clock';
import { builtinActionId } from './catalog';
import { pick, rng } from './random';
import type { ActionResponse, Card, CardResponse, Message } from './types';

/**
 * Sixty days of everyday conversation in the demo's organization groups (SPEC §8): text
 * messages from many members and the Likes they get, a weekly poll or roll call, and the
 * responses to them — the same every time, so reports, trends and results have something
 * to show on first load.
 * Members of a group are the demo users `[from, to)`, the first its admin (see `buildDemo`);
 * cards are only those the group's publications let their sender send.
 */

const HOUR_MS = 3_600_000;

/** How many days back the chatter goes. */
export const CHATTER_DAYS = 60;

interface GroupTalk {
  groupId: string;
  from: number;
  to: number;
  /** Messages on an average weekday. */
  perDay: number;
  lines: readonly string[];
}

const GENERAL = [
  'Thanks, everyone!',
  'Noted, thank you.',
  'Who has the keys to the meeting room?',
  'Reminder: timesheets are due on Friday.',
  'Great work this week, team.',
  'The coffee machine on floor 2 is fixed.',
  'Can someone share the updated contact list?',
  'I will be out tomorrow morning, back at noon.',
];

const TALK: readonly GroupTalk[] = [
  {
    groupId: 'g-all',
    from: 0,
    to: 60,
    perDay: 2,
    lines: [...GENERAL, 'The newsletter for this month is out.', 'Welcome to our new colleagues!'],
  },
  {
    groupId: 'g-north',
    from: 120,
    to: 160,
    perDay: 2,
    lines: [
      ...GENERAL,
      'Dock 4 is free for the afternoon delivery.',
      'Inventory count starts at 6:00.',
      'Forklift 2 is due for its service.',
    ],
  },
  {
    groupId: 'g-north-night',
    from: 60,
    to: 90,
    perDay: 1.5,
    lines: ['Night shift handover notes are on the board.', 'All quiet in bay 3.', ...GENERAL],
  },
  {
    groupId: 'g-north-day',
    from: 90,
    to: 120,
    perDay: 1,
    lines: ['Morning truck is 20 minutes late.', 'Pallets for Gdańsk are ready.', ...GENERAL],
  },
  {
    groupId: 'g-south',
    from: 160,
    to: 190,
    perDay: 1,
    lines: ['Loading bay lights are out again.', 'South warehouse tour on Thursday.', ...GENERAL],
  },
  {
    groupId: 'g-south-drivers',
    from: 190,
    to: 220,
    perDay: 1.5,
    lines: [
      'Roadworks on the A4 near Katowice, plan extra time.',
      'Van 12 needs new tyres.',
      'Fuel cards were renewed, check your mailbox.',
      ...GENERAL,
    ],
  },
  {
    groupId: 'g-office',
    from: 220,
    to: 245,
    perDay: 2,
    lines: ['Printer on floor 3 is out of toner.', 'Board meeting moved to 14:00.', ...GENERAL],
  },
  {
    groupId: 'g-it',
    from: 245,
    to: 260,
    perDay: 1,
    lines: [
      'Password reset requests go through the portal.',
      'VPN maintenance tonight at 22:00.',
      ...GENERAL,
    ],
  },
];

/** A card sent every week on one weekday (0 = Sunday), with who answers and how. */
interface Weekly {
  groupId: string;
  weekday: number;
  actionId: string;
  /** The sender of week `w`. */
  sender: (w: number) => number;
  card: (w: number) => Card;
  responders: readonly number[];
  /** How likely a responder answers. */
  share: number;
  answer: (r: () => number, card: Card) => CardResponse;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

const pollAnswer = (r: () => number, card: Card): CardResponse => ({
  type: 'poll',
  option: Math.floor(r() * (card.type === 'poll' ? card.options.length : 1)),
});

const WEEKLY: readonly Weekly[] = [
  {
    groupId: 'g-all',
    weekday: 1,
    actionId: builtinActionId('poll'),
    sender: (w) => w % 2,
    card: (w) =>
      pick(rng(w + 1), [
        {
          type: 'poll',
          question: 'Canteen menu for next week?',
          options: ['Polish', 'Italian', 'Indian'],
        },
        {
          type: 'poll',
          question: 'Team event this month?',
          options: ['Bowling', 'Karaoke', 'Escape room'],
        },
        {
          type: 'poll',
          question: 'Was this week’s newsletter useful?',
          options: ['Yes', 'Somewhat', 'No'],
        },
      ] satisfies Card[]),
    responders: range(2, 60),
    share: 0.6,
    answer: pollAnswer,
  },
  {
    groupId: 'g-north',
    weekday: 3,
    actionId: builtinActionId('poll'),
    sender: () => 120,
    card: () => ({
      type: 'poll',
      question: 'Overtime this Saturday?',
      options: ['Yes', 'No', 'Maybe'],
    }),
    responders: range(121, 160),
    share: 0.7,
    answer: pollAnswer,
  },
  {
    groupId: 'g-north-night',
    weekday: 1,
    actionId: builtinActionId('attendance'),
    sender: () => 60,
    card: () => ({ type: 'attendance', title: 'Night shift roll call' }),
    responders: range(61, 90),
    share: 0.8,
    answer: () => ({ type: 'attendance', present: true }),
  },
  {
    groupId: 'g-office',
    weekday: 4,
    actionId: 'a-demo-lunch',
    sender: (w) => 221 + (w % 20),
    card: () => ({
      type: 'poll',
      question: 'Friday team lunch?',
      options: ['Pizza', 'Sushi', 'Pierogi', 'Salad bar'],
    }),
    responders: range(220, 245),
    share: 0.65,
    answer: pollAnswer,
  },
];

/**
 * The chatter of the `CHATTER_DAYS` days before `now` (UTC days, so today's part ends
 * before now): messages and responses without ids, for the catalog to number in time order.
 */
export function demoChatter(
  phone: (index: number) => string,
  now: number,
): {
  messages: Message[];
  responses: Array<Omit<ActionResponse, 'messageId'> & { card: Message }>;
} {
  const r = rng(60_060);
  const messages: Message[] = [];
  const responses: Array<Omit<ActionResponse, 'messageId'> & { card: Message }> = [];
  for (let d = CHATTER_DAYS; d >= 1; d--) {
    const dayStart = now - d * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    for (const g of TALK) {
      // Fewer messages at weekends; the count varies from day to day.
      const mean = g.perDay * (weekend ? 0.3 : 1);
      const count = Math.floor(mean + r() * (mean + 1));
      for (let k = 0; k < count; k++) {
        const author = g.from + Math.floor(r() * (g.to - g.from));
        const at = dayStart + Math.floor((1 + r() * 10) * HOUR_MS);
        // Up to three colleagues like it, within the hour.
        const likers = new Set<number>();
        for (let n = Math.floor(r() * 4); n > 0; n--)
          likers.add(g.from + Math.floor(r() * (g.to - g.from)));
        likers.delete(author);
        const reactions = [...likers].map((i, n) => ({
          phone: phone(i),
          at: at + (n + 1) * 5 * 60_000,
        }));
        messages.push({
          groupId: g.groupId,
          author: phone(author),
          at,
          kind: 'text',
          text: pick(r, g.lines),
          ...(reactions.length > 0 ? { reactions } : {}),
        });
      }
    }
    for (const w of WEEKLY) {
      if (weekday !== w.weekday) continue;
      const week = Math.floor(d / 7);
      const card: Message = {
        groupId: w.groupId,
        author: phone(w.sender(week)),
        at: dayStart + 2 * HOUR_MS,
        kind: 'card',
        text: '',
        actionId: w.actionId,
        card: w.card(week),
      };
      messages.push(card);
      for (const member of w.responders)
        if (member !== w.sender(week) && r() < w.share)
          responses.push({
            groupId: w.groupId,
            author: phone(member),
            at: card.at + Math.floor((0.2 + r() * 20) * HOUR_MS),
            response: w.answer(r, card.card!),
            card,
          });
    }
  }
  // A response that would come after now has not been given yet.
  return { messages, responses: responses.filter((x) => x.at < now) };
}
