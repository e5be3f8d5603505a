import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { cacheControl, securityHeaders } from './headers.mjs';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
};

/**
 * A static host for dist/ as the README describes one: every unknown path gets index.html
 * (the app routes itself), hashed assets are cached for a year, everything else revalidates.
 * @typedef {{ url: string, setRoot(root: string): void, close(): Promise<void> }} StaticServer
 */

/**
 * Starts a server on 127.0.0.1 (a free port unless one is given).
 * @param {string} root
 * @param {number} [port]
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(root, port = 0) {
  let current = root;
  // Compressed once per file content, as a host serves precompressed files: compressing on
  // every request would make the server, not the page, the slow part of every timing.
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  /** @param {Buffer} raw @param {'br' | 'gzip'} encoding */
  const compressed = (raw, encoding) => {
    const key = `${encoding}:${createHash('sha256').update(raw).digest('base64')}`;
    let body = cache.get(key);
    if (!body) {
      body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw);
      cache.set(key, body);
    }
    return body;
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(current, safe);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      file = join(current, 'index.html');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    let raw;
    try {
      raw = await readFile(file);
    } catch {
      // The folder changed under the server (a rebuild): answer, never crash.
      response.writeHead(404, securityHeaders).end();
      return;
    }
    // Compressed as any real static host does, so timings and sizes are what people get.
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type);
    const encoding = !compressible
      ? null
      : accepts.includes('br')
        ? 'br'
        : accepts.includes('gzip')
          ? 'gzip'
          : null;
    const body = encoding ? compressed(raw, encoding) : raw;
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': type,
      'Cache-Control': cacheControl(file.slice(current.length)),
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${actual}`,
    setRoot: (/** @type {string} */ next) => (current = next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
