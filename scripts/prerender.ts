/**
 * Build-time prerender of the home view (issue #4, "Fast for every reader").
 *
 *   tsx scripts/prerender.ts --dist DIR --ssr FILE
 *
 * DIR is a client build (`vite build`), FILE the server build of src/entry-prerender.tsx
 * (`vite build --ssr src/entry-prerender.tsx`). Runs the home view's query builders on DuckDB in
 * Node (@duckdb/node-api) with DIR/data/*.arrow, renders the app with react-dom/server and writes the
 * markup and the results into DIR/index.html. `npm run build` (scripts/build.ts) does all three steps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Query } from '../src/db/query';
import { openNodeDb } from './lib/nodeDb';
import { cssInline, metVoorgerenderd, type Voorgerenderd } from './prerender/html';

/** What the server build of src/entry-prerender.tsx exports. */
interface PrerenderEntry {
  VOORGERENDERD_ID: string;
  /** The home view's queries, given the results so far (the list is final once the catalog ran). */
  voorgerenderdeQueries(rows?: readonly (readonly Record<string, unknown>[])[]): Query<unknown>[];
  render(rows: readonly (readonly Record<string, unknown>[])[], synthetisch?: boolean): Voorgerenderd;
}

export interface PrerenderResultaat {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly cellen: number;
}

export async function prerender(opts: { dist: string; ssrEntry: string }): Promise<PrerenderResultaat> {
  const entry = (await import(pathToFileURL(path.resolve(opts.ssrEntry)).href)) as PrerenderEntry;
  const db = await openNodeDb(path.join(opts.dist, 'data'));
  let rows: Record<string, unknown>[][];
  const synthetisch = db.manifest.synthetisch;
  try {
    rows = [];
    for (
      let qs = entry.voorgerenderdeQueries();
      rows.length < qs.length;
      qs = entry.voorgerenderdeQueries(rows)
    ) {
      const q = qs[rows.length] as Query<unknown>;
      // index.html carries marks only: a text part could be megabytes at national scale.
      if (q.teksten !== undefined) throw new Error('prerender: a home-view query reads text parts');
      rows.push((await db.run(q)) as Record<string, unknown>[]);
    }
  } finally {
    await db.close();
  }
  const v = entry.render(rows, synthetisch);
  const file = path.join(opts.dist, 'index.html');
  const html = cssInline(metVoorgerenderd(readFileSync(file, 'utf8'), v, entry.VOORGERENDERD_ID), (href) =>
    readFileSync(path.join(opts.dist, href), 'utf8'),
  );
  writeFileSync(file, html);
  return {
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    cellen: (v.html.match(/<button[^>]* data-oordeel="/g) ?? []).length,
  };
}

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) {
    console.error('usage: tsx scripts/prerender.ts --dist DIR --ssr FILE');
    process.exit(2);
  }
  return v;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  prerender({ dist: arg('--dist'), ssrEntry: arg('--ssr') }).then(
    (r) => console.log(`prerender: ${r.cellen} cells, index.html ${r.bytes} bytes (${r.gzipBytes} gzip)`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
