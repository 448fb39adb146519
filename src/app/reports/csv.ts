import type { ReadContext } from '../kernel/context';
import { answerCounts, cardTitle } from '../../domain/card-results';
import { REPORT_COLUMNS, reportFileName, type ActivityReportType } from '../../domain/reports';
import { csvBlob } from '../../io/csv-write';
import { DomainError } from '../../domain/errors';
import {
  reportActivity,
  reportAdoption,
  reportAudit,
  reportCards,
  reportTrends,
  type AuditInput,
  type ReportInput,
} from './reports';

/** Which report to download, with the inputs the page shows it with. */
export type ReportCsvInput =
  | ({ report: 'adoption' | 'trends' } & ReportInput)
  | ({ report: 'cards'; messageId?: number } & ReportInput)
  | ({ report: 'activity'; type: ActivityReportType } & ReportInput)
  | ({ report: 'audit' } & AuditInput);

const n = (v: number) => String(v);
const iso = (at: number) => new Date(at).toISOString();

/** Rows without text of their own, named in English like the CSV's columns. */
const WORDS = { going: 'going', notGoing: 'not going', answered: '' };

/**
 * A report as a CSV file (SPEC §6's rules: BOM, CRLF, formula escaping), every row of it —
 * not the page on screen. Made in the jobs worker like the report itself.
 */
export async function reportCsv(
  ctx: ReadContext,
  input: ReportCsvInput,
): Promise<{ fileName: string; blob: Blob }> {
  let rows: string[][];
  let name: string;
  let window: { from: string; to: string } | undefined;
  switch (input.report) {
    case 'adoption': {
      const r = await reportAdoption(ctx, input);
      window = r.window;
      name = 'adoption';
      rows = r.groups.map((g) => [g.name, g.groupId, n(g.members), n(g.active)]);
      rows.unshift([...REPORT_COLUMNS.adoption]);
      break;
    }
    case 'trends': {
      const r = await reportTrends(ctx, input);
      window = r.window;
      name = 'trends';
      rows = [
        [...REPORT_COLUMNS.trends],
        ...r.days.map((d) => [
          d.day,
          n(d.messages),
          n(d.actions),
          n(d.responses),
          n(d.activeUsers),
        ]),
      ];
      break;
    }
    case 'activity': {
      const r = await reportActivity(ctx, { ...input, offset: 0 });
      window = r.window;
      name = r.type;
      const counts = (x: {
        messages: number;
        actions: number;
        responses: number;
        reactions: number;
      }) => [n(x.messages), n(x.actions), n(x.responses), n(x.reactions)];
      rows = [
        [...REPORT_COLUMNS[r.type]],
        ...r.rows.map((x) =>
          r.type === 'users'
            ? [x.name, x.phone!, ...counts(x)]
            : r.type === 'groups'
              ? [x.name, x.groupId!, ...counts(x)]
              : [x.name, x.actionId!, x.groupName ?? '', x.groupId!, ...counts(x).slice(1)],
        ),
      ];
      break;
    }
    case 'cards': {
      const first = await reportCards(ctx, { ...input, offset: 0, limit: 50 });
      window = first.window;
      name = input.messageId === undefined ? 'cards' : `card-${input.messageId}`;
      const all = [...first.cards];
      for (let offset = 50; offset < first.total; offset += 50)
        all.push(...(await reportCards(ctx, { ...input, offset, limit: 50 })).cards);
      rows = [[...REPORT_COLUMNS.cards]];
      for (const c of all)
        for (const [answer, count] of answerCounts(c.results, WORDS))
          rows.push([
            iso(c.at),
            c.groupName,
            c.groupId,
            c.actionName,
            c.senderName,
            c.sender,
            cardTitle(c.card),
            n(c.results.total),
            answer,
            n(count),
          ]);
      break;
    }
    case 'audit': {
      const { limit: _limit, ...all } = input;
      const r = await reportAudit(ctx, { ...all, offset: 0 });
      name = 'audit-log';
      window = input.from && input.to ? { from: input.from, to: input.to } : undefined;
      rows = [
        [...REPORT_COLUMNS.audit],
        ...r.events.map((e) => [
          iso(e.at),
          e.actorName,
          e.actor,
          e.action,
          e.target,
          e.details ? JSON.stringify(e.details) : '',
        ]),
      ];
      break;
    }
    default:
      throw new DomainError('report.type.invalid', {
        type: String((input as { report: unknown }).report),
      });
  }
  return { fileName: reportFileName(name, window), blob: csvBlob(rows) };
}
