/**
 * Open data: licence, citation, the description of every column (CSV and Arrow files) and the README
 * that goes with the downloads. The Arrow descriptions are checked against scripts/ingest/write.ts
 * SCHEMA in test/model/openData.test.ts, so a new column cannot go undocumented.
 */
import { TEKST_TABELLEN } from '../db/schema';
import { OPEN_DATA_CSV_BESTAND, OPEN_DATA_CSV_KOLOMMEN, OPEN_DATA_EXCEL_BESTAND } from './csv';
import type { KaderIndicator } from './queries-methode';

export const BRON_VERMELDING =
  "Samenwerkend Toezicht Jeugd, factsheets 'Uitkomsten toezichtonderzoek', november 2013";

export const LICENTIE =
  'CC0 1.0 (publiek domein) voor onze ordening van de gegevens. De teksten van de bevindingen komen uit de factsheets van Samenwerkend Toezicht Jeugd; vermeld die bron.';

export const LICENTIE_URL = 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl';

export const CITEER_ALS =
  "Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013): oordelen per aanpak en indicator, open data. Bron: Samenwerkend Toezicht Jeugd, factsheets 'Uitkomsten toezichtonderzoek', november 2013.";

/** One entry of public/data/manifest.json. */
export interface ManifestBestand {
  readonly name: string;
  readonly bytes: number;
  readonly rows: number;
  readonly sha256: string;
}

/** A source document in the manifest (`bronnen`), with its shipped text when there is one. */
export interface ManifestBron {
  readonly bestand: string;
  /** SHA-256 of the original file. */
  readonly sha256: string;
  readonly gemeente: string | null;
  readonly titel: string | null;
  readonly uitgever: string | null;
  /** `JJJJ-MM`. */
  readonly publicatiemaand: string | null;
  /** The text the site ships, relative to `data/`: `bronnen/<bestand>`. */
  readonly tekst: { readonly pad: string; readonly bytes: number; readonly sha256: string } | null;
}

export interface Manifest {
  readonly dataset: string;
  readonly formaat: string;
  /** True for synthetic test data (`npm run synth`); never for the published data. */
  readonly synthetisch: boolean;
  readonly bestanden: readonly ManifestBestand[];
  readonly bronnen: readonly ManifestBron[];
}

const HASH = /^[0-9a-f]{64}$/;
const BRON_NAAM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const tekstOfNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** The `bronnen` of a manifest; an entry that does not fit is left out (its name becomes a link). */
function leesBronnen(lijst: unknown): ManifestBron[] {
  if (!Array.isArray(lijst)) return [];
  const uit: ManifestBron[] = [];
  for (const x of lijst as unknown[]) {
    const b = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    if (typeof b.bestand !== 'string' || !BRON_NAAM.test(b.bestand)) continue;
    if (typeof b.sha256 !== 'string' || !HASH.test(b.sha256)) continue;
    const heeftTekst =
      b.tekst === `bronnen/${b.bestand}` &&
      typeof b.tekst_bytes === 'number' &&
      typeof b.tekst_sha256 === 'string' &&
      HASH.test(b.tekst_sha256);
    uit.push({
      bestand: b.bestand,
      sha256: b.sha256,
      gemeente: tekstOfNull(b.gemeente),
      titel: tekstOfNull(b.titel),
      uitgever: tekstOfNull(b.uitgever),
      publicatiemaand: tekstOfNull(b.publicatiemaand),
      tekst: heeftTekst
        ? { pad: b.tekst as string, bytes: b.tekst_bytes as number, sha256: b.tekst_sha256 as string }
        : null,
    });
  }
  return uit;
}

