import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server: its url ends with '/'. */
export interface StatischeServer {
  readonly url: string;
  close(): Promise<void>;
  /** Sends the rest of a held-back `index.html` (see `houdVast`). */
  laat(): void;
}

/**
 * Serves the built folder `dir` as a static host does, except that paths matching `weiger` get a 404:
 * with `/\.wasm$/` no engine can start DuckDB-WASM, whichever browser asks. With `houdVast`, every
 * `index.html` stops after the first `houdVast(html)` characters until `laat()`: the page stays loading.
 */
export async function startStatisch(
  dir: string,
  weiger: RegExp,
  houdVast?: (html: string) => number,
): Promise<StatischeServer> {
  let laat = () => {};
  const los = new Promise<void>((r) => (laat = r));
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (weiger.test(rel) || !file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    const inhoud = readFileSync(file);
    if (!houdVast || path.basename(file) !== 'index.html') return void res.end(inhoud);
    const html = inhoud.toString('utf8');
    const snede = houdVast(html);
    res.write(html.slice(0, snede));
    void los.then(() => res.end(html.slice(snede)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    laat,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
