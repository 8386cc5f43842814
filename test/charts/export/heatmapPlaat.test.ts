/**
 * Issue #19, pictures: the heatmap's SVG carries its title, filters in words, legend, source line and
 * address, and one mark per oordeel. The oordelen checked were read in the factsheets (data/raw).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHeatmapModel, type HeatmapModel } from '../../../src/charts/heatmapModel';
import { heatmapPlaat } from '../../../src/charts/export/heatmapPlaat';
import { tekenPlaat, type Tekenvlak } from '../../../src/charts/export/canvas';
import type { Plaat, PlaatElement } from '../../../src/charts/export/plaat';
import { plaatNaarSvg } from '../../../src/charts/export/svg';
import { filtersInWoorden } from '../../../src/charts/export/woorden';
import { heatmapCellen, kolomTotalen, rijTotalen, type OordeelFilter } from '../../../src/model/queries';
import type { Catalog } from '../../../src/store/types';
import { useDb } from '../../helpers/db';

const db = useDb();

const CATALOG: Catalog = {
  gemeenten: [
    { gemeente_id: 'emmen', naam: 'Emmen', aanpakken: 2 },
    { gemeente_id: 'gouda', naam: 'Gouda', aanpakken: 1 },
  ],
  aanpakken: [],
};
const ADRES = 'https://ggsr.example/?weergave=heatmap&gemeente=emmen,gouda&alleen=verbeterpunten';

async function model(f: OordeelFilter): Promise<HeatmapModel> {
  const [c, r, k] = await Promise.all([
    db.run(heatmapCellen(f)),
    db.run(rijTotalen(f, 'volgorde')),
    db.run(kolomTotalen(f)),
  ]);
  return buildHeatmapModel(c, r, k, 'volgorde');
}

/** The `<g data-oordeel>` marks of an SVG by "aanpak~indicator": the oordeel and whether dimmed. */
function marks(svg: string): Map<string, { oordeel: string; gedimd: boolean; titel: string }> {
  const uit = new Map<string, { oordeel: string; gedimd: boolean; titel: string }>();
  for (const m of svg.matchAll(
    /<g data-oordeel="([^"]+)" data-aanpak="([^"]+)" data-indicator="([^"]+)"([^>]*)>\s*<title>([^<]*)<\/title>/g,
  ))
    uit.set(`${m[2]}~${m[3]}`, { oordeel: m[1]!, gedimd: /data-gedimd="ja"/.test(m[4]!), titel: m[5]! });
  return uit;
}

