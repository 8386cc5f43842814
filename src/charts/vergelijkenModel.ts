/**
 * Model of "Gemeenten vergelijken" (framework-free, unit-tested): small multiples of the share voldoet
 * per thema (d3 computes the scales; React renders the SVG) and the thema x aanpak matrix of conclusies.
 * The order is always gemeente name, then the aanpak's order in its factsheet — never a score.
 */
import { vergelijken } from '../i18n/berichten';
import { vertaal, type Taal } from '../i18n/core';
import { scaleBand, scaleLinear } from 'd3';
import type { Telling } from '../model/queries';
import type { ThemaConclusie, ThemaTelling } from '../model/queries-vergelijken';

/** Size of one small multiple, in SVG units (the SVG scales down on narrow screens). */
export const PANEEL = {
  breedte: 320,
  /** Bar area; the "x van y" text sits to the right of it. */
  balk: 232,
  rij: 40,
  boven: 4,
  onder: 22,
  balkHoogte: 14,
} as const;

export interface VergelijkStaaf {
  readonly aanpak_id: string;
  readonly aanpak: string;
  readonly gemeente_id: string;
  readonly gemeente: string;
  /** Top of the row (label line), in SVG units. */
  readonly y: number;
  /** Top of the bar. */
  readonly balkY: number;
  /** Width of the voldoet bar. */
  readonly breedte: number;
  readonly telling: Telling;
  /** "x van y" (voldoen). */
  readonly tekst: string;
}

export interface ThemaPaneel {
  readonly thema_code: string;
  readonly thema: string;
  readonly hoogte: number;
  readonly staven: readonly VergelijkStaaf[];
}

export interface VergelijkGrafiek {
  readonly panelen: readonly ThemaPaneel[];
  /** Axis ticks under the bars: x position and label. */
  readonly as: readonly { x: number; label: string }[];
}

/** "x van y" for the share voldoet. */
export const vanTekst = (t: Pick<Telling, 'voldoet' | 'totaal'>, taal: Taal = 'nl') =>
  vertaal(taal, vergelijken.van, { voldoet: t.voldoet, totaal: t.totaal });

/** One panel per thema (in toetsingskader order) with one bar per aanpak, all on the same scale. */
export function buildVergelijkGrafiek(rows: readonly ThemaTelling[], taal: Taal = 'nl'): VergelijkGrafiek {
  const x = scaleLinear().domain([0, 1]).range([0, PANEEL.balk]).clamp(true);
  const themas = new Map<string, ThemaTelling[]>();
  for (const r of [...rows].sort((a, b) => a.thema_volgorde - b.thema_volgorde)) {
    const lijst = themas.get(r.thema_code) ?? [];
    lijst.push(r);
    themas.set(r.thema_code, lijst);
  }
  const panelen = [...themas.values()].map((lijst) => {
    const y = scaleBand<string>()
      .domain(lijst.map((r) => r.aanpak_id))
      .range([PANEEL.boven, PANEEL.boven + lijst.length * PANEEL.rij]);
    const eerste = lijst[0] as ThemaTelling;
    return {
      thema_code: eerste.thema_code,
      thema: eerste.thema,
      hoogte: PANEEL.boven + lijst.length * PANEEL.rij + PANEEL.onder,
      staven: lijst.map((r) => {
        const top = y(r.aanpak_id) ?? 0;
        const telling = {
          voldoet: r.voldoet,
          verbeterpunt: r.verbeterpunt,
          onduidelijk: r.onduidelijk,
          totaal: r.totaal,
        };
        return {
          aanpak_id: r.aanpak_id,
          aanpak: r.aanpak,
          gemeente_id: r.gemeente_id,
          gemeente: r.gemeente,
          y: top,
          balkY: top + PANEEL.rij - PANEEL.balkHoogte - 6,
          breedte: x(r.totaal ? r.voldoet / r.totaal : 0),
          telling,
          tekst: vanTekst(telling, taal),
        };
      }),
    };
  });
  const as = [0, 0.5, 1].map((t) => ({ x: x(t), label: `${Math.round(t * 100)}%` }));
  return { panelen, as };
}

export interface MatrixKolom {
  readonly aanpak_id: string;
  readonly aanpak: string;
  readonly gemeente_id: string;
  readonly gemeente: string;
}

export interface MatrixGroep {
  readonly gemeente_id: string;
  readonly gemeente: string;
  readonly span: number;
}

export interface MatrixCel {
  readonly conclusie: ThemaConclusie;
  /** Oordelen of this aanpak in this thema, when known. */
  readonly telling: Telling | null;
}

export interface MatrixRij {
  readonly thema_code: string;
  readonly thema: string;
  /** Aligned with `kolommen`; null when there is no row for that aanpak. */
  readonly cellen: readonly (MatrixCel | null)[];
}

export interface ConclusieMatrix {
  readonly kolommen: readonly MatrixKolom[];
  readonly groepen: readonly MatrixGroep[];
  readonly rijen: readonly MatrixRij[];
}

const sleutel = (aanpak: string, thema: string) => `${aanpak}~${thema}`;

/** Conclusies as thema (rows) x aanpak (columns, grouped by gemeente), with the counts per cell. */
export function buildConclusieMatrix(
  conclusies: readonly ThemaConclusie[],
  tellingen: readonly ThemaTelling[] = [],
): ConclusieMatrix {
  const kolommen: MatrixKolom[] = [];
  const gezien = new Set<string>();
  const gesorteerd = [...conclusies].sort(
    (a, b) =>
      a.gemeente.localeCompare(b.gemeente, 'nl') ||
      a.aanpak_volgorde - b.aanpak_volgorde ||
      a.thema_volgorde - b.thema_volgorde,
  );
  for (const c of gesorteerd) {
    if (gezien.has(c.aanpak_id)) continue;
    gezien.add(c.aanpak_id);
    kolommen.push({
      aanpak_id: c.aanpak_id,
      aanpak: c.aanpak,
      gemeente_id: c.gemeente_id,
      gemeente: c.gemeente,
    });
  }
  const groepen: MatrixGroep[] = [];
  for (const k of kolommen) {
    const laatste = groepen.at(-1);
    if (laatste && laatste.gemeente_id === k.gemeente_id)
      groepen[groepen.length - 1] = { ...laatste, span: laatste.span + 1 };
    else groepen.push({ gemeente_id: k.gemeente_id, gemeente: k.gemeente, span: 1 });
  }
  const tellingBij = new Map(
    tellingen.map((t) => [
      sleutel(t.aanpak_id, t.thema_code),
      { voldoet: t.voldoet, verbeterpunt: t.verbeterpunt, onduidelijk: t.onduidelijk, totaal: t.totaal },
    ]),
  );
  const conclusieBij = new Map(conclusies.map((c) => [sleutel(c.aanpak_id, c.thema_code), c]));
  const themas = new Map<string, { thema: string; volgorde: number }>();
  for (const c of conclusies) themas.set(c.thema_code, { thema: c.thema, volgorde: c.thema_volgorde });
  const rijen = [...themas.entries()]
    .sort(([, a], [, b]) => a.volgorde - b.volgorde)
    .map(([code, t]) => ({
      thema_code: code,
      thema: t.thema,
      cellen: kolommen.map((k) => {
        const conclusie = conclusieBij.get(sleutel(k.aanpak_id, code));
        return conclusie ? { conclusie, telling: tellingBij.get(sleutel(k.aanpak_id, code)) ?? null } : null;
      }),
    }));
  return { kolommen, groepen, rijen };
}
