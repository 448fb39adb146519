import type { CommandContext, ReadContext } from '../kernel/context';
import { PROGRESS_PREF, RESTORED_PREF } from '../kernel/context';
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
  checkExercise,
  EXERCISES,
  exercise,
  factsOf,
  sampleText,
  startingState,
} from '../../domain/practice-exercises';
import type { Locale } from '../../domain/types';
import { getPref, setPref } from '../../storage/repos';
import { readTables, startedExercise } from '../../storage/practice-repo';
import { replaceWithDemo } from '../sandbox/sandbox';

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

/** Replaces the exercise's progress with what `next` makes of it (read once, in the transaction). */
async function updateProgress(
  ctx: CommandContext,
  id: string,
  next: (before: PracticeProgress | undefined) => PracticeProgress,
): Promise<void> {
  const progress = (await getPref<Progress>(ctx.db, PROGRESS_PREF)) ?? {};
  await setPref(ctx.db, PROGRESS_PREF, { ...progress, [id]: next(progress[id]) });
}

/** Real time: progress says when a trainee did something, whatever the sandbox's clock. */
const realNow = (ctx: ReadContext) => ctx.now - (ctx.org?.clockOffset ?? 0);

/**
 * Start: the sandbox becomes the exercise's starting state (whatever it held is replaced;
 * the page asks first), its clock back at today. Progress says Started; a pass stays a pass.
 */
export async function practiceStart(
  ctx: CommandContext,
  input: { id: string; locale?: Locale },
): Promise<void> {
  const ex = find(input.id);
  const now = realNow(ctx);
  const demo = startingState(ex, now);
  await replaceWithDemo(ctx, demo, input.locale ?? ctx.org?.locale);
  await updateProgress(ctx, ex.id, (before) => ({
    ...before,
    status: before?.status ?? 'started',
    startedAt: now,
  }));
  // The sandbox's clock is back at today: so is what this command records.
  ctx.now = now;
  ctx.org = demo.org;
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
  const [tables, answer, restored, started] = await Promise.all([
    readTables(ctx.db, ex.reads),
    ex.answer ? getPref<string>(ctx.db, answerPref(ex.id)) : undefined,
    getPref<PracticeData['restored']>(ctx.db, RESTORED_PREF),
    startedExercise(ctx.db),
  ]);
  // Each table as the check's data names it (a table not read is empty).
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
    started,
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
  // An answer read off data the actor may not see is not graded for them.
  if (ex.can && !ctx.can(ex.can)) throw new DomainError('practice.actAsAdmin');
  const criteria = checkExercise(ex, await practiceData(ctx, ex));
  const passed = allPassed(criteria);
  if (passed) {
    const now = realNow(ctx);
    await updateProgress(ctx, ex.id, (before) => ({
      status: 'passed',
      startedAt: before?.startedAt ?? now,
      passedAt: now,
    }));
  }
  return { criteria, passed };
}
