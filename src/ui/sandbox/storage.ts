import { useEffect, useState } from 'preact/hooks';
import { locale } from '../i18n';

/**
 * Settings → Storage (SPEC §12): how much this site keeps in the browser, and the request to
 * keep it. `navigator.storage` is the browser's account of the site's storage (the database,
 * the files of jobs and the offline copy of the site together), not the database itself, so
 * the UI reads it directly.
 */

export interface StorageFigures {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** What the browser answered to "keep the data": kept, or refused for now. */
export type PersistAnswer = 'granted' | 'refused';

/** How often the figures are read again while the page is visible: imports grow them fast. */
const EVERY_MS = 2_000;

async function estimate(): Promise<StorageFigures> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota, persisted: (await navigator.storage.persisted?.()) ?? false };
}

/**
 * The site's storage, read now and again every few seconds while the page is visible (a job
 * in this or another tab changes it), and `persist`, which asks the browser to keep the data.
 * `figures` is undefined while unknown; `supported` is false where the browser tells nothing.
 */
export function useStorage(): {
  supported: boolean;
  figures: StorageFigures | undefined;
  answer: PersistAnswer | undefined;
  persist: () => Promise<PersistAnswer>;
} {
  const supported = typeof navigator !== 'undefined' && !!navigator.storage?.estimate;
  const [figures, setFigures] = useState<StorageFigures>();
  const [answer, setAnswer] = useState<PersistAnswer>();
  const read = () => {
    if (supported && document.visibilityState === 'visible')
      estimate().then(setFigures, () => setFigures(undefined));
  };
  useEffect(() => {
    read();
    const timer = setInterval(read, EVERY_MS);
    document.addEventListener('visibilitychange', read);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', read);
    };
  }, []);
  const persist = async () => {
    const kept: PersistAnswer = (await navigator.storage.persist?.()) ? 'granted' : 'refused';
    setAnswer(kept);
    read();
    return kept;
  };
  return { supported, figures, answer, persist };
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes for people, in the page's language, three significant digits: "12.4 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale.value, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumSignificantDigits: 3,
  }).format(value);
}
