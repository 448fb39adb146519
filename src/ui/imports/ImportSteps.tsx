import { useEffect, useState } from 'preact/hooks';
import type { CheckProgress } from '../../app/kernel/client';
import { t, warmNumberFormats } from '../i18n';

/**
 * The steps an upload dialog shares (users import, group upload): choosing a file, running
 * Check in the worker with its progress, and the Check / Upload buttons.
 */

/** The state of a Check: its progress while it runs, then its report or error. */
export function useCheck<R>() {
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [report, setReport] = useState<R | undefined>();
  const [error, setError] = useState<string | undefined>();
  // The figures a Check shows are formatted without building a formatter in the same task.
  useEffect(warmNumberFormats, []);
  /** Runs `check`, which reports progress through the function it is given. */
  const run = async (check: (onProgress: (p: CheckProgress) => void) => Promise<R>) => {
    setReport(undefined);
    setError(undefined);
    setProgress({ phase: 'scanning', bytes: 0, rows: 0 });
    try {
      setReport(await check(setProgress));
    } catch (e) {
      setError(t('error.unexpected', { code: String(e) }));
    } finally {
      setProgress(undefined);
    }
  };
  /** Forgets the report (a new file was chosen). */
  const clear = () => {
    setReport(undefined);
    setError(undefined);
  };
  return { progress, report, error, checking: progress !== undefined, run, clear };
}

/** A labelled file input for CSV files. */
export function FileField(props: { label: string; onFile: (file: File | undefined) => void }) {
  return (
    <label class="kl-field">
      <span>{props.label}</span>
      <input
        type="file"
        accept=".csv,.txt,text/csv"
        onChange={(e) => props.onFile(e.currentTarget.files?.[0])}
      />
    </label>
  );
}

/** Check and Upload, side by side; Upload is the primary action. */
export function CheckUploadButtons(props: {
  canCheck: boolean;
  canUpload: boolean;
  onCheck: () => void;
  onUpload: () => void;
  /** Why Upload is disabled, when it is for a reason the person can act on. */
  uploadHint?: string | undefined;
}) {
  return (
    <div class="kl-actions">
      <button type="button" class="kl-btn" disabled={!props.canCheck} onClick={props.onCheck}>
        {t('import.check')}
      </button>
      <button
        type="button"
        class="kl-btn kl-btn--primary"
        disabled={!props.canUpload}
        onClick={props.onUpload}
      >
        {t('import.upload')}
      </button>
      {props.uploadHint && <span class="kl-hint">{props.uploadHint}</span>}
    </div>
  );
}
