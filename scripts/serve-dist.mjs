// A minimal static server for dist/, so benchmarks (and the e2e test of a new release) do
// not collide with `astro preview` (Astro allows one preview server per project).
// Usage: serveDist(port, dir?) → close().
// It caches like a static host serving an Astro site: files under /_astro/ carry a content
// hash in their name and are immutable; everything else is revalidated (ETag) on each visit.
// With `{ gzip: true }` it also compresses text as such a host does, which Lighthouse's
// simulated network counts (bench/lighthouse.mjs); the benchmarks read from loopback and skip it.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

/** Types a static host compresses (images and fonts are compressed already). */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.csv', '.wasm']);

const defaultDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/**
 * Serves `dist` (default: the project's dist/) on 127.0.0.1:`port`; port 0 takes any free
 * port, which the returned close() carries as `port`.
 * @param {number} port
 * @param {string} [dist]
 * @param {{ gzip?: boolean }} [options] gzip: compress text for clients that accept it
 * @returns {Promise<(() => Promise<void>) & { port: number }>}
 */
export function serveDist(port, dist = defaultDist, { gzip = false } = {}) {
  /** Compressed bodies by path and ETag, made once (level 9, as a host's precompressed files). */
  const packed = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist)) return void res.writeHead(403).end();
    let stat;
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      stat = statSync(path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return void createReadStream(join(dist, '404.html')).pipe(res);
    }
    const etag = `W/"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      etag,
    };
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    if (gzip && TEXT.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${path} ${etag}`;
      if (!packed.has(key)) packed.set(key, gzipSync(readFileSync(path), { level: 9 }));
      const body = packed.get(key);
      res.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      return void res.end(body);
    }
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const close = () => new Promise((r) => server.close(() => r()));
      const address = server.address();
      resolve(Object.assign(close, { port: typeof address === 'object' ? address?.port : port }));
    }),
  );
}
