import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface PreviewHandle {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve the already-built `dist/` folder (run `npm run build` first) with Vite's preview server
 * on a free port on 127.0.0.1. `base` (e.g. '/some/sub/path/') mounts the site under a sub-path,
 * which the relative `base: './'` build must support. The returned url ends with '/'.
 */
export async function startPreview(opts: { base?: string; dist?: string } = {}): Promise<PreviewHandle> {
  // E2E_DIST lets parallel work serve its own build (`vite build --outDir …`); `dist` a test's own build.
  const outDir = path.resolve(root, opts.dist ?? process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`No build found at ${outDir}; run \`npm run build\` first.`);
  }
  let base = opts.base ?? '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;

  const server = await preview({
    root,
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error(`Preview server did not bind a TCP port (address: ${String(address)})`);
  }
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => server.close(),
  };
}
