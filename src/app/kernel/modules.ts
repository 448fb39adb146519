/**
 * The large libraries — phone numbers, CSV, zip — and the demo organization's generator
 * load only when something needs them.
 * IndexedDB transactions must not await anything but the database, so the runner loads the
 * modules an entry declares (`needs`) before its transaction starts (a job kind's before its
 * run, in the worker that runs it), and handlers read them synchronously through the getters
 * below.
 */
export type PhoneIo = typeof import('../../io/phone');
export type CsvIo = typeof import('../../io/csv') & typeof import('../../io/csv-write');
export type ZipIo = typeof import('../../io/zip');
export type DemoData = typeof import('../../domain/demo');
/** Both languages' strings: whatever writes text in the job's or the file's language. */
export type Strings = true;

/** What an entry may declare it needs. */
export type LazyModule = 'phone' | 'csv' | 'zip' | 'demo' | 'strings';

interface Loaded {
  phone?: PhoneIo;
  csv?: CsvIo;
  zip?: ZipIo;
  demo?: DemoData;
  strings?: Strings;
}
const loaded: Loaded = {};
const loading = new Map<LazyModule, Promise<unknown>>();

const LOADERS: { [K in LazyModule]: () => Promise<NonNullable<Loaded[K]>> } = {
  phone: () => import('../../io/phone'),
  csv: async () => ({ ...(await import('../../io/csv')), ...(await import('../../io/csv-write')) }),
  zip: () => import('../../io/zip'),
  demo: () => import('../../domain/demo'),
  // An error log or a template is written in the job's language, not the page's: it may be
  // either. `translate` reads the loaded strings synchronously.
  strings: async () => {
    const { loadStrings } = await import('../../i18n');
    await Promise.all(
      (['en', 'pl'] as const).flatMap((l) => [loadStrings(l), loadStrings(l, 'pages')]),
    );
    return true;
  },
};

/**
 * Loads one module (once; a failed load is forgotten, so a retry fetches it again) and
 * returns it.
 */
export async function loadModule<K extends LazyModule>(name: K): Promise<NonNullable<Loaded[K]>> {
  const have = loaded[name];
  if (have) return have as NonNullable<Loaded[K]>;
  let pending = loading.get(name);
  if (!pending) {
    pending = LOADERS[name]().then(
      (m) => {
        (loaded as Record<string, unknown>)[name] = m;
        return m;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending as Promise<NonNullable<Loaded[K]>>;
}

/** Loads every module of `names`. */
export async function loadModules(names: readonly LazyModule[] = []): Promise<void> {
  await Promise.all(names.map((n) => loadModule(n)));
}

function need<K extends LazyModule>(name: K): NonNullable<Loaded[K]> {
  const m = loaded[name];
  if (!m) throw new Error(`${name} module used before it was loaded: declare it in \`needs\``);
  return m as NonNullable<Loaded[K]>;
}

/** The phone library, once loaded. */
export const phoneIo = (): PhoneIo => need('phone');
/** The CSV reader and writer, once loaded. */
export const csvIo = (): CsvIo => need('csv');
/** The zip reader and writer, once loaded. */
export const zipIo = (): ZipIo => need('zip');
/** The demo organization's generator, once loaded (only loading the demo needs it). */
export const demoData = (): DemoData => need('demo');

/** Loads the phone library (the region picker shows calling codes from it). */
export const loadPhoneIo = (): Promise<PhoneIo> => loadModule('phone');
