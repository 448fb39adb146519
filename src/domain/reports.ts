import { ActivityKind, type ActivityDay } from './activity';
import { DAY_MS } from './clock';
import type { Problem } from './errors';

/**
 * Reports (SPEC §8), after Kaizala's own: adoption, usage trends, the activity report of
 * users, groups or Actions, over the activity log of the groups a person may report on.
 * Pure: the reports area reads the days and the scope, these count.
 */

/** The longest window of an activity report, in days (both ends included). */
export const MAX_REPORT_DAYS = 31;

/** The longest window of the other reports: a year. */
export const MAX_TREND_DAYS = 366;

/** The default window: the last 30 days up to today. */
export const DEFAULT_REPORT_DAYS = 30;

/** Which groups a report counts, and whose content it leaves out. */
export interface ReportScope {
  /** Organization groups the actor may report on: all for an org admin, theirs otherwise. */
  groupIds: ReadonlySet<string>;
  /** Users inside their restore window: their content is out of view (SPEC §9). */
  hidden: ReadonlySet<string>;
  /** Their messages (cards too): the responses and Likes they got are out of view with them. */
  hiddenMessages?: ReadonlySet<number>;
}

/** A window of whole UTC days, `YYYY-MM-DD`, both included. */
export interface ReportWindow {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of a `YYYY-MM-DD` day's start (UTC), or NaN when it is no date. */
export function dayStart(day: string): number {
  if (!DAY.test(day)) return NaN;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? NaN : ms;
}

/** The days of a window, in order. */
export function daysOf(window: ReportWindow): string[] {
  const out: string[] = [];
  for (let t = dayStart(window.from); t <= dayStart(window.to); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The window of the last `days` days up to `today`. */
export function lastDays(today: string, days: number = DEFAULT_REPORT_DAYS): ReportWindow {
  const from = new Date(dayStart(today) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to: today };
}

/**
 * What is wrong with a window, each problem naming the field and the fix: a date that is
 * missing or no date, End before Start, a date after today, more than `maxDays` days.
 */
export function checkWindow(
  window: ReportWindow,
  today: string,
  maxDays: number | undefined = MAX_REPORT_DAYS,
): Problem[] {
  const problems: Problem[] = [];
  const from = dayStart(window.from);
  const to = dayStart(window.to);
  if (Number.isNaN(from))
    problems.push({ column: 'start', code: 'report.start.invalid', value: window.from });
  if (Number.isNaN(to))
    problems.push({ column: 'end', code: 'report.end.invalid', value: window.to });
  if (problems.length > 0) return problems;
  const now = dayStart(today);
  if (from > now)
    problems.push({ column: 'start', code: 'report.start.future', params: { today } });
  if (to > now) problems.push({ column: 'end', code: 'report.end.future', params: { today } });
  if (problems.length > 0) return problems;
  if (to < from)
    problems.push({
      column: 'end',
      code: 'report.window.reversed',
      params: { start: window.from, end: window.to },
    });
  else if (maxDays !== undefined && (to - from) / DAY_MS + 1 > maxDays)
    problems.push({
      column: 'end',
      code: 'report.window.tooLong',
      params: { days: (to - from) / DAY_MS + 1, max: maxDays },
    });
  return problems;
}

/** Counts of one row of a report. */
export interface ActivityCounts {
  messages: number;
  actions: number;
  responses: number;
  reactions: number;
}

const zero = (): ActivityCounts => ({ messages: 0, actions: 0, responses: 0, reactions: 0 });

function count(c: ActivityCounts, kind: ActivityKind): void {
  if (kind === ActivityKind.message) c.messages++;
  else if (kind === ActivityKind.action) c.actions++;
  else if (kind === ActivityKind.response) c.responses++;
  else c.reactions++;
}

/** Calls `each(day, i)` for every event of `days` inside the scope. */
function scan(
  days: readonly ActivityDay[],
  scope: ReportScope,
  each: (day: ActivityDay, i: number) => void,
): void {
  const gone = scope.hiddenMessages;
  const about = (d: ActivityDay, i: number) =>
    d.kind[i] === ActivityKind.reaction ? d.ref[i]! : d.card[i]!;
  for (const d of days)
    for (let i = 0; i < d.kind.length; i++)
      if (
        scope.groupIds.has(d.groupId[i]!) &&
        !scope.hidden.has(d.phone[i]!) &&
        !(gone && gone.size > 0 && gone.has(about(d, i)))
      )
        each(d, i);
}

export interface AdoptionGroup {
  groupId: string;
  /** Members now (deleted users left their groups). */
  members: number;
  /** Members who wrote, sent, responded or liked in the window. */
  active: number;
}

export interface Adoption {
  totalUsers: number;
  activeUsers: number;
  /** By active users, most first, then by group id. */
  groups: AdoptionGroup[];
}

/**
 * Adoption: users in scope, those active in the window, and per group. `members` holds each
 * scoped group's member count; `totalUsers` the users the actor reports on (the whole
 * directory for an org admin, the members of their groups otherwise).
 */
export function adoption(
  days: readonly ActivityDay[],
  scope: ReportScope,
  members: ReadonlyMap<string, number>,
  totalUsers: number,
): Adoption {
  const active = new Set<string>();
  const perGroup = new Map<string, Set<string>>();
  scan(days, scope, (d, i) => {
    const phone = d.phone[i]!;
    active.add(phone);
    const g = d.groupId[i]!;
    let set = perGroup.get(g);
    if (!set) perGroup.set(g, (set = new Set()));
    set.add(phone);
  });
  const groups = [...scope.groupIds].map((groupId) => ({
    groupId,
    members: members.get(groupId) ?? 0,
    active: perGroup.get(groupId)?.size ?? 0,
  }));
  groups.sort((a, b) => b.active - a.active || (a.groupId < b.groupId ? -1 : 1));
  return { totalUsers, activeUsers: active.size, groups };
}

export interface TrendDay extends ActivityCounts {
  day: string;
  activeUsers: number;
}

/** Usage trends: per day of the window (days without activity too), counts and active users. */
export function usageTrends(
  days: readonly ActivityDay[],
  scope: ReportScope,
  window: ReportWindow,
): TrendDay[] {
  const byDay = new Map<string, { counts: ActivityCounts; users: Set<string> }>();
  scan(days, scope, (d, i) => {
    let e = byDay.get(d.day);
    if (!e) byDay.set(d.day, (e = { counts: zero(), users: new Set() }));
    count(e.counts, d.kind[i]!);
    e.users.add(d.phone[i]!);
  });
  return daysOf(window).map((day) => {
    const e = byDay.get(day);
    return { day, ...(e?.counts ?? zero()), activeUsers: e?.users.size ?? 0 };
  });
}

export type ActivityReportType = 'users' | 'groups' | 'actions';

export interface ActivityRow extends ActivityCounts {
  /** Phone (users), group id (groups), or `actionId\u0000groupId` (actions). */
  key: string;
  phone?: string;
  groupId?: string;
  actionId?: string;
}

/**
 * The activity report: one row per user, group or Action-in-a-group with activity in the
 * window, most active first (then by key, so the order is stable).
 */
export function activityReport(
  days: readonly ActivityDay[],
  scope: ReportScope,
  type: ActivityReportType,
): ActivityRow[] {
  const rows = new Map<string, ActivityRow>();
  scan(days, scope, (d, i) => {
    const kind = d.kind[i]!;
    let key: string;
    let init: Omit<ActivityRow, keyof ActivityCounts>;
    if (type === 'users') {
      key = d.phone[i]!;
      init = { key, phone: key };
    } else if (type === 'groups') {
      key = d.groupId[i]!;
      init = { key, groupId: key };
    } else {
      // Actions: cards sent, the responses and the Likes they got, per Action and group.
      if (kind === ActivityKind.message || d.actionId[i] === '') return;
      key = `${d.actionId[i]}\u0000${d.groupId[i]}`;
      init = { key, actionId: d.actionId[i]!, groupId: d.groupId[i]! };
    }
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...init, ...zero() }));
    count(row, kind);
  });
  const total = (r: ActivityCounts) => r.messages + r.actions + r.responses + r.reactions;
  return [...rows.values()].sort(
    (a, b) => total(b) - total(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The sent cards of the window in scope, newest first: `[messageId, at, groupId, actionId]`. */
export function sentCards(
  days: readonly ActivityDay[],
  scope: ReportScope,
): Array<{ messageId: number; at: number; groupId: string; actionId: string; phone: string }> {
  const out: Array<{
    messageId: number;
    at: number;
    groupId: string;
    actionId: string;
    phone: string;
  }> = [];
  scan(days, scope, (d, i) => {
    if (d.kind[i] === ActivityKind.action)
      out.push({
        messageId: d.ref[i]!,
        at: d.at[i]!,
        groupId: d.groupId[i]!,
        actionId: d.actionId[i]!,
        phone: d.phone[i]!,
      });
  });
  return out.sort((a, b) => b.at - a.at || b.messageId - a.messageId);
}

/** The CSV columns of each report; the activity report's are Kaizala's own (SPEC §8). */
export const REPORT_COLUMNS = {
  adoption: ['Group Name', 'Group Id', 'Members', 'Active users'],
  trends: ['Date', 'Messages', 'Actions sent', 'Action responses', 'Active users'],
  users: [
    'User Name',
    'Phone Number',
    'Number of messages sent',
    'Number of Actions sent',
    'Number of Action responses',
    'Number of reactions',
  ],
  groups: [
    'Group Name',
    'Group Id',
    'Number of messages sent',
    'Number of Actions sent',
    'Number of Action responses',
    'Number of reactions',
  ],
  actions: [
    'Action Name',
    'Package id',
    'Group Name',
    'Group id',
    'Number of Actions sent',
    'Number of Action responses',
    'Number of reactions',
  ],
  cards: [
    'Sent',
    'Group Name',
    'Group Id',
    'Action Name',
    'Sender Name',
    'Sender Phone',
    'Card',
    'Responses',
    'Answer',
    'Count',
  ],
  audit: ['Time', 'Actor Name', 'Actor Phone', 'Change', 'Target', 'Details'],
} as const;

export type ReportCsvKind = 'adoption' | 'trends' | 'activity' | 'cards' | 'audit';

/** A report file's name, e.g. `kaizala-report-users-2026-11-01-2026-11-30.csv`. */
export function reportFileName(kind: string, window: ReportWindow | undefined): string {
  return window
    ? `kaizala-report-${kind}-${window.from}-${window.to}.csv`
    : `kaizala-report-${kind}.csv`;
}
