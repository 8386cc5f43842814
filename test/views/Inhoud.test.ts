import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryKey } from '../../src/db/query';
import { laadWeergaven, renderPagina, voorgerenderdeQueries } from '../../src/entry-prerender';
import { cspProblemen } from '../../scripts/prerender/html';
import { readRows } from '../helpers/data';
import { openNodeDb, type TestDb } from '../helpers/nodeDb';
import { EXPECTED_X } from '../scripts/ingest/fixtures';

// Read from the factsheets (test/scripts/ingest/fixtures.ts): 7 aanpakken × 30 indicatoren, the X's per
// aanpak; no mark is unclear; Gouda's text lost lines, so two bevindingen start mid-sentence; 7 × 5
// conclusies.
const TOTAAL_X = Object.values(EXPECTED_X).reduce((n, xs) => n + xs.length, 0);
const VOLDOET = 7 * 30 - TOTAAL_X;

describe('Inhoud (src/content pages rendered by the prerender on DuckDB in Node)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openNodeDb();
    await laadWeergaven();
  });
  afterAll(() => db?.close());

  async function pagina(zoek: string): Promise<string> {
    const resultaten = new Map<string, readonly Record<string, unknown>[]>();
    for (const q of voorgerenderdeQueries().slice(0, 2))
      resultaten.set(queryKey(q), (await db.run(q)) as Record<string, unknown>[]);
    let p = renderPagina(zoek, [...resultaten]);
    for (let ronde = 0; p.ontbreekt.length; ronde++) {
      expect(ronde).toBeLessThan(8);
      for (const q of p.ontbreekt)
        resultaten.set(queryKey(q), (await db.run(q)) as Record<string, unknown>[]);
      p = renderPagina(zoek, [...resultaten]);
    }
    expect(cspProblemen(p)).toEqual([]);
    return p.html;
  }
  const tekst = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#x27;/g, "'");

  it('renderPagina(?weergave=methode) fills the counts from methodeTelling()', async () => {
    const heel = await pagina('?weergave=methode');
    const html = heel.slice(heel.indexOf('id="methode-titel"'));
    const t = tekst(html);
    expect(t).toContain(`In deze gegevens: ${VOLDOET} keer.`);
    expect(t).toContain(`In deze gegevens: ${TOTAAL_X} keer.`);
    expect(t).toContain('In deze gegevens: 0 keer.');
    expect(t).toContain('Dit geldt voor 2 bevindingen.');
    expect(t).toMatch(/Dit geldt voor \d+ van de 35 conclusies\./);
    const gedeeld = readRows('oordelen').filter((o) => o.gedeeld).length;
    expect(t).toContain(`Dit geldt voor ${gedeeld} oordelen.`);
    expect(t).toContain(`Bij ${gedeeld} oordelen gaf STJ één teken`);
    expect(t).not.toMatch(/\{\{|…/);
    // The sections keep their anchors and the table of contents links to each.
    for (const id of ['methode-over', 'methode-kader', 'methode-grenzen', 'methode-woorden']) {
      expect(html).toContain(`<section aria-labelledby="${id}-titel" class="methode-sectie" id="${id}">`);
      expect(html).toContain(`<a href="#${id}">`);
    }
    expect(html).toMatch(/<a href="[^"]*weergave=begrippen#begrip-ggsr" class="begrip-link">/);
    expect(html.match(/<li data-indicator=/g)).toHaveLength(30);
  });

  it('renderPagina(?weergave=methode&taal=en) renders the English file, Dutch names marked lang="nl"', async () => {
    const t = await pagina('?weergave=methode&taal=en');
    expect(tekst(t)).toContain(`In this data: ${TOTAAL_X} times.`);
    expect(tekst(t)).toContain('This applies to 2 findings.');
    expect(t).toContain('<span lang="nl">Samenwerkend Toezicht Jeugd</span>');
    expect(tekst(t)).not.toContain('In deze gegevens');
  });

  it('renderPagina(statement pages) renders their prose, links to other views and the live parts', async () => {
    const toegankelijkheid = tekst(await pagina('?weergave=toegankelijkheid'));
    expect(toegankelijkheid).toContain('Gedeeltelijk voldoet / in onderzoek.');
    const colofon = await pagina('?weergave=colofon');
    expect(tekst(colofon)).toContain(
      "Samenwerkend Toezicht Jeugd, factsheets 'Uitkomsten toezichtonderzoek', november 2013. Hoe de gegevens",
    );
    expect(colofon).toMatch(/<a href="[^"]*weergave=methode">Methode<\/a>/);
    expect(colofon).toContain('data-testid="contact-placeholder"');
    expect(colofon).toContain('data-testid="versie-bronnen"');
    expect(tekst(await pagina('?weergave=privacy&taal=en'))).toContain('No cookies.');
  });

  it('renderPagina(?weergave=begrippen) gives each term its anchor; the copy on Methode has none', async () => {
    const nl = await pagina('?weergave=begrippen');
    expect(nl).toContain('<div class="begrip"><dt id="begrip-ggsr" tabindex="-1">GGSR</dt><dd>Gezinnen met');
    expect(nl.match(/<dt id="begrip-/g)).toHaveLength(15);
    const en = await pagina('?weergave=begrippen&taal=en');
    expect(en).toContain(
      '<dt id="begrip-aanpak" tabindex="-1">Approach (<span lang="nl">Aanpak</span>)</dt>',
    );
    const methode = await pagina('?weergave=methode');
    expect(methode).toContain('<div class="begrip"><dt>Doorzettingsmacht</dt>');
    expect(methode).not.toContain('id="begrip-');
  });
});
