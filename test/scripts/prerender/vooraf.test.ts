import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptProblemen, metModulepreloads, metVooraf } from '../../../scripts/prerender/html';
import { bundelVooraf, VOORFILTER_ENTRY } from '../../../scripts/prerender/vooraf';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

/** Runs the bundled script as a classic script on a stand-in document; what it did. */
function draai(code: string, o: { search: string; hash?: string; routes?: string; base: string }) {
  const klassen: string[] = [];
  const naar: string[] = [];
  const document = {
    documentElement: { classList: { add: (k: string) => klassen.push(k) } },
    getElementById: (id: string) => (id === 'routes' && o.routes ? { textContent: o.routes } : null),
    baseURI: o.base,
  };
  const location = { search: o.search, hash: o.hash ?? '', replace: (u: string) => naar.push(u) };
  new vm.Script(code).runInNewContext({ window: { location }, document, URL, URLSearchParams });
  return { klassen, naar };
}

describe('bundelVooraf (src/vooraf.ts as the inline script of the head)', () => {
  let code: string;
  const routes = JSON.stringify({
    'indicator=A9&weergave=indicator': 'v/indicator-indicator-a9.html',
    'weergave=ranking': 'v/ranking.html',
  });
  const base = 'https://voorbeeld.nl/een/sub/pad/';

  beforeAll(async () => {
    code = await bundelVooraf();
  }, 60_000);

  it('bundelVooraf() gives one small classic script, with no import or export left', () => {
    expect(code.length).toBeGreaterThan(200);
    expect(code.length).toBeLessThan(2048);
    expect(code).not.toMatch(/^\s*(import|export)\b|\bimport\(/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('a link with a page goes there with location.replace, its query and fragment kept, under the base path', () => {
    const r = draai(code, { search: '?weergave=indicator&indicator=A9&taal=en', hash: '#kop', routes, base });
    expect(r.naar).toEqual([
      'https://voorbeeld.nl/een/sub/pad/v/indicator-indicator-a9.html?weergave=indicator&indicator=A9&taal=en#kop',
    ]);
    expect(r.klassen).toEqual(['js']);
  });

  it('embed mode marks <html> before the body, and still goes to the page of the view', () => {
    const r = draai(code, { search: '?inbedden=1&weergave=ranking', routes, base });
    expect(r.klassen).toEqual(['js', 'inbedden']);
    expect(r.naar).toEqual([`${base}v/ranking.html?inbedden=1&weergave=ranking`]);
  });

  it('the home link, a link without a page, and a page without a routes block stay', () => {
    expect(draai(code, { search: '?taal=en', routes, base }).naar).toEqual([]);
    expect(draai(code, { search: '?weergave=heatmap&gemeente=gouda', routes, base }).naar).toEqual([]);
    expect(draai(code, { search: '?weergave=ranking', base }).naar).toEqual([]);
    expect(
      draai(code, { search: '?weergave=ranking', routes: '{"weergave=ranking":"https://x/"}', base }).naar,
    ).toEqual([]);
  });
});

/** Runs the bundled early layer as a classic script at the start of a page still being parsed. */
function draaiVoorfilter(code: string, o: { search: string; base?: boolean }) {
  const luisteraars: string[] = [];
  const window: Record<string, unknown> = {
    location: { search: o.search, pathname: '/', hash: '' },
    addEventListener: (soort: string) => luisteraars.push(soort),
    removeEventListener: () => {},
  };
  const document = {
    readyState: 'loading',
    documentElement: { dataset: {}, classList: { toggle: () => {} } },
    querySelector: (s: string) => (s === 'head > base' && o.base ? {} : null),
    getElementById: () => null,
    addEventListener: () => {},
  };
  class MutationObserver {
    observe() {}
    disconnect() {}
  }
  new vm.Script(code).runInNewContext({ window, document, MutationObserver });
  return { laag: window.ggsrVoorfilter as Record<string, unknown> | undefined, luisteraars };
}

describe('bundelVooraf(VOORFILTER_ENTRY) (src/voorfilter.ts, the early layer inline in index.html)', () => {
  let code: string;
  beforeAll(async () => {
    code = await bundelVooraf(VOORFILTER_ENTRY);
  }, 60_000);

  it('gives one classic script of at most 16 KiB, with no import or export left', () => {
    expect(code.length).toBeGreaterThan(2048);
    expect(code.length).toBeLessThan(16 * 1024);
    expect(code).not.toMatch(/^\s*(import|export)\b|\bimport\(/m);
    expect(code).not.toMatch(/<\/script|<!--/i);
  });

  it('on the plain home link it starts, listens to the form and leaves its handle for the app', () => {
    for (const search of ['', '?weergave=heatmap']) {
      const r = draaiVoorfilter(code, { search });
      expect(Object.keys(r.laag ?? {}).sort()).toEqual(['loslaten', 'overname', 'stoppen']);
      expect(r.luisteraars.sort()).toEqual(['change', 'click', 'input']);
    }
  });

  it('a link with state of its own, or a page of another view (with <base>), leaves it unstarted', () => {
    for (const o of [{ search: '?gemeente=gouda' }, { search: '?taal=en' }, { search: '', base: true }]) {
      const r = draaiVoorfilter(code, o);
      expect(r.laag).toBeUndefined();
      expect(r.luisteraars).toEqual([]);
    }
  });
});

const CSP =
  '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;; style-src &#39;self&#39;">';
const PAGINA = `<!doctype html><html><head>${CSP}<title>t</title>
    <script type="application/json" id="routes">{}</script>
    <script type="module" async crossorigin src="./assets/index-a.js"></script>
  </head><body><div id="root"></div><script type="application/json" id="voorgerenderd">{}</script></body></html>`;
const CODE = '(function(){document.documentElement.classList.add("js")})();';

describe('metVooraf and inlineScriptProblemen (the inline script, allowed by its hash)', () => {
  it('metVooraf puts the script after the routes block, before the entry script, and its sha256 in script-src', () => {
    const out = metVooraf(PAGINA, CODE);
    const at = out.indexOf(`<script>${CODE}</script>`);
    expect(at).toBeGreaterThan(out.indexOf('id="routes"'));
    expect(at).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out).toContain(
      `script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;sha256-${sha(CODE)}&#39;; style-src &#39;self&#39;">`,
    );
    expect(inlineScriptProblemen(out)).toEqual([]);
  });

  it('metVooraf twice puts both scripts in order before the entry script, each allowed by its hash', () => {
    const tweede = '(function(){window.x=1})();';
    const out = metVooraf(metVooraf(PAGINA, CODE), tweede);
    expect(out.indexOf(CODE)).toBeLessThan(out.indexOf(tweede));
    expect(out.indexOf(tweede)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out).toContain(`&#39;sha256-${sha(CODE)}&#39; &#39;sha256-${sha(tweede)}&#39;;`);
    expect(inlineScriptProblemen(out)).toEqual([]);
  });

  it('metVooraf refuses code that could end its <script>, and a page without script-src or module script', () => {
    expect(() => metVooraf(PAGINA, 'x("</script>")')).toThrow(/<\/script/);
    expect(() => metVooraf(PAGINA.replace(CSP, ''), CODE)).toThrow(/script-src/);
    expect(() => metVooraf(PAGINA.replace(/<script type="module"[^>]*><\/script>/, ''), CODE)).toThrow(
      /module script/,
    );
  });

  it('inlineScriptProblemen finds another inline script, or the hashed one changed; JSON blocks pass', () => {
    const ok = metVooraf(PAGINA, CODE);
    expect(
      inlineScriptProblemen(ok.replace('<div id="root">', '<script>alert(1)</script><div id="root">')),
    ).toEqual(['an inline script whose hash is not in script-src: alert(1)']);
    expect(inlineScriptProblemen(ok.replace(CODE, `${CODE} `))).toHaveLength(1);
    expect(inlineScriptProblemen(PAGINA)).toEqual([]);
    expect(inlineScriptProblemen(PAGINA.replace('<title>', '<script>x()</script><title>'))).toHaveLength(1);
  });
});

describe('metModulepreloads', () => {
  it('lists the modules at the end of the body, after the content and its data block, in order', () => {
    const out = metModulepreloads(PAGINA, ['./assets/start-b.js', './assets/store-c.js']);
    expect(
      [...out.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]),
    ).toEqual(['./assets/start-b.js', './assets/store-c.js']);
    expect(out.indexOf('modulepreload')).toBeGreaterThan(out.indexOf('id="voorgerenderd"'));
    expect(out.lastIndexOf('modulepreload')).toBeLessThan(out.indexOf('</body>'));
  });

  it('leaves a page as it is when there is nothing to preload; refuses one without </body>', () => {
    expect(metModulepreloads(PAGINA, [])).toBe(PAGINA);
    expect(() => metModulepreloads(PAGINA.replace('</body>', ''), ['./a.js'])).toThrow(/<\/body>/);
  });
});
