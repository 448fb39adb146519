import '../../i18n/areas';
import type { CardResults } from '../../domain/card-results';
import { nameOf } from './labels';
import { formatNumber, t } from '../i18n';

/** Who answered, folded away so long lists do not crowd the conversation. */
function Who(props: { label: string; phones: readonly string[]; names: Record<string, string> }) {
  if (props.phones.length === 0) return null;
  return (
    <details class="kl-who">
      <summary>{props.label}</summary>
      <p>{props.phones.map((p) => nameOf(props.names, p)).join(', ')}</p>
    </details>
  );
}

/** A card's live results: poll bars with counts and percentages, ticks, answers, who responded. */
export function CardResultsView(props: { results: CardResults; names: Record<string, string> }) {
  const { results: r, names } = props;
  switch (r.type) {
    case 'poll':
      return (
        <div class="kl-results">
          <p class="kl-muted">{t('conversation.results.votes', { count: r.total })}</p>
          <ul class="kl-poll">
            {r.options.map((o, i) => (
              <li key={i}>
                <div class="kl-poll__label">
                  <span>{o.label}</span>
                  <span>
                    {t('conversation.results.option', {
                      count: o.count,
                      percent: o.percent,
                    })}
                  </span>
                </div>
                <div class="kl-poll__bar" aria-hidden="true">
                  <span style={{ width: `${o.percent}%` }} />
                </div>
                <Who
                  label={t('conversation.results.whoChose', { option: o.label })}
                  phones={o.voters}
                  names={names}
                />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'checklist':
      return (
        <div class="kl-results">
          <p class="kl-muted">{t('conversation.results.responses', { count: r.total })}</p>
          <ul class="kl-ticks">
            {r.items.map((item, i) => (
              <li key={i}>
                {t('conversation.results.ticked', {
                  item: item.label,
                  count: item.count,
                  total: formatNumber(r.total),
                })}
                <Who label={t('conversation.results.whoTicked')} phones={item.by} names={names} />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'survey':
      return (
        <details class="kl-results">
          <summary>{t('conversation.results.answers', { count: r.total })}</summary>
          {r.questions.map((q, i) => (
            <section key={i}>
              <h5>{q.question}</h5>
              <ul>
                {q.answers.map((a) => (
                  <li key={a.author}>
                    <strong>{nameOf(names, a.author)}:</strong> {a.text}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </details>
      );
    case 'meet':
      return (
        <div class="kl-results">
          <p class="kl-muted">
            {t('conversation.results.meet', {
              going: formatNumber(r.going.length),
              notGoing: formatNumber(r.notGoing.length),
            })}
          </p>
          <Who label={t('conversation.results.whoGoing')} phones={r.going} names={names} />
          <Who label={t('conversation.results.whoNotGoing')} phones={r.notGoing} names={names} />
        </div>
      );
    default:
      return (
        <div class="kl-results">
          <p class="kl-muted">{t(`conversation.results.${r.type}`, { count: r.total })}</p>
          <Who label={t('conversation.results.who')} phones={r.respondents} names={names} />
        </div>
      );
  }
}
