import type { ReadContext } from '../kernel/context';
import { dayOf, type ActivityDay } from '../../domain/activity';
import { cardResults, type CardResults } from '../../domain/card-results';
import { allActions } from '../../domain/catalog';
import { DAY_MS } from '../../domain/clock';
import { DomainError } from '../../domain/errors';
import {
  activityReport,
  adoption,
  checkWindow,
  dayStart,
  lastDays,
  MAX_REPORT_DAYS,
  MAX_TREND_DAYS,
  sentCards,
  usageTrends,
  type ActivityReportType,
  type ActivityRow,
  type ReportScope,
  type ReportWindow,
  type TrendDay,
} from '../../domain/reports';
import type { AuditEvent, Card } from '../../domain/types';
import type { LabDb } from '../../storage/db';
import { activityBetween, contentOf } from '../../storage/activity-repo';
import { getMessages, listActions, responsesTo } from '../../storage/catalog-repo';
import { deletedPhones } from '../../storage/group-upload-repo';
import { getGroups } from '../../storage/repos';
import { auditPage, membersOf, organizationGroupIds, userCount } from '../../storage/reports-repo';
import { getUsers } from '../../storage/users-repo';
import { refuseProblems } from '../catalog/shared';

/**
 * Reports (SPEC §8): what an org admin (all organization groups) or a group admin (their
 * groups) may see, computed in the jobs worker from the activity log. Members are refused
 * by the registry's `reports.see`; a group's Reports tab narrows every report to that group.
 */

/** What every report takes: the window (the last 30 days when absent) and a group. */
export interface ReportInput {
  from?: string;
  to?: string;
  /** A group's Reports tab: only this group. */
  groupId?: string;
}

interface Scoped {
  scope: ReportScope;
  /** The names of these groups (read for the rows shown only). */
  names: (ids: Iterable<string>) => Promise<Map<string, string>>;
  orgAdmin: boolean;
  window: ReportWindow;
  today: string;
  /** The days of the window in the activity log (read with the scope, all at once). */
  days: ActivityDay[];
}

/**
 * The groups the actor reports on (organization groups they may see reports of, or the one
 * group asked for), the checked window and its days of the log. An actor with no such group
 * is refused. Every read goes out at once: the scope's and the log's.
 */
async function scoped(
  ctx: ReadContext,
  input: ReportInput,
  maxDays: number | undefined,
  readDays = true,
): Promise<Scoped> {
  ctx.requireOrg();
  const today = dayOf(ctx.now);
  const window =
    input.from || input.to ? { from: input.from ?? '', to: input.to ?? '' } : lastDays(today);
  refuseProblems(checkWindow(window, today, maxDays));
  const orgAdmin = ctx.actorCtx.orgAdmin && input.groupId === undefined;
  const [groups, hidden, days] = await Promise.all([
    // An org admin reports on every organization group: their ids come from the kind index,
    // without reading the groups. Others (and a group's own tab) have their few groups checked.
    orgAdmin
      ? organizationGroupIds(ctx.db)
      : getGroups(
          ctx.db,
          input.groupId === undefined ? [...ctx.actorCtx.adminOf] : [input.groupId],
        ).then((found) =>
          found
            .filter(
              (g) =>
                g?.kind === 'organization' &&
                ctx.can('reports.see', { groupId: g.id, groupKind: g.kind }),
            )
            .map((g) => g!.id),
        ),
    deletedPhones(ctx.db).then(async (phones) => ({
      phones,
      messages: (await contentOf(ctx.db, phones)).messages,
    })),
    readDays ? activityBetween(ctx.db, window.from, window.to) : [],
  ]);
  if (input.groupId !== undefined && groups.length === 0)
    throw new DomainError('permission.denied', {});
  if (groups.length === 0) throw new DomainError('report.noGroups', {});
  return {
    scope: {
      groupIds: new Set(groups),
      hidden: new Set(hidden.phones),
      hiddenMessages: new Set(hidden.messages),
    },
    names: async (ids) => {
      const list = [...new Set(ids)];
      const found = await getGroups(ctx.db, list);
      return new Map(list.map((id, i) => [id, found[i]?.name ?? '']));
    },
    orgAdmin,
    window,
    today,
    days,
  };
}

