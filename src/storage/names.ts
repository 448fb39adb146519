/**
 * Names shared by the page's Dexie database (db.ts) and the code that reaches the same
 * database or its notices without Dexie (directory-store.ts, users-changes.ts).
 */

/** The lab's IndexedDB database. */
export const DB_NAME = 'kaizala-lab';

/**
 * Key (in `snapshots`) of each directory tab's first rows in name order, as the directory
 * read model last cut them (src/app/directory/first-rows.ts): what a page shows while that
 * model loads. Its `seq` is the change it is valid at; the changes after it are applied as
 * it is read.
 */
export const FIRST_ROWS = 'directory-first';
