/** The bench's static file server: gzip, as static hosts serve it (#4). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server with gzip, like GitHub Pages; keeps compressed bytes in memory. */
export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = '';
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gz = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = cache.get(`${file}:${gz}`);
    if (!body) {
      body = gz ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
      cache.set(`${file}:${gz}`, body);
    }
    res.writeHead(200, {
      'content-type': type,
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}
