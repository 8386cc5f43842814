/**
 * The frame every picture gets (as OWID's Grapher does): the title, the filters in words and the legend
 * above the chart, the source line and the address of the view below it.
 */
import type { Taal } from '../../i18n/core';
import { KLEUR, regels, tekstBreedte, type Plaat, type PlaatElement } from './plaat';

/** A legend entry: a swatch (optionally with a symbol on it) and its text. */
export interface LegendaItem {
  readonly tekst: string;
  readonly vulling: string;
  readonly rand?: string;
  readonly streep?: readonly number[];
  readonly symbool?: string;
  readonly symboolKleur?: string;
}

/** A chart without its frame: elements positioned from (0, 0), and its size. */
export interface Inhoud {
  readonly breedte: number;
  readonly hoogte: number;
  readonly elementen: readonly PlaatElement[];
}

/** What every picture needs besides its model: the language, the filters in words, the view's address. */
export interface PlaatContext {
  readonly taal: Taal;
  /** The filters in words, e.g. "Filters: Emmen en Gouda, alleen verbeterpunten". */
  readonly filters: string;
  /** The full address of the view. */
  readonly adres: string;
}

export interface Omlijsting extends PlaatContext {
  readonly titel: string;
  readonly legenda: readonly LegendaItem[];
  /** "Bron: STJ, factsheets november 2013". */
  readonly bron: string;
  /** One sentence about what the picture shows. */
  readonly beschrijving: string;
}

const MARGE = 24;
const MIN_BREEDTE = 640;
const TITEL = 20;
const KLEIN = 13;
const VOET = 12;

/** Move an element (and a group's children) by (dx, dy). */
export function verschuif(e: PlaatElement, dx: number, dy: number): PlaatElement {
  switch (e.soort) {
    case 'tekst':
    case 'rechthoek':
      return { ...e, x: e.x + dx, y: e.y + dy };
    case 'lijn':
      return { ...e, x1: e.x1 + dx, x2: e.x2 + dx, y1: e.y1 + dy, y2: e.y2 + dy };
    case 'groep':
      return { ...e, elementen: e.elementen.map((k) => verschuif(k, dx, dy)) };
  }
}

function tekstBlok(
  tekst: string,
  grootte: number,
  breedte: number,
  y: number,
  opties: { vet?: boolean; kleur?: string; rol: string },
): { elementen: PlaatElement[]; y: number } {
  const lijnen = regels(tekst, grootte, breedte, opties.vet);
  const hoogte = Math.round(grootte * 1.3);
  const elementen = lijnen.map((r, i) => ({
    soort: 'tekst' as const,
    x: MARGE,
    y: y + grootte + i * hoogte,
    tekst: r,
    grootte,
    ...(opties.vet ? { vet: true } : {}),
    ...(opties.kleur ? { kleur: opties.kleur } : {}),
  }));
  return {
    elementen: [{ soort: 'groep', data: { rol: opties.rol }, elementen }],
    y: y + grootte + (lijnen.length - 1) * hoogte + Math.round(grootte * 0.45),
  };
}

function legendaBlok(items: readonly LegendaItem[], breedte: number, y: number) {
  const elementen: PlaatElement[] = [];
  const STAAL = 16;
  let x = MARGE;
  let regel = y;
  for (const item of items) {
    const nodig = STAAL + 6 + tekstBreedte(item.tekst, KLEIN) + 18;
    if (x > MARGE && x + nodig > MARGE + breedte) {
      x = MARGE;
      regel += 22;
    }
    const delen: PlaatElement[] = [
      {
        soort: 'rechthoek',
        x,
        y: regel + 2,
        breedte: STAAL,
        hoogte: STAAL,
        vulling: item.vulling,
        ...(item.rand ? { rand: item.rand } : {}),
        ...(item.streep ? { streep: item.streep } : {}),
      },
    ];
    if (item.symbool)
      delen.push({
        soort: 'tekst',
        x: x + STAAL / 2,
        y: regel + 14.5,
        tekst: item.symbool,
        grootte: 12,
        vet: true,
        anker: 'middle',
        kleur: item.symboolKleur ?? KLEUR.tekst,
      });
    delen.push({ soort: 'tekst', x: x + STAAL + 6, y: regel + 15, tekst: item.tekst, grootte: KLEIN });
    elementen.push({ soort: 'groep', data: { rol: 'legenda' }, elementen: delen });
    x += nodig;
  }
  return { elementen, y: regel + 26 };
}

/** The picture: the frame around the chart, as wide as the chart needs (at least 640 px). */
export function omlijst(o: Omlijsting, inhoud: Inhoud): Plaat {
  const breedte = Math.ceil(Math.max(MIN_BREEDTE, inhoud.breedte + 2 * MARGE));
  const tekstBreed = breedte - 2 * MARGE;
  const elementen: PlaatElement[] = [];
  let y = MARGE - 4;
  const titel = tekstBlok(o.titel, TITEL, tekstBreed, y, { vet: true, kleur: KLEUR.accent, rol: 'titel' });
  elementen.push(...titel.elementen);
  const filters = tekstBlok(o.filters, KLEIN, tekstBreed, titel.y + 4, {
    kleur: KLEUR.zacht,
    rol: 'filters',
  });
  elementen.push(...filters.elementen);
  const legenda = legendaBlok(o.legenda, tekstBreed, filters.y + 8);
  elementen.push(...legenda.elementen);
  y = legenda.y + 8;
  elementen.push(...inhoud.elementen.map((e) => verschuif(e, MARGE, y)));
  y += inhoud.hoogte + 16;
  elementen.push({ soort: 'lijn', x1: MARGE, x2: breedte - MARGE, y1: y, y2: y, kleur: KLEUR.rand });
  const bron = tekstBlok(o.bron, VOET, tekstBreed, y + 6, { kleur: KLEUR.tekst, rol: 'bron' });
  elementen.push(...bron.elementen);
  const adres = tekstBlok(o.adres, VOET, tekstBreed, bron.y, { kleur: KLEUR.accent, rol: 'adres' });
  elementen.push(...adres.elementen);
  return {
    breedte,
    hoogte: Math.ceil(adres.y + MARGE - 8),
    titel: o.titel,
    beschrijving: `${o.beschrijving} ${o.filters}. ${o.bron}. ${o.adres}`,
    taal: o.taal,
    elementen,
  };
}
