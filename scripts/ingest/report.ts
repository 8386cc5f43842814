import { THEMAS } from '../../src/model/toetsingskader';
import type { AssembledAanpak } from './assemble';
import type { Dataset } from './dataset';
import {
  fragment,
  gatenVanConclusie,
  gatenVanOordeel,
  type GatReden,
  type TekstVeld,
  type VeldGat,
} from './gaten';

/** One sign of lost text in one source file, for the report. */
export interface GatMelding {
  readonly bestand: string;
  readonly gemeente: string;
  readonly aanpak: string;
  /** The indicator codes that share the text (a merged block), or "conclusie <thema_code>". */
  readonly plaats: string;
  /** How many oordelen carry this gap; 0 for a conclusie. */
  readonly oordelen: number;
  readonly veld: TekstVeld;
  readonly reden: GatReden;
  readonly offset: number;
  readonly fragment: string;
}

/** The stored text of a conclusie column: its paragraphs, or null when it has none. */
export const conclusieTekst = (xs: readonly string[] | undefined): string | null =>
  xs && xs.length > 0 ? xs.join('\n\n') : null;

/** The gaps of one aanpak as read from one file; a text shared by a block's indicators counts once. */
export function gatMeldingen(bestand: string, gemeente: string, a: AssembledAanpak): GatMelding[] {
  const uit = new Map<string, { codes: string[]; gat: VeldGat; tekst: string }>();
  for (const o of a.oordelen) {
    for (const gat of gatenVanOordeel(o.bevinding, o.letOp)) {
      const tekst = gat.veld === 'let_op' ? (o.letOp ?? '') : o.bevinding;
      const key = JSON.stringify([gat.veld, gat.offset, gat.reden, tekst]);
      const seen = uit.get(key);
      if (seen) seen.codes.push(o.indicator);
      else uit.set(key, { codes: [o.indicator], gat, tekst });
    }
  }
  const melding = (plaats: string, oordelen: number, gat: VeldGat, tekst: string): GatMelding => ({
    bestand,
    gemeente,
    aanpak: a.parsed.naam,
    plaats,
    oordelen,
    veld: gat.veld,
    reden: gat.reden,
    offset: gat.offset,
    fragment: fragment(tekst, gat.offset),
  });
  const out = [...uit.values()].map((x) => melding(x.codes.join(', '), x.codes.length, x.gat, x.tekst));
  for (const t of THEMAS) {
    const c = a.parsed.conclusies.find((x) => x.thema === t.naam);
    if (!c) continue;
    const teksten = {
      goed: conclusieTekst(c.goed),
      beter: conclusieTekst(c.beter),
      onbepaald: conclusieTekst(c.onbepaald),
    };
    for (const gat of gatenVanConclusie(teksten))
      out.push(melding(`conclusie ${t.code}`, 0, gat, teksten[gat.veld] ?? ''));
  }
  return out;
}

/** The stable `--json` shape: one object per aanpak x indicator (documented in the README). */
export function jsonRecords(ds: Dataset): object[] {
  const gemeente = new Map(ds.gemeenten.map((g) => [g.gemeente_id, g.naam]));
  const aanpak = new Map(ds.aanpakken.map((a) => [a.aanpak_id, a.naam]));
  const ind = new Map(ds.indicatoren.map((i) => [i.code, i]));
  return ds.oordelen.map((o) => ({
    gemeente: gemeente.get(o.gemeente_id),
    aanpak: aanpak.get(o.aanpak_id),
    indicator: o.indicator,
    thema: ind.get(o.indicator)?.thema,
    criterium: ind.get(o.indicator)?.criterium,
    oordeel: o.oordeel,
    reden: o.reden,
    let_op: o.let_op,
    bevinding: o.bevinding,
    gedeeld: o.gedeeld,
    blok: o.blok.split(','),
    toelichting: o.toelichting,
    teken_regel: o.teken_regel,
    bron: `${o.bron_bestand}:${o.bron_van}-${o.bron_tot}`,
    bronnen: o.bronnen.split('; '),
    gaten: o.gaten === null ? [] : (JSON.parse(o.gaten) as unknown),
  }));
}

const cel = (s: string) => s.replace(/\|/g, '\\|');

