/**
 * Issue #19, pictures of the ranking and of Gemeenten vergelijken: the frame (title, filters, legend,
 * source, address) and one mark per indicator or bar, with counts read in the factsheets.
 */
import { describe, expect, it } from 'vitest';
import { rankingPlaat } from '../../../src/charts/export/rankingPlaat';
import { plaatNaarSvg } from '../../../src/charts/export/svg';
import { vergelijkenPlaat } from '../../../src/charts/export/vergelijkenPlaat';
import { buildRanking } from '../../../src/charts/rankingModel';
import { buildVergelijkGrafiek } from '../../../src/charts/vergelijkenModel';
import { ranking } from '../../../src/model/queries';
import { voldoetPerThema } from '../../../src/model/queries-vergelijken';
import { useDb } from '../../helpers/db';

const db = useDb();

/** The Dutch picture's options with these filter words, at a made-up address. */
const opties = (filters: string) => ({ taal: 'nl', filters, adres: 'https://x.example/' }) as const;
/** A picture as SVG, and the texts of its <text> elements. */
const inSvg = (plaat: Parameters<typeof plaatNaarSvg>[0]) => {
  const svg = plaatNaarSvg(plaat);
  return [svg, [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])] as const;
};

describe('rankingPlaat', () => {
  it('rankingPlaat(items) has the frame and one row per indicator, most verbeterpunten first', async () => {
    const items = buildRanking(await db.run(ranking({ themas: ['C'] })));
    const [svg, t] = inSvg(rankingPlaat(items, opties('Filters: thema’s Continu')));
    expect(t).toContain('Filters: thema’s Continu');
    expect(t).toContain('aanpakken met een verbeterpunt, van de 7 aanpakken');
    expect(t).toContain('gemeenten met een verbeterpunt bij minstens één aanpak, van de 4 gemeenten');
    expect(t).toContain('Bron: STJ, factsheets november 2013');
    expect(t).toContain('https://x.example/');
    // Every placeholder of a message is filled.
    expect(t.filter((x) => x?.includes('{'))).toEqual([]);
    expect(svg).toMatch(/<title id="plaat-titel">Terugkerende verbeterpunten/);
    const rijen = [
      ...svg.matchAll(/<g data-indicator="([^"]+)" data-verbeterpunten="(\d+)" data-aanpakken="(\d+)">/g),
    ];
    // C2 (beschikbaarheid): X at all 7 aanpakken but Emmen OGGz (003 line 960 is C1); C3 only at
    // Dordrecht Reset. Read in the five factsheets.
    expect(rijen.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['C2', '6', '7'],
      ['C1', '5', '7'],
      ['C3', '1', '7'],
    ]);
    // The bar of C2 is 6/7 of the 320 px bar area, as the view's d3 scale gives.
    const c2 = svg.match(/<g data-indicator="C2"[\s\S]*?<\/g>/)?.[0] ?? '';
    expect(c2).toContain(`width="${Math.round((6 / 7) * 320 * 100) / 100}" height="12" fill="#b42318"`);
  });
});

describe('vergelijkenPlaat', () => {
  it('vergelijkenPlaat(grafiek) has a panel per thema and a bar per aanpak with x van y', async () => {
    const g = buildVergelijkGrafiek(await db.run(voldoetPerThema({ gemeenten: ['emmen', 'gouda'] })));
    const [svg, t] = inSvg(vergelijkenPlaat(g, opties('Filters: Emmen en Gouda')));
    expect(t).toContain('Gemeenten vergelijken: hoeveel indicatoren voldoen, per thema');
    expect(t).toContain('Filters: Emmen en Gouda');
    expect(t).toContain('deel van de indicatoren van het thema dat voldoet (√)');
    expect(t).toContain('Bron: STJ, factsheets november 2013');
    for (const thema of ['Toeleiding', 'Gezin centraal', 'Aanpak', 'Samenwerking', 'Continu'])
      expect(t).toContain(thema);
    const staven = [
      ...svg.matchAll(
        /<g data-thema="(\w)" data-aanpak="([^"]+)" data-voldoet="(\d+)" data-totaal="(\d+)">/g,
      ),
    ];
    expect(staven).toHaveLength(15);
    // Emmen OGGz: the one X of the Gezin centraal block covers all three indicators (003 line 733).
    const gezin = staven.find((s) => s[1] === 'G' && s[2] === 'emmen.oggz');
    expect(gezin?.slice(3)).toEqual(['0', '3']);
    expect(t).toContain('0 van 3');
  });
});