/** The manifest, checked loosely (only what the Open data page shows); null when it does not fit. */
export function leesManifest(json: unknown): Manifest | null {
  if (typeof json !== 'object' || json === null) return null;
  const m = json as Record<string, unknown>;
  if (!Array.isArray(m.bestanden)) return null;
  const bestanden: ManifestBestand[] = [];
  for (const b of m.bestanden as unknown[]) {
    if (typeof b !== 'object' || b === null) return null;
    const { name, bytes, rows, sha256 } = b as Record<string, unknown>;
    if (
      typeof name !== 'string' ||
      !/^[a-z0-9_-]+\.arrow$/.test(name) ||
      typeof bytes !== 'number' ||
      typeof rows !== 'number' ||
      typeof sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(sha256)
    )
      return null;
    bestanden.push({ name, bytes, rows, sha256 });
  }
  return {
    dataset: typeof m.dataset === 'string' ? m.dataset : '',
    formaat: typeof m.formaat === 'string' ? m.formaat : '',
    synthetisch: m.synthetisch === true,
    bestanden,
    bronnen: leesBronnen(m.bronnen),
  };
}

/** Size in kB, Dutch notation ("97,4 kB"). */
export function grootte(bytes: number, locale = 'nl-NL'): string {
  return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
}

/** The columns of the CSV downloads (same order as OPEN_DATA_CSV_KOLOMMEN). */
export const CSV_KOLOM_UITLEG: Readonly<Record<string, string>> = {
  gemeente_id: 'Korte code van de gemeente, bijvoorbeeld `emmen`.',
  gemeente: 'Naam van de gemeente.',
  aanpak_id: 'Code van de aanpak: gemeente, punt, naam, bijvoorbeeld `emmen.oggz`.',
  aanpak: 'Naam van de aanpak zoals in de factsheet.',
  thema_code: 'Code van het thema: T, G, A, S of C.',
  thema: 'Naam van het thema.',
  criterium_code: 'Code van het criterium.',
  criterium: 'Tekst van het criterium.',
  indicator: 'Code van de indicator, T1 tot en met C3 (zie de lijst hieronder).',
  indicator_naam: 'Korte naam van de indicator.',
  oordeel: '`voldoet`, `verbeterpunt` of `onduidelijk`.',
  teken: 'Het teken: √ (voldoet), X (verbeterpunt) of ? (onduidelijk).',
  reden: 'Waarom het oordeel onduidelijk is; anders leeg.',
  let_op: "De tekst bij 'LET OP' in de factsheet; leeg als die er niet is.",
  bevinding: 'De tekst van de bevinding uit de factsheet.',
  gedeeld_teken:
    '`ja` als één teken in de factsheet voor meer indicatoren tegelijk gold (het oordeel is dan overgenomen); anders `nee`.',
  mogelijk_onvolledig:
    '`ja` als de bevinding midden in een zin begint (er ging tekst verloren); anders `nee`.',
  bron: 'Bronbestand en regels in de tekst van de factsheet: `bestand:van-tot`.',
};

