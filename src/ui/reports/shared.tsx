import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  query,
  toDomainError,
  type QueryInput,
  type QueryName,
  type QueryOutput,
} from '../../app/kernel/client';
import { BUILTIN_ACTIONS } from '../../domain/catalog';
import { DEFAULT_REPORT_DAYS, lastDays, type ReportWindow } from '../../domain/reports';
import type { Problem } from '../../domain/errors';
import { actionLabel } from '../catalog/labels';
import { errorText } from '../hooks';
import { formatNumber, t } from '../i18n';
import { Problems } from '../kit/Problems';
import { downloadBlob } from '../kit/download';

/** What every report's view uses: its query, the period form, the CSV button, pages. */

/** An Action's name as the page's language says it (the built-in catalog is translated). */
export function actionName(actionId: string, stored: string): string {
  const builtIn = BUILTIN_ACTIONS.find((a) => a.id === actionId);
  return builtIn ? actionLabel(builtIn) : stored;
}

/**
 * A one-shot report query (in the jobs worker), run again when its input changes. `early`
 * may answer the first run instead (a report asked for while the page loaded).
 */
export function useReport<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
  early?: (input: QueryInput<K>) => Promise<QueryOutput<K>> | undefined,
): { value?: QueryOutput<K>; problems: Problem[]; error?: string; loading: boolean } {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{
    key?: string;
    value?: QueryOutput<K>;
    problems: Problem[];
    error?: string;
  }>({ problems: [] });
  useEffect(() => {
    let live = true;
    (
      early?.(input) ?? (query as (n: K, i: QueryInput<K>) => Promise<QueryOutput<K>>)(name, input)
    ).then(
      (value) => live && setState({ key, value, problems: [] }),
      (e: unknown) => {
        if (!live) return;
        const err = toDomainError(e);
        setState(
          err.problems.length > 0
            ? { key, problems: err.problems }
            : { key, problems: [], error: errorText(err) },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (state.key !== key) return { problems: [], loading: true };
  return {
    ...(state.value === undefined ? {} : { value: state.value }),
    problems: state.problems,
    ...(state.error === undefined ? {} : { error: state.error }),
    loading: false,
  };
}

/** Start and End dates, applied together with Show. */
export function WindowForm(props: {
  window: ReportWindow;
  onApply: (w: ReportWindow) => void;
  problems: readonly Problem[];
  today: string;
  max31?: boolean;
  children?: ComponentChildren;
}) {
  const [from, setFrom] = useState(props.window.from);
  const [to, setTo] = useState(props.window.to);
  const { today } = props;
  const problemOf = (column: string) => props.problems.find((p) => p.column === column);
  const field = (id: 'start' | 'end', value: string, set: (v: string) => void) => {
    const problem = problemOf(id);
    return (
      <label class="kl-field">
        <span>{t(`report.${id}`)}</span>
        <input
          type="date"
          value={value}
          required
          aria-invalid={problem ? true : undefined}
          onInput={(e) => set((e.target as HTMLInputElement).value)}
        />
      </label>
    );
  };
  return (
    <form
      class="kl-report-window"
      aria-label={t('report.window')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply({ from, to });
      }}
    >
      {field('start', from, setFrom)}
      {field('end', to, setTo)}
      {props.children}
      <button class="kl-btn" type="submit">
        {t('report.show')}
      </button>
      <p class="kl-muted kl-report-window__hint">
        {t(props.max31 ? 'report.windowHint31' : 'report.windowHint', { today })}
      </p>
    </form>
  );
}

export function useWindow(today: string): [ReportWindow, (w: ReportWindow) => void] {
  return useState<ReportWindow>(() => lastDays(today, DEFAULT_REPORT_DAYS));
}

/** Download CSV: the whole report as a file, made in the worker. */
export function CsvButton(props: { input: QueryInput<'report-csv'>; what: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <span class="kl-csv">
      <button
        type="button"
        class="kl-btn kl-btn--small"
        aria-label={t('report.csvOf', { what: props.what })}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          try {
            const { blob, fileName } = await query('report-csv', props.input);
            downloadBlob(blob, fileName);
          } catch (e) {
            setError(errorText(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('report.csv')}
      </button>
      {error && (
        <span class="kl-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** The state of a report below its form: counting, refused, failed or shown. */
export function Result<T>(props: {
  r: { value?: T; problems: Problem[]; error?: string; loading: boolean };
  children: (value: T) => ComponentChildren;
}) {
  const { r } = props;
  if (r.loading)
    return (
      <p class="kl-muted" role="status">
        {t('report.loading')}
      </p>
    );
  if (r.problems.length > 0 || r.error) return <Problems problems={r.problems} error={r.error} />;
  return <>{r.value !== undefined && props.children(r.value)}</>;
}

export const within = (groupId: string | undefined) => (groupId === undefined ? {} : { groupId });

export function Empty(props: { window: ReportWindow }) {
  return (
    <p class="kl-alert" role="status">
      {t('report.empty', { from: props.window.from, to: props.window.to })}
    </p>
  );
}

export { CHART_GROUPS } from './prefetch';

export const PAGE = 50;

export function Pager(props: {
  offset: number;
  total: number;
  size: number;
  onPage: (o: number) => void;
}) {
  const { offset, total, size } = props;
  if (total <= size) return null;
  return (
    <nav class="kl-pager" aria-label={t('report.pager')}>
      <button
        type="button"
        class="kl-btn kl-btn--ghost"
        disabled={offset === 0}
        onClick={() => props.onPage(Math.max(0, offset - size))}
      >
        {t('report.pager.prev')}
      </button>
      <span>
        {t('report.pager.range', {
          first: formatNumber(offset + 1),
          last: formatNumber(Math.min(total, offset + size)),
          total: formatNumber(total),
        })}
      </span>
      <button
        type="button"
        class="kl-btn kl-btn--ghost"
        disabled={offset + size >= total}
        onClick={() => props.onPage(offset + size)}
      >
        {t('report.pager.next')}
      </button>
    </nav>
  );
}
