/**
 * The app's modules, read from Vite's build manifest (`build.manifest`, `.vite/manifest.json` in the
 * build folder): what the prerender preloads in the head of every page (#14).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The module the entry script (src/main.tsx) imports to start the app. */
export const APP_MODULE = 'src/start.tsx';

/** Where Vite writes its manifest, inside the build folder. */
export const MANIFEST = path.join('.vite', 'manifest.json');

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
}

/**
 * The files of `module` and of everything it imports statically, the module first, each once, as
 * URLs relative to index.html (`./assets/…`); not the entry script's (it is on the page already). Throws when the manifest does not have the module.
 */
export function moduleBestanden(
  manifest: Readonly<Record<string, ManifestChunk>>,
  module: string = APP_MODULE,
): string[] {
  if (!manifest[module]) throw new Error(`prerender: the build manifest has no ${module}`);
  const gezien = new Set<string>();
  const bestanden: string[] = [];
  const bezoek = (key: string) => {
    const c = manifest[key];
    if (!c || gezien.has(key)) return;
    gezien.add(key);
    // The entry script is on the page already.
    if (!c.isEntry) bestanden.push(`./${c.file}`);
    for (const i of c.imports ?? []) bezoek(i);
  };
  bezoek(module);
  return bestanden;
}

/** The manifest of the build in `dist`. Throws, naming the file, when it is missing or not JSON. */
export function leesManifest(dist: string): Record<string, ManifestChunk> {
  const file = path.join(dist, MANIFEST);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  } catch (e) {
    throw new Error(`prerender: cannot read ${file} (build with build.manifest): ${String(e)}`, { cause: e });
  }
}
