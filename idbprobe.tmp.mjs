import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const N = Number(process.argv[2] ?? 150000);
for (const mode of ['many', 'one', 'one-indexed', 'many-indexed']) {
  const ctx = await b.newContext();
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4321/');
  const ms = await p.evaluate(async ({ N, mode }) => {
    const indexed = mode.endsWith('indexed');
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('probe-' + mode, 1);
      r.onupgradeneeded = () => {
        const s = r.result.createObjectStore('users', { keyPath: 'phone' });
        if (indexed) { s.createIndex('ln', ['list', 'nameKey']); s.createIndex('d', 'deletedAt'); s.createIndex('o', 'orgRole'); }
      };
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    const rows = Array.from({ length: N }, (_, i) => ({ phone: '+4853' + String(i).padStart(7, '0'), name: 'Użytkownik ' + i, network: 'employee', orgRole: 'member', source: 'import', attrs: { dept: 'Dział ' + (i % 40) }, createdAt: 1, updatedAt: 1, list: 'e', nameKey: 'uzytkownik ' + i, words: ['uzytkownik', String(i)] }));
    const t0 = performance.now();
    const put = (tx, from, to) => { const s = tx.objectStore('users'); for (let i = from; i < to; i++) s.put(rows[i]); };
    const done = (tx) => new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); tx.onabort = () => rej(tx.error); });
    if (mode.startsWith('many')) {
      for (let i = 0; i < N; i += 10000) { const tx = db.transaction('users', 'readwrite', { durability: 'relaxed' }); put(tx, i, Math.min(N, i + 10000)); await done(tx); }
    } else {
      const tx = db.transaction('users', 'readwrite', { durability: 'relaxed' }); put(tx, 0, N); await done(tx);
    }
    return performance.now() - t0;
  }, { N, mode });
  console.log(mode, N, Math.round(ms), 'ms');
  await ctx.close();
}
await b.close();
