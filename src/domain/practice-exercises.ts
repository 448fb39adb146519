import { buildDemo, type DemoOrganization } from './demo';
import {
  startedHere,
  type Criterion,
  type Exercise,
  type Facts,
  type PracticeData,
} from './practice';
import {
  DELETE_RESTORE,
  EMPLOYEE_ID,
  EXPORT_REIMPORT,
  IMPORT_FIX,
  MOVE_TO_OTHERS,
} from './practice-people';
import {
  ADMIN_POLL,
  CONNECTOR,
  GROUP_ADMIN,
  HIERARCHY_UPLOAD,
  MAP_PRIVATE,
} from './practice-groups';
import { ACTIVITY_REPORT, TENANT_MESSAGES, TENANT_RESTORE } from './practice-data';

/** Every exercise, in the order the practice page lists them (the guides' order). */
export const EXERCISES: readonly Exercise[] = [
  MOVE_TO_OTHERS,
  EMPLOYEE_ID,
  IMPORT_FIX,
  EXPORT_REIMPORT,
  DELETE_RESTORE,
  GROUP_ADMIN,
  HIERARCHY_UPLOAD,
  MAP_PRIVATE,
  ADMIN_POLL,
  CONNECTOR,
  ACTIVITY_REPORT,
  TENANT_MESSAGES,
  TENANT_RESTORE,
];

/** The exercise `id`, or undefined. */
export const exercise = (id: string): Exercise | undefined => EXERCISES.find((e) => e.id === id);

/**
 * The exercise's starting state at real time `now`: the demo organization (the same people,
 * groups, Actions and connectors every time; its conversations are dated back from `now`)
 * as the exercise changes it, with the simulated clock back at today.
 */
export function startingState(ex: Exercise, now: number): DemoOrganization {
  const demo = buildDemo(now, 0);
  ex.start?.(demo);
  return demo;
}

/** The names and numbers the exercise's texts and check use (the same at any time). */
export function factsOf(ex: Exercise): Facts {
  let facts = FACTS.get(ex.id);
  if (!facts) FACTS.set(ex.id, (facts = ex.facts(baseDemo())));
  return facts;
}

/**
 * The demo organization as every exercise starts from it, built once for the facts of all
 * of them (building it is the list's whole cost: once per exercise, the practice page's
 * first load spent ~100 ms on it). Facts only read it; whatever changes a demo gets its own.
 */
let BASE: DemoOrganization | undefined;
const baseDemo = (): DemoOrganization => (BASE ??= Object.freeze(buildDemo(0, 0)));

/**
 * Facts by exercise: they do not depend on time, and the list re-reads them on every change
 * of the sandbox (building the demo each time would be its whole cost).
 */
const FACTS = new Map<string, Facts>();

/** The text of the file an exercise hands out. */
export function sampleText(ex: Exercise): string | undefined {
  if (!ex.sample) return undefined;
  const demo = buildDemo(0, 0);
  ex.start?.(demo);
  return ex.sample.text(demo);
}

/** The exercise's check over `data`: first that its own Start set up the sandbox. */
export function checkExercise(ex: Exercise, data: PracticeData): Criterion[] {
  return [startedHere(data, ex.id), ...ex.check(data, factsOf(ex))];
}
