/**
 * Issue #6, deployment: every built file must fit GitHub Pages' per-file limit (100 MB). Runs in the e2e
 * project because it needs the build (`npm run test:e2e` builds first). Prints the largest files.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.E2E_DIST ?? 'dist');

/** GitHub Pages refuses files over 100 MB (decimal). */
const MAX_BYTES = 100 * 1000 * 1000;

function files(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { file: path.relative(DIST, full), bytes: statSync(full).size };
    });
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

describe('deployable build', () => {
  it('no built file exceeds 100 MB (GitHub Pages per-file limit)', () => {
    const all = files(DIST).sort((a, b) => b.bytes - a.bytes);
    expect(all.length).toBeGreaterThan(0);
    const total = all.reduce((s, f) => s + f.bytes, 0);
    console.log(
      `build ${path.relative(root, DIST) || DIST}: ${all.length} files, ${mib(total)}; largest:\n` +
        all
          .slice(0, 5)
          .map((f) => `  ${mib(f.bytes).padStart(9)}  ${f.file}`)
          .join('\n'),
    );
    const tooBig = all.filter((f) => f.bytes > MAX_BYTES).map((f) => `${f.file} (${mib(f.bytes)})`);
    expect(tooBig, 'files over the 100 MB GitHub Pages limit').toEqual([]);
  });
});
