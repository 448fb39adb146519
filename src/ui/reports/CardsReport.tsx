import { useState } from 'preact/hooks';
import { answerCounts, cardTitle } from '../../domain/card-results';
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
                const rows = answerCounts(c.results, {
                  going: t('report.cards.going'),
                  notGoing: t('report.cards.notGoing'),
                  answered: t('report.cards.answered'),
                });
                const title = cardTitle(c.card);
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
