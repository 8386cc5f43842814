import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesManifest, MANIFEST, moduleBestanden } from '../../../scripts/prerender/manifest';

/** A manifest as Vite writes it: the entry, the app chunk and its static and dynamic imports. */
const MAN = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, dynamicImports: ['src/start.tsx'] },
  'src/start.tsx': { file: 'assets/start-b.js', imports: ['index.html', '_store-c.js', '_runtime-d.js'] },
  '_store-c.js': { file: 'assets/store-c.js', imports: ['_runtime-d.js', 'src/start.tsx'] },
  '_runtime-d.js': { file: 'assets/runtime-d.js' },
  'src/views/Ranking.tsx': { file: 'assets/Ranking-e.js', imports: ['_store-c.js'] },
};

describe('moduleBestanden (what the head preloads)', () => {
  it('moduleBestanden(manifest) lists the app chunk and what it imports, each once, not the entry script or lazy views', () => {
    expect(moduleBestanden(MAN)).toEqual([
      './assets/start-b.js',
      './assets/store-c.js',
      './assets/runtime-d.js',
    ]);
  });

  it('moduleBestanden(manifest) refuses a manifest without the app chunk', () => {
    expect(() => moduleBestanden({ 'index.html': MAN['index.html'] })).toThrow(/src\/start\.tsx/);
  });

  it('leesManifest(dist) reads .vite/manifest.json, and names the file when it is missing', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    try {
      expect(() => leesManifest(dist)).toThrow(/\.vite\/manifest\.json/);
      mkdirSync(path.join(dist, '.vite'));
      writeFileSync(path.join(dist, MANIFEST), JSON.stringify(MAN));
      expect(leesManifest(dist)['_runtime-d.js']).toEqual({ file: 'assets/runtime-d.js' });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