function formatGaten(ds: Dataset): string {
  const bestanden = [...new Map(ds.report.map((r) => [r.bestand, r.gemeente])).entries()];
  const telling = bestanden.map(([bestand, gemeente]) => {
    const g = ds.gaten.filter((x) => x.bestand === bestand);
    const n = (veld: (v: TekstVeld) => boolean) => g.filter((x) => veld(x.veld)).length;
    const oordelen = g.reduce((s, x) => s + x.oordelen, 0);
    return `| ${bestand} | ${gemeente} | ${g.length} | ${n((v) => v === 'bevinding')} | ${n((v) => v === 'let_op')} | ${n((v) => v !== 'bevinding' && v !== 'let_op')} | ${oordelen} |`;
  });
  const lijst = ds.gaten.map(
    (x) =>
      `| ${x.bestand} | ${x.aanpak} | ${x.plaats} | ${x.veld} | ${x.reden} | ${x.offset} | ${cel(x.fragment)} |`,
  );
  return [
    '## Mogelijke gaten in de tekst',
    '',
    'Tekens dat bij het omzetten van de PDF naar tekst een stuk tekst verloren ging, in bevindingen, LET OP en conclusies (kolom `gaten` van `teksten` en `conclusies`). Redenen: `begint-midden-in-zin` (de tekst begint met een kleine letter), `kleine-letter-na-punt` (na een punt begint een zin met een kleine letter; afkortingen zoals "o.a." en "bijv." tellen niet), `los-lidwoord` ("de" direct voor "en", "of" of een lidwoord), `afgebroken-woord` (een afgebroken woord zonder vervolg), `eindigt-midden-in-zin` (de tekst houdt op zonder slotteken), `let-op-afgebroken` (LET OP zonder of met een afgebroken tekst), `geen-tekst` (de bevinding is leeg). Positie: het teken in de opgeslagen tekst waar de ontbrekende tekst zou staan. Een tekst die een blok deelt, telt één keer.',
    '',
    '| bestand | gemeente | gaten | in bevindingen | in LET OP | in conclusies | oordelen met een gat |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...telling,
    ...(lijst.length > 0
      ? [
          '',
          '| bestand | aanpak | plaats | veld | reden | positie | fragment |',
          '|---|---|---|---|---|---:|---|',
          ...lijst,
        ]
      : []),
  ].join('\n');
}

export function formatReport(ds: Dataset): string {
  const head =
    '| bestand | gemeente | aanpak | tekens gevonden | tekens gebruikt | oordelen | √ | X | onduidelijk | gedeeld | mogelijk onvolledig | tekst buiten tabel |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = ds.report.map(
    (r) =>
      `| ${r.bestand} | ${r.gemeente} | ${r.aanpak} | ${r.tekensGevonden} | ${r.tekensGebruikt} | ${r.oordelen} | ${r.voldoet} | ${r.verbeterpunt} | ${r.onduidelijk} | ${r.gedeeld} | ${r.mogelijkOnvolledig} | ${r.tekstBuitenTabel} |`,
  );
  const opmaak = `\n\nOpmaak (per bestand gekozen): ${ds.opmaak.map((o) => `${o.bestand}: ${o.layout} (${o.reden})`).join('; ')}`;
  const merged =
    ds.merges.length > 0
      ? `\n\nSamengevoegd (zelfde factsheet, alle oordelen gelijk): ${ds.merges.join('; ')}`
      : '';
  const totals = `\n\nTotaal: ${ds.gemeenten.length} gemeenten, ${ds.aanpakken.length} aanpakken, ${ds.oordelen.length} oordelen (${ds.oordelen.filter((o) => o.oordeel === 'voldoet').length} voldoet, ${ds.oordelen.filter((o) => o.oordeel === 'verbeterpunt').length} verbeterpunt, ${ds.oordelen.filter((o) => o.oordeel === 'onduidelijk').length} onduidelijk).`;
  const warned =
    ds.warnings.length > 0 ? `\n\nWaarschuwingen:\n${ds.warnings.map((w) => `- ${w}`).join('\n')}` : '';
  return `${head}\n${rows.join('\n')}${opmaak}${merged}${totals}${warned}\n\n${formatGaten(ds)}\n`;
}
