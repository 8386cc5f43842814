import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOORGERENDERD_ID, leesSeed } from '../../src/app/voorgerenderd';
import { laadWeergaven, render, renderPagina, voorgerenderdeQueries } from '../../src/entry-prerender';
import { queryKey } from '../../src/db/query';
import {
  alsPagina,
  cssInline,
  cspProblemen,
  metHeadBlok,
  metNoscriptLinks,
  metVoorgerenderd,
  type Voorgerenderd,
} from '../../scripts/prerender/html';
import { HEATMAP_EINDE_ID } from '../../src/charts/heatmapModel';
import { globaleCss } from '../helpers/css';
import { heatmapEinde } from '../helpers/heatmapEinde';
import { readRows } from '../helpers/data';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';

const INDEX = `<!doctype html>
<html lang="nl">
  <head>
    <title>Oude titel</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const ok: Voorgerenderd = {
  html: '<main><p>Hallo</p></main>',
  json: '{"versie":1}',
  titel: 'Heatmap – A & B',
};

describe('metVoorgerenderd (writing into index.html)', () => {
  it('puts the markup in #root, the data block before it and sets the title', () => {
    const out = metVoorgerenderd(INDEX, ok, 'voorgerenderd');
    expect(out).toContain(
      '<script type="application/json" id="voorgerenderd">{"versie":1}</script>\n    <div id="root"><main><p>Hallo</p></main></div>',
    );
    expect(out).toContain('<title>Heatmap – A &amp; B</title>');
    expect(out).not.toContain('Oude titel');
  });

  it('makes the entry script async in the head and moves modulepreload links to the end of the body', () => {
    const index = INDEX.replace(
      '<title>Oude titel</title>',
      '<title>Oude titel</title>\n    <script type="module" crossorigin src="./assets/index-abc.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/x.js">\n    <link rel="stylesheet" crossorigin href="./assets/index.css">',
    );
    const out = metVoorgerenderd(index, ok, 'voorgerenderd');
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('<script type="module" async crossorigin src="./assets/index-abc.js"></script>');
    expect(out.match(/<script type="module"/g)).toHaveLength(1);
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/index.css">');
    const preload = out.indexOf('<link rel="modulepreload" crossorigin href="./assets/x.js">');
    expect(preload).toBeGreaterThan(out.indexOf('<p>Hallo</p>'));
    expect(preload).toBeLessThan(out.indexOf('</body>'));
  });

  it('metHeadBlok puts the routes block right before the entry script; alsPagina adds <base href="../"> first', () => {
    const index = INDEX.replace(
      '<title>Oude titel</title>',
      '<title>Oude titel</title>\n    <script type="module" async src="./assets/index-abc.js"></script>',
    );
    const out = metHeadBlok(index, 'routes', '{"weergave=ranking":"v/ranking.html"}');
    const blok = out.indexOf(
      '<script type="application/json" id="routes">{"weergave=ranking":"v/ranking.html"}',
    );
    expect(blok).toBeGreaterThan(0);
    expect(blok).toBeLessThan(out.indexOf('<script type="module"'));
    expect(() => metHeadBlok(index, 'routes', '{"a":"</script>"}')).toThrow(/contains "<"/);
    expect(() => metHeadBlok(INDEX, 'routes', '{}')).toThrow(/no module script/);
    const pagina = alsPagina(index);
    expect(pagina.indexOf('<base href="../" />')).toBeGreaterThan(pagina.indexOf('<head>'));
    expect(pagina.indexOf('<base href="../" />')).toBeLessThan(pagina.indexOf('<title>'));
  });

  it('metNoscriptLinks lists the pages inside the noscript note, escaped', () => {
    const index = INDEX.replace('<body>', '<body><noscript><p>JS uit</p></noscript>');
    const out = metNoscriptLinks(index, [{ href: 'v/a.html', tekst: 'A & <b>' }]);
    expect(out).toContain(
      '<p>JS uit</p><ul class="noscript-links"><li><a href="v/a.html">A &amp; &lt;b&gt;</a></li></ul>',
    );
    expect(out.indexOf('noscript-links')).toBeLessThan(out.indexOf('</noscript>'));
  });

  it('refuses an index.html without exactly one empty #root, or one that was already prerendered', () => {
    expect(() => metVoorgerenderd(INDEX.replace('<div id="root"></div>', ''), ok, 'x')).toThrow(
      /exactly one/,
    );
    expect(() =>
      metVoorgerenderd(
        INDEX.replace('<div id="root"></div>', '<div id="root"></div><div id="root"></div>'),
        ok,
        'x',
      ),
    ).toThrow(/exactly one/);
    const once = metVoorgerenderd(INDEX, ok, 'voorgerenderd');
    expect(() => metVoorgerenderd(once, ok, 'voorgerenderd')).toThrow(/exactly one/);
  });

  it.each([
    ['a style attribute', { ...ok, html: '<p style="color:red">x</p>' }, /style attributes/],
    ['a <style> element', { ...ok, html: '<style>p{}</style>' }, /<style>/],
    ['a <script> element', { ...ok, html: '<script>alert(1)</script>' }, /<script>/],
    ['an inline handler', { ...ok, html: '<p onclick="x()">x</p>' }, /event handlers/],
    ['a raw "<" in the JSON', { ...ok, json: '{"a":"</script>"}' }, /\\u003c/],
  ])('refuses markup with %s (CSP)', (_n, v, re) => {
    expect(cspProblemen(v).join()).toMatch(re);
    expect(() => metVoorgerenderd(INDEX, v, 'voorgerenderd')).toThrow(re);
  });
});

describe('cssInline (critical CSS in the head, allowed by hash)', () => {
  const CSP =
    '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;">';
  const page = (css: string) =>
    `<!doctype html><html><head>${CSP}<title>t</title>${css}</head><body><div id="root"></div></body></html>`;
  const CSS = '.cel-verbeterpunt{background:#b00}a[href^="x"]>b{content:"&"}';
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

  it('replaces the stylesheet link with a <style> and adds its sha256 to style-src', () => {
    const gelezen: string[] = [];
    const out = cssInline(page('<link rel="stylesheet" crossorigin href="./assets/index-x.css">'), (h) => {
      gelezen.push(h);
      return CSS;
    });
    expect(gelezen).toEqual(['./assets/index-x.css']);
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain(`<style>${CSS}</style></head>`);
    expect(out).toContain(`style-src &#39;self&#39; &#39;sha256-${sha(CSS)}&#39;; img-src`);
  });

  it('leaves a page without stylesheets as it is', () => {
    expect(cssInline(page(''), () => CSS)).toBe(page(''));
  });

  it('refuses CSS that would end its <style> early, and a page without a style-src to extend', () => {
    const link = '<link rel="stylesheet" href="./a.css">';
    expect(() => cssInline(page(link), () => 'p{}</style><script>x()</script>')).toThrow(/a\.css.*<\/style/);
    expect(() => cssInline(page(link).replace(CSP, ''), () => CSS)).toThrow(/CSP/);
  });
});