/** The columns of the Arrow files, per table (must match SCHEMA in scripts/ingest/write.ts). */
export const ARROW_KOLOM_UITLEG: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  indicatoren: {
    code: 'Code van de indicator (T1 … C3).',
    volgorde: 'Volgorde in het toetsingskader (1–30).',
    thema_code: 'Code van het thema.',
    thema: 'Naam van het thema.',
    criterium_code: 'Code van het criterium.',
    criterium: 'Tekst van het criterium.',
    tekst: 'Volledige tekst van de indicator.',
    label: 'Korte naam van de indicator.',
  },
  documenten: {
    bestand: 'Naam van het bronbestand (tekst van de factsheet).',
    gemeente_id: 'Code van de gemeente.',
    layout:
      '`raw` (PDF-tekst met harde regeleinden), `tab` (tabellen met tabs) of `markdown` (Markdown van een PDF-omzetter, met pipe-tabellen).',
    codering: 'Tekencodering van het bronbestand.',
    regels: 'Aantal regels in het bronbestand.',
    sha256: 'SHA-256 van het bronbestand.',
    maand_in_document: 'De maand die in de factsheet staat, of leeg.',
    titel: 'Titel van de oorspronkelijke publicatie, of leeg.',
    uitgever: 'Uitgever van de oorspronkelijke publicatie, of leeg.',
    publicatiemaand: 'Maand van publicatie (JJJJ-MM), of leeg. Metadata van ons, niet uit de factsheet.',
  },
  gemeenten: {
    gemeente_id: 'Korte code van de gemeente.',
    naam: 'Naam van de gemeente.',
    provincie:
      'Provincie van de gemeente (CBS gemeentelijke indeling 2013). Metadata van ons, niet uit de factsheet.',
    inwoners: 'Aantal inwoners als getal, of leeg.',
    inwoners_tekst: 'Aantal inwoners zoals in de factsheet.',
    huishoudens: 'Aantal huishoudens als getal, of leeg.',
    huishoudens_tekst: 'Aantal huishoudens zoals in de factsheet.',
    ggsr_geschat: 'Geschat aantal gezinnen met geringe sociale redzaamheid, of leeg.',
    ggsr_tekst: 'Die schatting zoals in de factsheet.',
    bronnen: 'Bronbestanden van deze gemeente (JSON).',
  },
  aanpakken: {
    aanpak_id: 'Code van de aanpak.',
    gemeente_id: 'Code van de gemeente.',
    jaar: 'Jaar van het onderzoek (uit de publicatiemaand van de factsheet).',
    naam: 'Naam van de aanpak.',
    volgorde: 'Volgorde van de aanpak in de factsheet.',
    netwerkpartners: 'De netwerkpartners.',
    aantal_gezinnen: 'Aantal gezinnen in de aanpak als getal, of leeg.',
    aantal_gezinnen_tekst: 'Aantal gezinnen zoals in de factsheet.',
    bron: 'Bronbestand en regels.',
    conclusies: 'Aantal conclusies van de aanpak (een per thema) in `conclusies`.',
    conclusies_onbepaald: 'Hoeveel daarvan als `onbepaald` zijn opgeslagen (kolom niet te zien in de bron).',
  },
  oordelen: {
    aanpak_id: 'Code van de aanpak.',
    gemeente_id: 'Code van de gemeente.',
    indicator: 'Code van de indicator.',
    volgorde: 'Volgorde van de indicator.',
    oordeel: '`voldoet`, `verbeterpunt` of `onduidelijk`.',
    reden: 'Waarom het oordeel onduidelijk is, of leeg.',
    heeft_let_op: 'Waar als er bij dit oordeel een LET OP staat (de tekst staat in teksten).',
    gedeeld: 'Waar als één teken voor meer indicatoren gold.',
    blok: 'Het blok in de factsheet waar het oordeel uit komt.',
    mogelijk_onvolledig: 'Waar als de bevinding midden in een zin begint.',
    bron_bestand: 'Bronbestand.',
    bron_van: 'Eerste regel van het blok in het bronbestand.',
    bron_tot: 'Laatste regel van het blok.',
    teken_regel: 'Regel van het teken in het bronbestand.',
  },
  teksten: {
    aanpak_id: 'Code van de aanpak (samen met indicator: het oordeel in oordelen).',
    gemeente_id: 'Code van de gemeente.',
    indicator: 'Code van de indicator.',
    bevinding: 'Tekst van de bevinding.',
    let_op: 'Tekst bij LET OP, of leeg.',
    toelichting: 'Toelichting bij de plaatsing van het teken, of leeg.',
    bronnen: 'Alle bronnen van dit oordeel, ook de tweede kopie van een factsheet.',
    gaten:
      'Plaatsen in bevinding en let_op waar waarschijnlijk tekst verloren ging bij het omzetten van de PDF, of leeg. JSON-lijst van `{"veld", "offset", "reden"}`: veld `bevinding` of `let_op`; offset: het teken in die tekst (geteld vanaf 0, zoals in JavaScript) waar de ontbrekende tekst zou staan, de lengte van de tekst als die afgebroken eindigt; reden: `begint-midden-in-zin`, `kleine-letter-na-punt`, `los-lidwoord`, `afgebroken-woord`, `eindigt-midden-in-zin`, `let-op-afgebroken` of `geen-tekst`.',
  },
  conclusies: {
    aanpak_id: 'Code van de aanpak.',
    gemeente_id: 'Code van de gemeente.',
    thema_code: 'Code van het thema.',
    goed: "Tekst onder 'Wat gaat goed?', of leeg.",
    beter: "Tekst onder 'Wat kan beter?', of leeg.",
    onbepaald: 'Tekst waarvan de kolom (goed of beter) niet vast te stellen was, of leeg.',
    bron: 'Bronbestand en regels.',
    gaten:
      'Plaatsen in goed, beter en onbepaald waar waarschijnlijk tekst verloren ging, of leeg. JSON-lijst van `{"veld", "offset", "reden"}`, zoals in teksten.',
  },
  beschrijvingen: {
    gemeente_id: 'Code van de gemeente.',
    aanpak_id: 'Code van de aanpak; leeg als de tekst over de gemeente gaat.',
    tekst: 'Tekst over de gemeente of beschrijving van de aanpak, uit de factsheet.',
  },
};