describe('heatmapPlaat + plaatNaarSvg', () => {
  let svg: string;
  let plaat: Plaat;
  beforeAll(async () => {
    const m = await model({ gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true });
    const filters = filtersInWoorden(
      { gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true },
      CATALOG,
      'nl',
    );
    plaat = heatmapPlaat(m, true, { taal: 'nl', filters, adres: ADRES });
    svg = plaatNaarSvg(plaat);
  });

  it('is one standalone SVG document with its size, title and no outside reference', () => {
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`width="${plaat.breedte}" height="${plaat.hoogte}"`);
    expect(svg).toContain('<title id="plaat-titel">Oordelen per indicator en aanpak</title>');
    expect(svg).not.toMatch(/href=|url\(|<style|<script|@import|style="/);
    // Every element opened is closed (a cheap well-formedness check; the e2e test parses it).
    const open = [...svg.matchAll(/<(g|text|title|desc|svg)[\s>]/g)].length;
    const dicht = [...svg.matchAll(/<\/(g|text|title|desc|svg)>/g)].length;
    expect(open).toBe(dicht);
  });

  it('carries the title, the filters in words, the legend, the source line and the address as text', () => {
    const teksten = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(teksten).toContain('Oordelen per indicator en aanpak');
    expect(teksten).toContain('Filters: Emmen en Gouda, alleen verbeterpunten');
    for (const l of ['voldoet', 'verbeterpunt', 'onduidelijk', 'er staat een LET OP bij'])
      expect(teksten).toContain(l);
    expect(teksten).toContain('Bron: STJ, factsheets november 2013');
    // The address may wrap; its lines joined give it back (& escaped in XML).
    const adres = [...svg.matchAll(/<g data-rol="adres">([\s\S]*?)<\/g>/g)][0]?.[1] ?? '';
    const regels = [...adres.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
      m[1]!.replace(/&amp;/g, '&'),
    );
    expect(regels.join('')).toBe(ADRES);
  });

  it('has one mark per oordeel of the indicators with an X, with the oordeel of the factsheet', () => {
    const m = marks(svg);
    // X in the factsheets: Emmen CJG-aanpak A9 A14 S2 S3 S4 C1 C2; Emmen OGGz G1-G3 (one mark for the
    // block, 003 line 733), A9 (816), C1 (960); Gouda MPG-overleg T2 (002 line 240), C2. 11 indicators.
    const rijen = ['T2', 'G1', 'G2', 'G3', 'A9', 'A14', 'S2', 'S3', 'S4', 'C1', 'C2'];
    expect(m.size).toBe(rijen.length * 3);
    expect(new Set([...m.keys()].map((k) => k.split('~')[1]))).toEqual(new Set(rijen));
    expect(new Set([...m.keys()].map((k) => k.split('~')[0]))).toEqual(
      new Set(['emmen.cjg-aanpak', 'emmen.oggz', 'gouda.mpg-overleg']),
    );
    expect(m.get('emmen.oggz~G1')).toMatchObject({ oordeel: 'verbeterpunt', gedimd: false });
    expect(m.get('emmen.oggz~G3')).toMatchObject({ oordeel: 'verbeterpunt', gedimd: false });
    expect(m.get('emmen.oggz~A9')).toMatchObject({ oordeel: 'verbeterpunt', gedimd: false });
    expect(m.get('gouda.mpg-overleg~T2')).toMatchObject({ oordeel: 'verbeterpunt', gedimd: false });
    // √ for the OGGz on "zicht op de populatie" (T2, 003 line 686), dimmed under "only verbeterpunten".
    expect(m.get('emmen.oggz~T2')).toMatchObject({ oordeel: 'voldoet', gedimd: true });
    expect(m.get('emmen.oggz~A9')?.titel).toBe('Emmen, OGGz, Doorzettingsmacht: verbeterpunt');
  });

  it('draws a verbeterpunt as a red cell with a white X, and dims the other marks', () => {
    const g = svg.match(
      /<g data-oordeel="verbeterpunt" data-aanpak="emmen.oggz" data-indicator="A9"[\s\S]*?<\/g>/,
    )?.[0];
    expect(g).toMatch(/<rect [^>]*fill="#b42318"/);
    expect(g).toMatch(/fill="#ffffff"[^>]*>X<\/text>/);
    const gedimd = svg.match(
      /<g data-oordeel="voldoet" data-aanpak="emmen.oggz" data-indicator="T2"[\s\S]*?<\/g>/,
    )?.[0];
    expect(gedimd).toMatch(/<rect [^>]*fill="#f2f2f2"/);
  });

  it('tekenPlaat draws on a canvas the same texts and rectangles as the SVG', () => {
    const getekend: string[] = [];
    let rects = 0;
    const ctx = new Proxy({} as Tekenvlak, {
      get: (_t, naam) =>
        naam === 'fillText'
          ? (s: string) => getekend.push(s)
          : naam === 'fillRect'
            ? () => rects++
            : () => undefined,
      set: () => true,
    });
    tekenPlaat(ctx, plaat, 2);
    const teksten = (e: readonly PlaatElement[]): string[] =>
      e.flatMap((x) => (x.soort === 'tekst' ? [x.tekst] : x.soort === 'groep' ? teksten(x.elementen) : []));
    expect(getekend).toEqual(teksten(plaat.elementen));
    expect(getekend).toContain('Bron: STJ, factsheets november 2013');
    // The background, and one rectangle per mark, legend swatch and empty cell.
    expect(rects).toBe([...svg.matchAll(/<rect /g)].length);
  });
});

describe('heatmapPlaat in English', () => {
  it('titles, legend and source line follow the language; source names stay Dutch', async () => {
    const m = await model({ gemeenten: ['gouda'] });
    const svg = plaatNaarSvg(
      heatmapPlaat(m, false, {
        taal: 'en',
        filters: filtersInWoorden({ gemeenten: ['gouda'] }, CATALOG, 'en'),
        adres: ADRES,
      }),
    );
    expect(svg).toContain('>Assessments per indicator and approach</text>');
    expect(svg).toContain('>Filters: Gouda</text>');
    expect(svg).toContain('>Source: STJ, factsheets November 2013</text>');
    expect(svg).toContain('>needs improvement</text>');
    // Gouda, MPG-overleg: X for "Zicht op populatie" (T2) in 002.
    expect(marks(svg).get('gouda.mpg-overleg~T2')?.oordeel).toBe('verbeterpunt');
    expect(marks(svg).size).toBe(30);
    // …and √ with a LET OP for T1 (line 229, "LET OP: Eén netwerkpartner…").
    expect(svg).toContain(
      '<g data-oordeel="voldoet" data-aanpak="gouda.mpg-overleg" data-indicator="T1" data-let-op="ja">',
    );
  });
});