/** Names of the given phones ('' when the user is gone). */
async function namesOf(db: LabDb, phones: readonly string[]): Promise<string[]> {
  const users = await getUsers(db, phones);
  return users.map((u) => u?.name ?? '');
}

export interface AdoptionReport {
  window: ReportWindow;
  totalUsers: number;
  activeUsers: number;
  /** Groups in scope; `groups` holds the `limit` most active of them. */
  groupCount: number;
  groups: Array<{ groupId: string; name: string; members: number; active: number }>;
}

/** Adoption: users, active users in the window, and per group (most active first). */
export async function reportAdoption(
  ctx: ReadContext,
  input: ReportInput & { limit?: number },
): Promise<AdoptionReport> {
  // An org admin reports on the whole directory (counted while the scope is read); a group
  // admin on the members of their groups.
  const everyone =
    ctx.actorCtx.orgAdmin && input.groupId === undefined ? userCount(ctx.db) : undefined;
  const s = await scoped(ctx, input, MAX_TREND_DAYS);
  const total = everyone
    ? (await everyone) - s.scope.hidden.size
    : [...(await membersOf(ctx.db, s.scope.groupIds)).phones].filter((p) => !s.scope.hidden.has(p))
        .length;
  // Most active first; members are counted for the groups shown (the CSV: every group).
  const a = adoption(s.days, s.scope, new Map(), total);
  const shown = a.groups.slice(0, input.limit ?? a.groups.length);
  const ids = shown.map((g) => g.groupId);
  const [members, names] = await Promise.all([membersOf(ctx.db, new Set(ids)), s.names(ids)]);
  return {
    window: s.window,
    totalUsers: a.totalUsers,
    activeUsers: a.activeUsers,
    groupCount: a.groups.length,
    groups: shown.map((g) => ({
      ...g,
      members: members.counts.get(g.groupId) ?? 0,
      name: names.get(g.groupId) ?? '',
    })),
  };
}

export interface TrendsReport {
  window: ReportWindow;
  days: TrendDay[];
}

/** Usage trends: per day of the window, messages, Actions sent, responses and active users. */
export async function reportTrends(ctx: ReadContext, input: ReportInput): Promise<TrendsReport> {
  const s = await scoped(ctx, input, MAX_TREND_DAYS);
  return { window: s.window, days: usageTrends(s.days, s.scope, s.window) };
}

export interface ActivityReportInput extends ReportInput {
  type: ActivityReportType;
  /** The rows of one page (all when absent: the CSV). */
  offset?: number;
  limit?: number;
}

/** A row of the activity report with the names SPEC §8's columns show. */
export interface NamedActivityRow extends ActivityRow {
  /** User Name, Group Name or Action Name. */
  name: string;
  /** The group's name (Actions). */
  groupName?: string;
}

export interface ActivityReportResult {
  window: ReportWindow;
  type: ActivityReportType;
  total: number;
  offset: number;
  rows: NamedActivityRow[];
}

/**
 * The activity report (Users, Groups or Actions) over at most 31 days; names are read for
 * the rows asked for only.
 */
export async function reportActivity(
  ctx: ReadContext,
  input: ActivityReportInput,
): Promise<ActivityReportResult> {
  if (!['users', 'groups', 'actions'].includes(input.type))
    throw new DomainError('report.type.invalid', { type: String(input.type) });
  const s = await scoped(ctx, input, MAX_REPORT_DAYS);
  const all = activityReport(s.days, s.scope, input.type);
  const offset = Math.max(0, input.offset ?? 0);
  const page = all.slice(offset, input.limit === undefined ? undefined : offset + input.limit);
  let rows: NamedActivityRow[];
  if (input.type === 'users') {
    const names = await namesOf(
      ctx.db,
      page.map((r) => r.phone!),
    );
    rows = page.map((r, i) => ({ ...r, name: names[i]! }));
  } else if (input.type === 'groups') {
    const names = await s.names(page.map((r) => r.groupId!));
    rows = page.map((r) => ({ ...r, name: names.get(r.groupId!) ?? '' }));
  } else {
    const [actions, names] = await Promise.all([
      listActions(ctx.db),
      s.names(page.map((r) => r.groupId!)),
    ]);
    const byId = new Map(allActions(actions).map((a) => [a.id, a]));
    rows = page.map((r) => ({
      ...r,
      name: byId.get(r.actionId!)?.name ?? r.actionId!,
      groupName: names.get(r.groupId!) ?? '',
    }));
  }
  return { window: s.window, type: input.type, total: all.length, offset, rows };
}