describe('render (src/entry-prerender.tsx) on real DuckDB in Node', () => {
  let db: TestDb;
  let v: Voorgerenderd;

  beforeAll(async () => {
    db = await openNodeDb();
    const rows: Record<string, unknown>[][] = [];
    for (const q of voorgerenderdeQueries()) rows.push((await db.run(q)) as Record<string, unknown>[]);
    v = render(rows);
  });
  afterAll(() => db?.close());

  it('renders the whole heatmap from the seeded cache (no loading state, every query key hit)', () => {
    expect(v.html).not.toContain('Gegevens laden');
    expect(v.html).toContain('data-rekenmodule="laden"');
    const cells = [
      ...v.html.matchAll(
        /<button[^>]*data-aanpak="([^"]+)" data-indicator="([^"]+)" data-oordeel="([^"]+)"/g,
      ),
    ];
    expect(cells).toHaveLength(210);
    const expected = new Map(readRows('oordelen').map((r) => [`${r.aanpak_id}~${r.indicator}`, r.oordeel]));
    for (const [, aanpak, indicator, oordeel] of cells)
      expect(oordeel).toBe(expected.get(`${aanpak}~${indicator}`));
    // The filter panel is there (from the seeded catalog), usable before DuckDB: its results are
    // derived from the prerendered heatmap (#14).
    expect(v.html).toContain('<fieldset>');
    expect(v.html).not.toContain('<fieldset disabled="">');
    expect(v.html).toContain('value="oosterhout.bemoeizorg"');
    expect(v.titel).toBe('Heatmap – Toezicht GGSR 2013');
  });

  it('is safe under the CSP and its data block reads back as a complete seed', () => {
    expect(cspProblemen(v)).toEqual([]);
    const seed = leesSeed(v.json);
    expect(seed).not.toBeNull();
    expect(seed!.resultaten.map(([, r]) => r.length)).toEqual([4, 7, 210, 30, 7]);
    // Every oordeel comes back out of the columns as it is in the data.
    const oordelen = new Map(readRows('oordelen').map((r) => [`${r.aanpak_id}~${r.indicator}`, r.oordeel]));
    const cellen = seed!.resultaten[2]![1];
    expect(new Set(cellen.map((c) => `${String(c.aanpak_id)}~${String(c.indicator)}`)).size).toBe(210);
    for (const c of cellen)
      expect(c.oordeel).toBe(oordelen.get(`${String(c.aanpak_id)}~${String(c.indicator)}`));
    expect(metVoorgerenderd(INDEX, v, VOORGERENDERD_ID)).toContain(`id="${VOORGERENDERD_ID}"`);
  });

  it('ends the heatmap table with the element that shows it: every cell before it', () => {
    const html = metVoorgerenderd(INDEX, v, VOORGERENDERD_ID);
    expect(heatmapEinde(html)).toEqual({ markers: 1, cellenNa: 0 });
    const einde = html.indexOf(`id="${HEATMAP_EINDE_ID}"`);
    expect(html.lastIndexOf('</table>', einde)).toBeGreaterThan(html.lastIndexOf('data-oordeel=', einde));
    // The stylesheet keeps the heatmap out of the layout until then (#4).
    const css = globaleCss();
    expect(css).toMatch(
      new RegExp(`\\.heatmap-wrap:not\\(:has\\(~ #${HEATMAP_EINDE_ID}\\)\\) \\{\\s*display: none;\\s*\\}`),
    );
  });
});

