/**
 * `npm run build`: the production site with the prerendered home view.
 *
 *   tsx scripts/build.ts [--outDir DIR]      (default: dist)
 *
 * With `GGSR_DATA_DIR=DIR2` the build's `data/` is DIR2 (the output of `npm run ingest -- --out DIR2 …`)
 * instead of `public/data`, e.g. to build a test site from other factsheets or from `npm run synth`
 * (synthetic data only with an --outDir other than dist: the build refuses it for dist). Unset: unchanged.
 *
 * 0. the prose pages (src/content/*.md) are checked, as the Vite plugin will (scripts/inhoud/);
 * 1. client build (vite build) into DIR;
 * 2. server build of src/entry-prerender.tsx into a temporary folder under node_modules/.cache (inside
 *    the project, so its imports of react etc. resolve);
 * 3. scripts/prerender.ts: query builders on DuckDB in Node, react-dom/server, written into DIR/index.html
 *    and DIR/v/*.html, with the head's inline script and the app's modulepreloads (from the build
 *    manifest, DIR/.vite, removed afterwards).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { leesInhoud } from './inhoud/lees';
import { InhoudFout } from './inhoud/parse';
import { prerender } from './prerender';
import { MANIFEST } from './prerender/manifest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function outDirArg(): string {
  const i = process.argv.indexOf('--outDir');
  if (i < 0) return path.join(root, 'dist');
  const v = process.argv[i + 1];
  if (!v) {
    console.error('usage: tsx scripts/build.ts [--outDir DIR]');
    process.exit(2);
  }
  return path.resolve(v);
}

/** Replace DIR/data with the folder named by GGSR_DATA_DIR, if set. */
function useDataDir(outDir: string): void {
  const from = process.env.GGSR_DATA_DIR;
  if (!from) return;
  const src = path.resolve(from);
  if (!existsSync(path.join(src, 'manifest.json'))) {
    console.error(`GGSR_DATA_DIR=${from}: no manifest.json there (run npm run ingest -- --out DIR FILE...)`);
    process.exit(2);
  }
  const data = path.join(outDir, 'data');
  rmSync(data, { recursive: true, force: true });
  cpSync(src, data, { recursive: true, filter: (f) => !f.endsWith('.md') });
  console.log(`data: ${src} -> ${path.relative(root, data) || data}`);
}

/**
 * Synthetic data (`npm run synth`, `"synthetisch": true` in its manifest) never goes into the default
 * build folder `dist/`, the one that is published.
 */
function weigerSynthetischInDist(outDir: string): void {
  const from = path.resolve(process.env.GGSR_DATA_DIR ?? path.join(root, 'public', 'data'));
  let synthetisch: boolean;
  try {
    synthetisch =
      (JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8')) as { synthetisch?: unknown })
        .synthetisch === true;
  } catch {
    return;
  }
  if (synthetisch && outDir === path.join(root, 'dist')) {
    console.error(
      `build: ${path.relative(root, from) || from} bevat synthetische gegevens; die gaan nooit naar dist/ (gebruik --outDir, bijv. dist-synth)`,
    );
    process.exit(2);
  }
}

async function main() {
  const outDir = outDirArg();
  weigerSynthetischInDist(outDir);
  // The Vite plugin checks the same; this gives a bad content file one line, not a bundler's stack.
  leesInhoud(path.join(root, 'src/content'), root);
  // The manifest names the app's modules for the prerender's preloads; it is not published.
  await build({ root, build: { outDir, emptyOutDir: true, manifest: true } });
  useDataDir(outDir);

  const cache = path.join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const ssrDir = mkdtempSync(path.join(cache, 'prerender-'));
  try {
    await build({
      root,
      logLevel: 'warn',
      publicDir: false,
      build: { ssr: 'src/entry-prerender.tsx', outDir: ssrDir, emptyOutDir: true },
    });
    const entry = readdirSync(ssrDir).find((f) => /^entry-prerender\.m?js$/.test(f));
    if (!entry) throw new Error(`server build wrote no entry-prerender.js to ${ssrDir}`);
    const r = await prerender({ dist: outDir, ssrEntry: path.join(ssrDir, entry) });
    console.log(
      `prerender: ${r.cellen} cells in ${path.relative(root, outDir) || '.'}/index.html, ` +
        `${(r.bytes / 1024).toFixed(1)} KiB (${(r.gzipBytes / 1024).toFixed(1)} KiB gzip); ` +
        `${r.paginas} pages in v/, the largest ${(r.grootstePaginaGzip / 1024).toFixed(1)} KiB gzip`,
    );
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
    rmSync(path.join(outDir, path.dirname(MANIFEST)), { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof InhoudFout ? e.message : e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
