import type { CommandContext, ReadContext } from '../kernel/context';
import { RESTORED_PREF } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import {
  allPassed,
  type Criterion,
  type Exercise,
  type Facts,
  type PracticeData,
  type PracticeProgress,
} from '../../domain/practice';
import {
  EXERCISES,
  exercise,
  factsOf,
  sampleText,
  startingState,
} from '../../domain/practice-exercises';
import type { Locale } from '../../domain/types';
import { getPref, setPref } from '../../storage/repos';
import { readTables } from '../../storage/practice-repo';
import { replaceWithDemo } from '../sandbox/sandbox';

/** Progress of every exercise, kept per browser (a reset or a Start keeps it). */
export const PROGRESS_PREF = 'practice.progress';
/** The answer typed for an exercise that asks a question: sandbox data, gone on Start. */
const answerPref = (id: string) => `practice.answer.${id}`;

type Progress = Record<string, PracticeProgress>;

function find(id: string): Exercise {
  const ex = exercise(id);
  if (!ex) throw new DomainError('practice.unknown', { id });
  return ex;
}

/** An exercise as the practice page lists it. */
export interface ExerciseView {
  id: string;
  guides: readonly string[];
  steps: number;
  hints: number;
  answer?: 'text' | 'number';
  sample?: string;
  facts: Facts;
  progress: PracticeProgress | undefined;
  /** What the trainee typed (questions only). */
  answered?: string;
}

/** Every exercise with this browser's progress. */
export async function practiceList(ctx: ReadContext): Promise<ExerciseView[]> {
  const progress = (await getPref<Progress>(ctx.db, PROGRESS_PREF)) ?? {};
  const answers = await Promise.all(
    EXERCISES.map((ex) => (ex.answer ? getPref<string>(ctx.db, answerPref(ex.id)) : undefined)),
  );
  return EXERCISES.map((ex, i) => ({
    id: ex.id,
    guides: ex.guides,
    steps: ex.steps,
    hints: ex.hints,
    ...(ex.answer ? { answer: ex.answer } : {}),
    ...(ex.sample ? { sample: ex.sample.name } : {}),
    facts: factsOf(ex),
    progress: progress[ex.id],
    ...(answers[i] !== undefined ? { answered: answers[i] } : {}),
  }));
}

/** The file an exercise hands out, with its name. */
export async function practiceSample(
  _ctx: ReadContext,
  input: { id: string },
): Promise<{ name: string; text: string }> {
  const ex = find(input.id);
  const text = sampleText(ex);
  if (!ex.sample || text === undefined) throw new DomainError('practice.noSample', { id: ex.id });
  return { name: ex.sample.name, text };
}

async function setProgress(ctx: CommandContext, id: string, next: PracticeProgress): Promise<void> {
  const progress = (await getPref<Progress>(ctx.db, PROGRESS_PREF)) ?? {};
  await setPref(ctx.db, PROGRESS_PREF, { ...progress, [id]: next });
}

/**
 * Start: the sandbox becomes the exercise's starting state (whatever it held is replaced;
 * the page asks first). Progress says Started, keeping an earlier pass's time.
 */
export async function practiceStart(
  ctx: CommandContext,
  input: { id: string; locale?: Locale },
): Promise<void> {
  const ex = find(input.id);
  const offset = ctx.org?.clockOffset ?? 0;
  const demo = startingState(ex, ctx.now, offset);
  const before = ((await getPref<Progress>(ctx.db, PROGRESS_PREF)) ?? {})[ex.id];
  await replaceWithDemo(ctx, demo, input.locale ?? ctx.org?.locale);
  await setProgress(ctx, ex.id, {
    status: 'started',
    startedAt: ctx.now,
    ...(before?.passedAt !== undefined ? { passedAt: before.passedAt } : {}),
  });
  ctx.audit('practice.start', 'org', { exercise: ex.id }, demo.actor);
}

/** Keeps the answer typed for a question. */
export async function practiceAnswer(
  ctx: CommandContext,
  input: { id: string; answer: string },
): Promise<void> {
  const ex = find(input.id);
  ctx.requireOrg();
  if (!ex.answer) throw new DomainError('practice.noQuestion', { id: ex.id });
  await setPref(ctx.db, answerPref(ex.id), input.answer.slice(0, 200));
}

/** What the sandbox holds, as the exercise's check reads it. */
async function practiceData(ctx: ReadContext, ex: Exercise): Promise<PracticeData> {
  const [tables, answer, restored] = await Promise.all([
    readTables(ctx.db, ex.reads),
    ex.answer ? getPref<string>(ctx.db, answerPref(ex.id)) : undefined,
    getPref<PracticeData['restored']>(ctx.db, RESTORED_PREF),
  ]);
  const t = (name: keyof typeof tables) => (tables[name] ?? []) as never[];
  return {
    org: ctx.org,
    attributes: t('attributes'),
    users: t('users'),
    groups: t('groups'),
    memberships: t('memberships'),
    connectors: t('connectors'),
    publications: t('publications'),
    messages: t('messages'),
    responses: t('responses'),
    jobs: t('jobs'),
    audit: t('audit'),
    answer,
    restored,
    now: ctx.now,
  };
}

/** The result of Check. */
export interface CheckResult {
  criteria: Criterion[];
  passed: boolean;
}

/**
 * Check: runs the exercise's check over the sandbox and, when every criterion passes,
 * records the pass in this browser's progress.
 */
export async function practiceCheck(
  ctx: CommandContext,
  input: { id: string },
): Promise<CheckResult> {
  const ex = find(input.id);
  const criteria = ex.check(await practiceData(ctx, ex), factsOf(ex));
  const passed = allPassed(criteria);
  if (passed) {
    const before = ((await getPref<Progress>(ctx.db, PROGRESS_PREF)) ?? {})[ex.id];
    await setProgress(ctx, ex.id, {
      status: 'passed',
      startedAt: before?.startedAt ?? ctx.now,
      passedAt: ctx.now,
    });
  }
  return { criteria, passed };
}
