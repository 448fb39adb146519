import type { ActionResponse, Card, CardResponse } from './types';

/**
 * Live results of a sent card (SPEC §8): poll counts per option, survey answers, checklist
 * ticks, who is going, who confirmed. Pure: the conversation view and reports aggregate the
 * same way.
 */

export interface PollOption {
  label: string;
  count: number;
  /** Whole percent of the responses; the options together make 100 once anyone voted. */
  percent: number;
  voters: string[];
}

export type CardResults =
  | { type: 'poll'; total: number; options: PollOption[] }
  | {
      type: 'survey';
      total: number;
      questions: Array<{ question: string; answers: Array<{ author: string; text: string }> }>;
    }
  | {
      type: 'checklist';
      total: number;
      items: Array<{ label: string; count: number; by: string[] }>;
    }
  | { type: 'meet'; total: number; going: string[]; notGoing: string[] }
  | {
      type: 'announcement' | 'job' | 'attendance' | 'training';
      total: number;
      respondents: string[];
    };

/**
 * Each author's latest response (by time, then id). Commands keep one per author already;
 * this keeps results right for data restored from elsewhere.
 */
export function latestPerAuthor(responses: readonly ActionResponse[]): ActionResponse[] {
  const latest = new Map<string, ActionResponse>();
  for (const r of responses) {
    const seen = latest.get(r.author);
    if (!seen || r.at > seen.at || (r.at === seen.at && (r.id ?? 0) > (seen.id ?? 0)))
      latest.set(r.author, r);
  }
  return [...latest.values()].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}

/**
 * Whole percentages of `counts` that add up to exactly 100 (largest remainder), so three
 * equal options read 34 / 33 / 33 rather than 33 / 33 / 33. All zeros when nothing counted.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const result = exact.map(Math.floor);
  let left = 100 - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i]! += 1;
    left -= 1;
  }
  return result;
}

/** Responses of the card's own type only, narrowed. */
function ofType<T extends CardResponse['type']>(
  responses: readonly ActionResponse[],
  type: T,
): Array<{ author: string; response: Extract<CardResponse, { type: T }> }> {
  return responses.flatMap((r) =>
    r.response.type === type
      ? [{ author: r.author, response: r.response as Extract<CardResponse, { type: T }> }]
      : [],
  );
}

/** The results of `card` from its responses; a response that does not fit the card is ignored. */
export function cardResults(card: Card, responses: readonly ActionResponse[]): CardResults {
  const latest = latestPerAuthor(responses);
  switch (card.type) {
    case 'poll': {
      const voters: string[][] = card.options.map(() => []);
      for (const { author, response } of ofType(latest, 'poll'))
        voters[response.option]?.push(author);
      const counts = voters.map((v) => v.length);
      const percent = percentages(counts);
      return {
        type: 'poll',
        total: counts.reduce((a, b) => a + b, 0),
        options: card.options.map((label, i) => ({
          label,
          count: counts[i]!,
          percent: percent[i]!,
          voters: voters[i]!,
        })),
      };
    }
    case 'survey': {
      const given = ofType(latest, 'survey');
      return {
        type: 'survey',
        total: given.length,
        questions: card.questions.map((question, i) => ({
          question,
          answers: given.flatMap(({ author, response }) => {
            const text = response.answers[i];
            return text ? [{ author, text }] : [];
          }),
        })),
      };
    }
    case 'checklist': {
      const given = ofType(latest, 'checklist');
      const by: string[][] = card.items.map(() => []);
      for (const { author, response } of given)
        for (const i of new Set(response.ticked)) by[i]?.push(author);
      return {
        type: 'checklist',
        total: given.length,
        items: card.items.map((label, i) => ({ label, count: by[i]!.length, by: by[i]! })),
      };
    }
    case 'meet': {
      const given = ofType(latest, 'meet');
      return {
        type: 'meet',
        total: given.length,
        going: given.filter((g) => g.response.going).map((g) => g.author),
        notGoing: given.filter((g) => !g.response.going).map((g) => g.author),
      };
    }
    default: {
      const respondents = ofType(latest, card.type).map((g) => g.author);
      return { type: card.type, total: respondents.length, respondents };
    }
  }
}

/** A card's title, or its question for a poll. */
export function cardTitle(card: Card): string {
  return card.type === 'poll' ? card.question : card.title;
}

/**
 * One row per answer of a card's results, with its count: a poll option, a checklist item, a
 * survey question (answered by), Let's Meet going and not going, or the one count of a card
 * without choices. `words` names the rows that have no text of their own.
 */
export function answerCounts(
  r: CardResults,
  words: { going: string; notGoing: string; answered: string },
): Array<[string, number]> {
  switch (r.type) {
    case 'poll':
      return r.options.map((o) => [o.label, o.count]);
    case 'checklist':
      return r.items.map((i) => [i.label, i.count]);
    case 'survey':
      return r.questions.map((q) => [q.question, q.answers.length]);
    case 'meet':
      return [
        [words.going, r.going.length],
        [words.notGoing, r.notGoing.length],
      ];
    default:
      return [[words.answered, r.total]];
  }
}
