import type { CheckProgress } from '../../app/kernel/client';
import { formatNumber, t } from '../i18n';

/** A progress bar with its own label, for checks and running jobs. */
export function ProgressBar(props: { value: number; max: number; label: string }) {
  return (
    <div class="kl-progress">
      <progress value={props.value} max={props.max} aria-label={props.label} />
      <span>{props.label}</span>
    </div>
  );
}

/** Progress of a Check: bytes while the file is scanned, then rows. */
export function CheckProgressBar(props: { progress: CheckProgress; size: number }) {
  const p = props.progress;
  return p.phase === 'scanning' ? (
    <ProgressBar
      value={p.bytes}
      max={Math.max(1, props.size)}
      label={t('import.check.scanning', {
        percent: Math.floor((p.bytes / Math.max(1, props.size)) * 100),
      })}
    />
  ) : (
    <ProgressBar
      value={p.rows}
      max={Math.max(p.total ?? 1, 1)}
      label={t('import.check.checking', { rows: formatNumber(p.rows) })}
    />
  );
}