describe('renderPagina (src/entry-prerender.tsx) on real DuckDB in Node', () => {
  let db: TestDb;
  afterAll(() => db?.close());

  it('renderPagina(link) names the queries it still needs, and renders the view once they are given', async () => {
    db = await openNodeDb();
    await laadWeergaven();
    const resultaten = new Map<string, readonly Record<string, unknown>[]>();
    for (const q of voorgerenderdeQueries().slice(0, 2))
      resultaten.set(queryKey(q), (await db.run(q)) as Record<string, unknown>[]);
    let p = renderPagina('?weergave=indicator&indicator=A9', [...resultaten]);
    expect(p.ontbreekt.length).toBeGreaterThan(0);
    expect(p.html).toContain('Gegevens laden');
    let rondes = 0;
    while (p.ontbreekt.length) {
      for (const q of p.ontbreekt)
        resultaten.set(queryKey(q), (await db.run(q)) as Record<string, unknown>[]);
      p = renderPagina('?weergave=indicator&indicator=A9', [...resultaten]);
      expect(++rondes).toBeLessThan(8);
    }
    expect(p.html).not.toContain('Gegevens laden');
    // Read from the factsheets: doorzettingsmacht is an X in 5 of the 7 aanpakken.
    expect(p.html.match(/class="indicator-aanpak rand-verbeterpunt"/g)).toHaveLength(5);
    expect(p.html.match(/class="indicator-aanpak rand-voldoet"/g)).toHaveLength(2);
    expect(cspProblemen(p)).toEqual([]);
    expect(leesSeed(p.json)?.zoek).toBe('?weergave=indicator&indicator=A9');
  });

  it('renderPagina(link) refuses a link that names something the data does not have', () => {
    expect(() => renderPagina('?weergave=indicator&indicator=Z9', [])).toThrow(/prerender/);
  });
});
