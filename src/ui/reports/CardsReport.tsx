import { useState } from 'preact/hooks';
import type { CardResults } from '../../domain/card-results';
import { formatDate, t } from '../i18n';
import { BarChart } from '../kit/Chart';
import {
  CsvButton,
  Pager,
  Result,
  WindowForm,
  actionName,
  useReport,
  useWindow,
  within,
} from './shared';

/** Poll and survey results (SPEC §8): each card sent in the period and how it was answered. */

/** The answers of a card's results as chart rows. */
function answers(r: CardResults): Array<[string, number]> {
  switch (r.type) {
    case 'poll':
      return r.options.map((o) => [o.label, o.count]);
    case 'checklist':
      return r.items.map((i) => [i.label, i.count]);
    case 'survey':
      return r.questions.map((q) => [q.question, q.answers.length]);
    case 'meet':
      return [
        [t('report.cards.going'), r.going.length],
        [t('report.cards.notGoing'), r.notGoing.length],
      ];
    default:
      return [[t('report.cards.answered'), r.total]];
  }
}

const CARDS_PAGE = 10;

export function CardsReport(props: { groupId: string | undefined; today: string }) {
  const [window, setWindow] = useWindow(props.today);
  const [offset, setOffset] = useState(0);
  const input = { ...window, ...within(props.groupId) };
  const r = useReport('report-cards', { ...input, offset, limit: CARDS_PAGE });
  return (
    <section aria-label={t('report.tab.cards')}>
      <WindowForm
        window={window}
        today={props.today}
        problems={r.problems}
        onApply={(w) => {
          setWindow(w);
          setOffset(0);
        }}
      />
      <Result r={r}>
        {(v) =>
          v.total === 0 ? (
            <p class="kl-alert" role="status">
              {t('report.cards.none', { from: v.window.from, to: v.window.to })}
            </p>
          ) : (
            <>
              <p class="kl-report-bar">
                <CsvButton what={t('report.tab.cards')} input={{ report: 'cards', ...input }} />
              </p>
              {v.cards.map((c) => {
                const rows = answers(c.results);
                const title = c.card.type === 'poll' ? c.card.question : c.card.title;
                return (
                  <article key={c.messageId} class="kl-card-report">
                    <h4>{title}</h4>
                    <p class="kl-muted">
                      {t('report.cards.sent', {
                        action: actionName(c.actionId, c.actionName),
                        group: c.groupName,
                        name: c.senderName || c.sender,
                        date: formatDate(c.at),
                      })}{' '}
                      · {t('report.cards.responses', { count: c.results.total })}
                    </p>
                    <BarChart
                      title={title}
                      caption={false}
                      download={
                        <CsvButton
                          what={title}
                          input={{ report: 'cards', ...input, messageId: c.messageId }}
                        />
                      }
                      description={t('report.cards.chartDesc', { total: c.results.total, title })}
                      labelHeading={t('report.cards.answer')}
                      labels={rows.map(([label]) => label)}
                      series={[{ name: t('report.cards.count'), values: rows.map(([, n]) => n) }]}
                    />
                  </article>
                );
              })}
              <Pager offset={v.offset} total={v.total} size={CARDS_PAGE} onPage={setOffset} />
            </>
          )
        }
      </Result>
    </section>
  );
}
