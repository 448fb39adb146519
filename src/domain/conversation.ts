import type { Problem } from './errors';
import { preview } from './errors';
import type { ActionType, Card, CardResponse, GroupKind } from './types';

/**
 * Group conversations (SPEC §8): text messages, the cards Actions send, and the responses to
 * them. Validation returns problems naming the field; nothing here throws for bad input.
 */

export const MAX_MESSAGE = 4000;
export const MAX_TITLE = 200;
export const MAX_CARD_TEXT = 4000;
export const MAX_ANSWER = 1000;

/** How many entries each list of a card takes, and how long one entry may be. */
export const LIST_LIMITS = {
  options: { min: 2, max: 10, length: 200 },
  questions: { min: 1, max: 20, length: 300 },
  items: { min: 1, max: 50, length: 200 },
} as const;
type ListColumn = keyof typeof LIST_LIMITS;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** One line: spaces collapsed, ends trimmed. */
const line = (value: unknown): string => str(value).normalize('NFC').replace(/\s+/g, ' ').trim();
/** Free text keeps its line breaks; only the ends are trimmed. */
const block = (value: unknown): string => str(value).normalize('NFC').trim();

/** Checks a text message: 1 to 4,000 characters after trimming. */
export function validateMessageText(raw: string): { text: string; problem?: Problem } {
  const text = block(raw);
  if (text === '') return { text, problem: { column: 'text', code: 'message.text.empty' } };
  if (text.length > MAX_MESSAGE) {
    return {
      text,
      problem: {
        column: 'text',
        value: preview(text),
        code: 'message.text.tooLong',
        params: { max: MAX_MESSAGE, length: text.length },
      },
    };
  }
  return { text };
}

/** A required one-line field (title, poll question) of a card. */
function required(column: string, value: string, problems: Problem[]): void {
  if (value === '') problems.push({ column, code: `card.${column}.empty` });
  else if (value.length > MAX_TITLE)
    problems.push({
      column,
      value: preview(value),
      code: `card.${column}.tooLong`,
      params: { max: MAX_TITLE, length: value.length },
    });
}

/** Optional free text of a card. */
function optionalText(column: string, value: string, problems: Problem[]): void {
  if (value.length > MAX_CARD_TEXT)
    problems.push({
      column,
      value: preview(value),
      code: 'card.text.tooLong',
      params: { max: MAX_CARD_TEXT, length: value.length },
    });
}

/** A list of a card (poll options, survey questions, checklist items): count, blanks, length, repeats. */
function list(column: ListColumn, raw: unknown, problems: Problem[]): string[] {
  const limits = LIST_LIMITS[column];
  const values = (Array.isArray(raw) ? raw : []).map(line);
  const count = values.length;
  if (count < limits.min)
    problems.push({ column, code: `card.${column}.tooFew`, params: { min: limits.min, count } });
  if (count > limits.max)
    problems.push({ column, code: `card.${column}.tooMany`, params: { max: limits.max, count } });
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    const n = i + 1;
    if (value === '') {
      problems.push({ column, code: `card.${column}.blank`, params: { n } });
      return;
    }
    if (value.length > limits.length)
      problems.push({
        column,
        value: preview(value),
        code: `card.${column}.long`,
        params: { n, max: limits.length, length: value.length },
      });
    const key = value.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        column,
        value: preview(value),
        code: `card.${column}.duplicate`,
        params: { n, first },
      });
    else seen.set(key, n);
  });
  return values;
}

/**
 * Checks a card about to be sent with an Action of type `type` and returns it normalized
 * (trimmed, spaces collapsed in one-line fields). `card` is undefined when there are problems.
 */
