/**
 * Names shared by the page's Dexie database (db.ts) and the code that reaches the same
 * database or its notices without Dexie (directory-store.ts, users-changes.ts).
 */

/** The lab's IndexedDB database. */
export const DB_NAME = 'kaizala-lab';