/** Text tables are split into parts `<tabel>-NNN.arrow`; the others are one file `<tabel>.arrow`. */
export const DELEN_TABELLEN: readonly string[] = TEKST_TABELLEN;

/** How the LEESMIJ names the file(s) of a table. */
export function arrowBestandsnaam(tabel: string): string {
  return DELEN_TABELLEN.includes(tabel) ? `${tabel}-NNN.arrow` : `${tabel}.arrow`;
}

/** The README (Markdown) that explains the downloads, with the list of indicators from the data. */
export function leesMijTekst(indicatoren: readonly KaderIndicator[], manifest: Manifest | null): string {
  const r: string[] = [];
  r.push('# Open data: toezicht GGSR 2013', '');
  r.push(
    'Oordelen van Samenwerkend Toezicht Jeugd (STJ) over de zorg voor gezinnen met geringe sociale redzaamheid (GGSR) in vier gemeenten, november 2013. Eén rij per oordeel: een aanpak en een indicator.',
    '',
  );
  r.push('## Bron, licentie en citeren', '');
  r.push(`- Bron: ${BRON_VERMELDING}.`);
  r.push(`- Licentie: ${LICENTIE} (${LICENTIE_URL})`);
  r.push(`- Citeer als: ${CITEER_ALS}`, '');
  r.push('## Bestanden', '');
  r.push(
    `- \`${OPEN_DATA_EXCEL_BESTAND}\`: voor Excel; UTF-8 met BOM, puntkomma (;) als scheidingsteken. Teksten die met =, +, -, @ beginnen krijgen een ' ervoor.`,
  );
  r.push(
    `- \`${OPEN_DATA_CSV_BESTAND}\`: standaard CSV (RFC 4180); UTF-8 zonder BOM, komma, regeleinde CRLF, teksten precies zoals in de gegevens.`,
  );
  r.push(
    '- `data/*.arrow`: de tabellen die het dashboard zelf gebruikt (Apache Arrow IPC stream, ongecomprimeerd); `data/manifest.json` geeft per bestand de tabel, de grootte, het aantal rijen en de SHA-256.',
    '- De oordelen (`oordelen.arrow`) staan los van de lange teksten. Die staan in delen: `teksten-000.arrow`, `conclusies-000.arrow`, `beschrijvingen-000.arrow`, `…-001.arrow` enzovoort. Elk deel bevat hele gemeenten; `manifest.json` noemt per deel de `gemeente_ids`. Alle delen van één tabel samen vormen die tabel. Koppel `teksten` aan `oordelen` op `aanpak_id` en `indicator`.',
    '',
  );
  if (manifest?.bestanden.some((b) => b.name.startsWith('zoekindex-'))) {
    r.push(
      '- `zoekindex-NNN.arrow`: de zoekindex van het dashboard, geen gegevens. Kolommen `sleutel` (het einde van een woord uit bevinding of LET OP, in kleine letters zonder accenten, hooguit 8 tekens) en `delen` (de tekstdelen met zo’n woord, als hexadecimaal bitmasker: deel n is bit n % 4 van cijfer n / 4). Alleen bij meer dan één tekstdeel.',
      '',
    );
  }
  if (manifest?.synthetisch) {
    r.push(
      '**Let op: dit zijn synthetische testgegevens.** De gemeenten, oordelen en teksten zijn verzonnen; ze gaan niet over echte gemeenten.',
      '',
    );
  }
  if (manifest) {
    r.push('| bestand | rijen | bytes | sha256 |', '| --- | --- | --- | --- |');
    for (const b of manifest.bestanden) r.push(`| ${b.name} | ${b.rows} | ${b.bytes} | ${b.sha256} |`);
    r.push('');
  }
  const bronnen = manifest?.bronnen.filter((b) => b.tekst !== null) ?? [];
  if (bronnen.length) {
    r.push('## Brondocumenten', '');
    r.push(
      '- `data/bronnen/<bestand>`: de tekst van elke factsheet zoals het dashboard die leest, in UTF-8 met LF-regeleinden. Regel N is de regel die `bron_van`, `bron_tot` en `teken_regel` noemen. De SHA-256 is die van het oorspronkelijke bestand (`documenten.sha256`); wijkt de tekstversie daarvan af, dan staat haar eigen SHA-256 erbij.',
      '',
      '| bestand | publicatie | bytes | sha256 |',
      '| --- | --- | --- | --- |',
    );
    for (const b of bronnen) {
      const publicatie = [b.uitgever, b.titel ? `‘${b.titel}’` : null, b.publicatiemaand]
        .filter(Boolean)
        .join(', ');
      const tekst = b.tekst as NonNullable<typeof b.tekst>;
      const sha = tekst.sha256 === b.sha256 ? b.sha256 : `${b.sha256} (tekstversie: ${tekst.sha256})`;
      r.push(`| ${b.bestand} | ${publicatie || '–'} | ${tekst.bytes} | ${sha} |`);
    }
    r.push('');
  }
  r.push('## Kolommen van de CSV-bestanden', '');
  r.push('| kolom | betekenis |', '| --- | --- |');
  for (const k of OPEN_DATA_CSV_KOLOMMEN) r.push(`| ${k.kop} | ${CSV_KOLOM_UITLEG[k.kop] ?? ''} |`);
  r.push('');
  r.push('## Kolommen van de Arrow-bestanden', '');
  for (const [tabel, kolommen] of Object.entries(ARROW_KOLOM_UITLEG)) {
    r.push(`### ${arrowBestandsnaam(tabel)}`, '', '| kolom | betekenis |', '| --- | --- |');
    for (const [k, uitleg] of Object.entries(kolommen)) r.push(`| ${k} | ${uitleg} |`);
    r.push('');
  }
  r.push('## Codes van de indicatoren', '');
  r.push('| code | thema | criterium | indicator | tekst |', '| --- | --- | --- | --- | --- |');
  for (const i of indicatoren) {
    const cel = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
    r.push(`| ${i.code} | ${cel(i.thema)} | ${cel(i.criterium)} | ${cel(i.label)} | ${cel(i.tekst)} |`);
  }
  r.push('');
  r.push('## Let op', '');
  r.push(
    'Dit zijn bevindingen uit november 2013, van vóór de Jeugdwet van 2015. Ze zeggen niets over hoe het nu in deze gemeenten gaat.',
    '',
  );
  return r.join('\n');
}

export const LEESMIJ_BESTAND = 'LEESMIJ-ggsr-open-data.md';
