/**
 * The head's inline scripts (#14): src/vooraf.ts and what it imports (src/app/routes.ts), bundled by
 * Vite into one small classic script, so a shared link leaves index.html before the body is parsed;
 * on index.html also src/voorfilter.ts, the early layer of the home filters. The prerender writes
 * them into the pages and allows them in the CSP by their hash (html.ts, metVooraf).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The early layer of the home view, index.html's second inline script (src/voorfilter.ts). */
export const VOORFILTER_ENTRY = path.join(root, 'src/voorfilter.ts');

/** The bundled text of src/vooraf.ts (or `entry`): an IIFE without imports, minified. */
export async function bundelVooraf(entry = path.join(root, 'src/vooraf.ts')): Promise<string> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'vooraf', fileName: 'vooraf' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`vooraf: expected one chunk from ${entry}, got ${chunks.length}`);
  return chunks[0]!.code.trim();
}
