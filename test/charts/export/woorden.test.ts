import { describe, expect, it } from 'vitest';
import { inkorten, regels, tekstBreedte } from '../../../src/charts/export/plaat';
import { plaatNaarSvg, xmlTekst } from '../../../src/charts/export/svg';
import { bestandsnaam, filtersInWoorden } from '../../../src/charts/export/woorden';
import type { Catalog } from '../../../src/store/types';

const CATALOG: Catalog = {
  gemeenten: [
    { gemeente_id: 'emmen', naam: 'Emmen', aanpakken: 2 },
    { gemeente_id: 'gouda', naam: 'Gouda', aanpakken: 1 },
    { gemeente_id: 'oosterhout', naam: 'Oosterhout', aanpakken: 2 },
  ],
  aanpakken: [{ aanpak_id: 'emmen.oggz', naam: 'OGGz', gemeente_id: 'emmen', gemeente: 'Emmen' }],
};

describe('filtersInWoorden', () => {
  it('filtersInWoorden(keuze) names gemeenten, aanpakken, thema’s and the options in words', () => {
    expect(
      filtersInWoorden({ gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true }, CATALOG, 'nl'),
    ).toBe('Filters: Emmen en Gouda, alleen verbeterpunten');
    expect(
      filtersInWoorden(
        { gemeenten: ['emmen', 'gouda', 'oosterhout'], themas: ['T', 'C'], sorteer: 'verbeterpunten' },
        CATALOG,
        'nl',
      ),
    ).toBe(
      'Filters: Emmen, Gouda en Oosterhout, thema’s Toeleiding en Continu, gesorteerd op aantal verbeterpunten',
    );
    expect(filtersInWoorden({ aanpakken: ['emmen.oggz'], jaar: '2013' }, CATALOG, 'nl')).toBe(
      'Filters: aanpakken Emmen OGGz, jaar 2013',
    );
    expect(
      filtersInWoorden({ gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true }, CATALOG, 'en'),
    ).toBe('Filters: Emmen and Gouda, only points for improvement');
  });

  it('filtersInWoorden(keuze) says so when nothing is chosen', () => {
    expect(filtersInWoorden({ gemeenten: [], themas: [], sorteer: 'volgorde' }, CATALOG, 'nl')).toBe(
      'Filters: geen: alle oordelen',
    );
    expect(filtersInWoorden({}, null, 'en')).toBe('Filters: none: all assessments');
  });
});

describe('bestandsnaam', () => {
  it('bestandsnaam(view, keuze) says what is in the picture', () => {
    expect(
      bestandsnaam('heatmap', { gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true }, 'nl', 'svg'),
    ).toBe('ggsr-heatmap-emmen-gouda-verbeterpunten.svg');
    expect(bestandsnaam('heatmap', {}, 'nl', 'png')).toBe('ggsr-heatmap.png');
    expect(bestandsnaam('ranking', { themas: ['A', 'S'] }, 'en', 'png')).toBe(
      'ggsr-ranking-thema-a-s-en.png',
    );
    expect(
      bestandsnaam('heatmap', { aanpakken: ['emmen.oggz'], sorteer: 'verbeterpunten' }, 'nl', 'svg'),
    ).toBe('ggsr-heatmap-emmen-oggz-gesorteerd.svg');
    expect(bestandsnaam('heatmap', { provincie: 'Fryslân', jaar: '2014' }, 'nl', 'svg')).toBe(
      'ggsr-heatmap-fryslan-2014.svg',
    );
  });

  it('bestandsnaam(view, keuze) stays short with many choices', () => {
    const gemeenten = Array.from({ length: 40 }, (_, i) => `gemeente-${i}`);
    const naam = bestandsnaam('vergelijken', { gemeenten }, 'nl', 'svg');
    expect(naam.length).toBeLessThanOrEqual(124);
    expect(naam).toMatch(/^ggsr-vergelijken-gemeente-0-gemeente-1-[a-z0-9-]*[a-z0-9]\.svg$/);
  });
});

describe('text layout and escaping', () => {
  it('regels(tekst) wraps at spaces and breaks a long address after & or /', () => {
    const lijnen = regels('Bron: STJ, factsheets november 2013', 12, 120);
    expect(lijnen.join(' ')).toBe('Bron: STJ, factsheets november 2013');
    expect(lijnen.length).toBeGreaterThan(1);
    for (const l of lijnen) expect(tekstBreedte(l, 12)).toBeLessThanOrEqual(120);
    const adres = 'https://ggsr.example/pad/?weergave=heatmap&gemeente=emmen,gouda&alleen=verbeterpunten';
    const adresRegels = regels(adres, 12, 200);
    expect(adresRegels.join('')).toBe(adres);
    expect(adresRegels.length).toBeGreaterThan(1);
    for (const l of adresRegels) expect(tekstBreedte(l, 12)).toBeLessThanOrEqual(200);
  });

  it('inkorten(tekst) cuts with an ellipsis only when the text does not fit', () => {
    expect(inkorten('Doorzettingsmacht', 12, 300)).toBe('Doorzettingsmacht');
    const kort = inkorten('Beschikbaarheid zorg (flexibel) en nog veel meer tekst', 12, 100);
    expect(kort.endsWith('…')).toBe(true);
    expect(tekstBreedte(kort, 12)).toBeLessThanOrEqual(100);
  });

  it('plaatNaarSvg escapes names and drops characters XML does not allow', () => {
    expect(xmlTekst('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    const svg = plaatNaarSvg({
      breedte: 10,
      hoogte: 10,
      titel: '</title><script>x</script>',
      beschrijving: 'd',
      taal: 'nl',
      elementen: [
        {
          soort: 'groep',
          data: { aanpak: 'a"><x' },
          elementen: [{ soort: 'tekst', x: 0, y: 0, tekst: '<g>', grootte: 1 }],
        },
      ],
    });
    expect(svg).not.toMatch(/<script|<x|<g>/);
    expect(svg).toContain('data-aanpak="a&quot;&gt;&lt;x"');
  });
});
