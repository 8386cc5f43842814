/**
 * Vite plugin: `import inhoud from 'virtual:inhoud'` gives every prose page of src/content as a tree
 * (src/content/inhoud.ts), parsed and checked at build (and dev) time. A problem fails the build with
 * the file and line.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { leesInhoud } from './lees.ts';
import { InhoudFout } from './parse.ts';

const ID = 'virtual:inhoud';
const OPGELOST = `\0${ID}`;

/** The plugin; `map` is the content folder, relative to Vite's root. */
export function inhoudPlugin(map = 'src/content'): Plugin {
  let root = process.cwd();
  const inhoudMap = () => path.resolve(root, map);
  return {
    name: 'inhoud',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id === ID ? OPGELOST : undefined),
    load(id) {
      if (id !== OPGELOST) return undefined;
      this.addWatchFile(inhoudMap());
      try {
        const inhoud = leesInhoud(inhoudMap(), root);
        return `export default ${JSON.stringify(inhoud)};`;
      } catch (e) {
        if (e instanceof InhoudFout) this.error(e.message);
        throw e;
      }
    },
    configureServer(server) {
      server.watcher.on('all', (_, bestand) => {
        if (!bestand.startsWith(inhoudMap()) || !bestand.endsWith('.md')) return;
        const mod = server.moduleGraph.getModuleById(OPGELOST);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