export interface SentCardReport {
  messageId: number;
  at: number;
  groupId: string;
  groupName: string;
  actionId: string;
  actionName: string;
  sender: string;
  senderName: string;
  card: Card;
  results: CardResults;
}

export interface CardsReport {
  window: ReportWindow;
  total: number;
  offset: number;
  cards: SentCardReport[];
}

/** Poll and survey results: the cards sent in the window, newest first, with their results. */
export async function reportCards(
  ctx: ReadContext,
  input: ReportInput & { offset?: number; limit?: number; messageId?: number },
): Promise<CardsReport> {
  const s = await scoped(ctx, input, MAX_TREND_DAYS);
  // One card (its own CSV), or every card of the period.
  const all = sentCards(s.days, s.scope).filter(
    (c) => input.messageId === undefined || c.messageId === input.messageId,
  );
  const offset = Math.max(0, input.offset ?? 0);
  const page = all.slice(offset, offset + Math.min(input.limit ?? 10, 50));
  const [messages, responses, names, actions, groupNames] = await Promise.all([
    getMessages(
      ctx.db,
      page.map((c) => c.messageId),
    ),
    responsesTo(
      ctx.db,
      page.map((c) => c.messageId),
    ),
    namesOf(
      ctx.db,
      page.map((c) => c.phone),
    ),
    listActions(ctx.db),
    s.names(page.map((c) => c.groupId)),
  ]);
  const actionNames = new Map(allActions(actions).map((a) => [a.id, a.name]));
  const cards: SentCardReport[] = [];
  page.forEach((c, i) => {
    const m = messages[i];
    if (!m?.card) return;
    const own = responses.filter(
      (r) => r.messageId === c.messageId && !s.scope.hidden.has(r.author),
    );
    cards.push({
      messageId: c.messageId,
      at: c.at,
      groupId: c.groupId,
      groupName: groupNames.get(c.groupId) ?? '',
      actionId: c.actionId,
      actionName: actionNames.get(c.actionId) ?? c.actionId,
      sender: c.phone,
      senderName: names[i]!,
      card: m.card,
      results: cardResults(m.card, own),
    });
  });
  return { window: s.window, total: all.length, offset, cards };
}

export interface AuditInput extends ReportInput {
  actor?: string;
  target?: string;
  kind?: string;
  offset?: number;
  limit?: number;
}

export interface AuditReport {
  total: number;
  offset: number;
  events: Array<AuditEvent & { actorName: string }>;
}

/**
 * The audit log, newest first, filtered by actor, target, kind and dates (any span). An org
 * admin sees every event; a group admin the events about their groups.
 */
export async function reportAudit(ctx: ReadContext, input: AuditInput): Promise<AuditReport> {
  ctx.requireOrg();
  const today = dayOf(ctx.now);
  // Either end may be open; each given date is checked, and End not before Start.
  const from = input.from || undefined;
  const to = input.to || undefined;
  refuseProblems(
    checkWindow({ from: from ?? to ?? today, to: to ?? today }, today, undefined).filter(
      (p) => from !== undefined || p.column !== 'start',
    ),
  );
  let targets: Set<string> | undefined;
  if (!ctx.actorCtx.orgAdmin || input.groupId !== undefined) {
    const s = await scoped(
      ctx,
      input.groupId === undefined ? {} : { groupId: input.groupId },
      MAX_TREND_DAYS,
      false,
    );
    targets = new Set(s.scope.groupIds);
  }
  const page = await auditPage(
    ctx.db,
    {
      actor: input.actor?.trim() || undefined,
      target: input.target?.trim() || undefined,
      kind: input.kind || undefined,
      from: from === undefined ? undefined : dayStart(from),
      to: to === undefined ? undefined : dayStart(to) + DAY_MS - 1,
      targets,
    },
    Math.max(0, input.offset ?? 0),
    input.limit ?? Infinity,
  );
  const names = await namesOf(
    ctx.db,
    page.events.map((e) => e.actor),
  );
  return {
    total: page.total,
    offset: Math.max(0, input.offset ?? 0),
    events: page.events.map((e, i) => ({ ...e, actorName: names[i]! })),
  };
}