export function validateCard(type: ActionType, raw: Card): { card?: Card; problems: Problem[] } {
  const problems: Problem[] = [];
  if (raw.type !== type) {
    problems.push({
      column: 'type',
      code: 'card.type.mismatch',
      params: { expected: type, got: String(raw.type) },
    });
    return { problems };
  }
  const r = raw as unknown as Record<string, unknown>;
  const title = line(r['title']);
  const text = block(r['text']);
  let card: Card;
  switch (raw.type) {
    case 'poll': {
      const question = line(r['question']);
      required('question', question, problems);
      card = { type: 'poll', question, options: list('options', r['options'], problems) };
      break;
    }
    case 'survey':
      required('title', title, problems);
      card = { type: 'survey', title, questions: list('questions', r['questions'], problems) };
      break;
    case 'checklist':
      required('title', title, problems);
      card = { type: 'checklist', title, items: list('items', r['items'], problems) };
      break;
    case 'meet': {
      required('title', title, problems);
      const at = r['at'];
      if (typeof at !== 'number' || !Number.isFinite(at))
        problems.push({ column: 'at', code: 'card.at.invalid' });
      const place = line(r['place']);
      if (place.length > MAX_TITLE)
        problems.push({
          column: 'place',
          code: 'card.place.tooLong',
          params: { max: MAX_TITLE, length: place.length },
        });
      card = { type: 'meet', title, at: typeof at === 'number' ? at : NaN, place };
      break;
    }
    case 'attendance':
      required('title', title, problems);
      card = { type: 'attendance', title };
      break;
    case 'announcement':
    case 'job':
    case 'training':
      required('title', title, problems);
      optionalText('text', text, problems);
      card = { type: raw.type, title, text };
      break;
    default:
      problems.push({ column: 'type', code: 'card.type.unknown', params: { got: String(type) } });
      return { problems };
  }
  return problems.length > 0 ? { problems } : { card, problems };
}

const isIndex = (value: unknown, length: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/**
 * Checks a response to `card` and returns it normalized (trimmed answers, ticks sorted and
 * unique). `response` is undefined when there are problems.
 */
export function validateResponse(
  card: Card,
  raw: CardResponse,
): { response?: CardResponse; problems: Problem[] } {
  const problems: Problem[] = [];
  if (raw.type !== card.type) {
    problems.push({
      column: 'type',
      code: 'response.type.mismatch',
      params: { expected: card.type, got: String(raw.type) },
    });
    return { problems };
  }
  const r = raw as unknown as Record<string, unknown>;
  let response: CardResponse;
  switch (card.type) {
    case 'poll': {
      const option = r['option'];
      if (!isIndex(option, card.options.length))
        problems.push({
          column: 'option',
          code: 'response.option.invalid',
          params: { count: card.options.length },
        });
      response = { type: 'poll', option: option as number };
      break;
    }
    case 'survey': {
      const given = Array.isArray(r['answers']) ? (r['answers'] as unknown[]) : [];
      const answers = card.questions.map((_, i) => block(given[i]));
      if (given.length > card.questions.length)
        problems.push({
          column: 'answers',
          code: 'response.answers.tooMany',
          params: { count: card.questions.length },
        });
      answers.forEach((answer, i) => {
        const params = { n: i + 1, question: preview(card.questions[i]!) };
        if (answer === '')
          problems.push({ column: 'answers', code: 'response.answer.empty', params });
        else if (answer.length > MAX_ANSWER)
          problems.push({
            column: 'answers',
            code: 'response.answer.tooLong',
            params: { ...params, max: MAX_ANSWER },
          });
      });
      response = { type: 'survey', answers };
      break;
    }
    case 'checklist': {
      const ticked = Array.isArray(r['ticked']) ? (r['ticked'] as unknown[]) : [];
      if (!ticked.every((i) => isIndex(i, card.items.length)))
        problems.push({
          column: 'ticked',
          code: 'response.ticked.invalid',
          params: { count: card.items.length },
        });
      response = {
        type: 'checklist',
        ticked: [...new Set(ticked as number[])].sort((a, b) => a - b),
      };
      break;
    }
    case 'meet':
      if (typeof r['going'] !== 'boolean')
        problems.push({ column: 'going', code: 'response.going.invalid' });
      response = { type: 'meet', going: r['going'] === true };
      break;
    default: {
      // The other cards take one confirmation: acknowledged, done, present, completed.
      const flag = (
        {
          announcement: 'acknowledged',
          job: 'done',
          attendance: 'present',
          training: 'completed',
        } as const
      )[card.type];
      if (r[flag] !== true) problems.push({ column: flag, code: 'response.flag.invalid' });
      response = { type: card.type, [flag]: true } as CardResponse;
    }
  }
  return problems.length > 0 ? { problems } : { response, problems };
}

/**
 * SPEC §9: a deleted user's messages, cards and responses in organization groups are removed
 * from view while they wait in the restore window (Restore brings them back), and are gone
 * for good once purged. Their private groups are untouched.
 */
export function isContentHidden(
  groupKind: GroupKind,
  author: { deletedAt?: number } | undefined,
): boolean {
  return groupKind === 'organization' && (author === undefined || author.deletedAt !== undefined);
}

/** Messages a conversation shows: the newest this many. */
export const CONVERSATION_LIMIT = 100;
