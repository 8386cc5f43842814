import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { INDICATOREN, THEMAS, criteriumOf, themaOf } from '../../src/model/toetsingskader';
import { assembleAanpak, type AssembledAanpak, type OordeelRecord } from './assemble';
import { decodeSource } from './decode';
import { IngestError } from './errors';
import { gatenJson, gatenVanConclusie, gatenVanOordeel } from './gaten';
import { checkEnd, parseDocument } from './parse';
import { conclusieTekst, gatMeldingen, type GatMelding } from './report';
import { squash } from './text';
import type { Layout, Oordeel, ParsedDocument } from './types';

export interface SourceFile {
  /** Path as given; errors name it. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface Bron {
  readonly bestand: string;
  readonly van: number;
  readonly tot: number;
}

export interface DocumentRow {
  readonly bestand: string;
  readonly gemeente_id: string;
  readonly layout: Layout;
  readonly codering: string;
  readonly regels: number;
  readonly sha256: string;
  readonly maand_in_document: string | null;
}

export interface GemeenteRow {
  readonly gemeente_id: string;
  readonly naam: string;
  readonly inwoners: number | null;
  readonly inwoners_tekst: string | null;
  readonly huishoudens: number | null;
  readonly huishoudens_tekst: string | null;
  readonly ggsr_geschat: number | null;
  readonly ggsr_tekst: string | null;
  readonly context: string;
  readonly bronnen: string;
}

export interface AanpakRow {
  readonly aanpak_id: string;
  readonly gemeente_id: string;
  readonly naam: string;
  readonly volgorde: number;
  readonly beschrijving: string;
  readonly netwerkpartners: string;
  readonly aantal_gezinnen: number | null;
  readonly aantal_gezinnen_tekst: string | null;
  readonly bron: string;
}

export interface OordeelRow {
  readonly aanpak_id: string;
  readonly gemeente_id: string;
  readonly indicator: string;
  readonly volgorde: number;
  readonly oordeel: Oordeel;
  readonly reden: string | null;
  readonly bevinding: string;
  readonly let_op: string | null;
  readonly gedeeld: boolean;
  readonly blok: string;
  readonly toelichting: string | null;
  readonly mogelijk_onvolledig: boolean;
  readonly bron_bestand: string;
  readonly bron_van: number;
  readonly bron_tot: number;
  readonly teken_regel: number | null;
  readonly bronnen: string;
  /** Signs of lost text in bevinding and let_op: JSON array of {veld, offset, reden}, or null. */
  readonly gaten: string | null;
}

export interface ConclusieRow {
  readonly aanpak_id: string;
  readonly gemeente_id: string;
  readonly thema_code: string;
  readonly goed: string | null;
  readonly beter: string | null;
  readonly onbepaald: string | null;
  readonly bron: string;
  /** Signs of lost text in goed, beter and onbepaald: JSON array of {veld, offset, reden}, or null. */
  readonly gaten: string | null;
}

export interface IndicatorRow {
  readonly code: string;
  readonly volgorde: number;
  readonly thema_code: string;
  readonly thema: string;
  readonly criterium_code: string;
  readonly criterium: string;
  readonly tekst: string;
  readonly label: string;
}

export interface ReportLine {
  readonly bestand: string;
  readonly gemeente: string;
  readonly aanpak: string;
  readonly tekensGevonden: number;
  readonly tekensGebruikt: number;
  readonly oordelen: number;
  readonly voldoet: number;
  readonly verbeterpunt: number;
  readonly onduidelijk: number;
  readonly gedeeld: number;
  readonly mogelijkOnvolledig: number;
  readonly tekstBuitenTabel: number;
}

export interface Dataset {
  readonly documenten: DocumentRow[];
  readonly gemeenten: GemeenteRow[];
  readonly aanpakken: AanpakRow[];
  readonly oordelen: OordeelRow[];
  readonly conclusies: ConclusieRow[];
  readonly indicatoren: IndicatorRow[];
  readonly report: ReportLine[];
  readonly merges: string[];
  /** Every sign of lost text, per source file (both copies of a merged factsheet). */
  readonly gaten: GatMelding[];
  /** Things a reader should know that do not stop the ingest, as "file:line: message". */
  readonly warnings: string[];
  /** The layout read per file (in input order), and why detection chose it. */
  readonly opmaak: { readonly bestand: string; readonly layout: Layout; readonly reden: string }[];
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const bronText = (b: Bron) => `${b.bestand}:${b.van}-${b.tot}`;

interface Parsed {
  readonly doc: ParsedDocument;
  readonly bestand: string;
  readonly sha256: string;
  readonly aanpakken: AssembledAanpak[];
  readonly warnings: string[];
}

function parseOne(file: SourceFile): Parsed {
  const bestand = basename(file.path);
  try {
    const src = decodeSource(bestand, file.bytes);
    const doc = parseDocument(src);
    const aanpakken = doc.aanpakken.map((a) => assembleAanpak(doc, a));
    const warnings = checkEnd(src, doc.layout);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    return { doc, bestand, sha256, aanpakken, warnings };
  } catch (e) {
    if (e instanceof IngestError) throw new IngestError(file.path, e.line, e.reason);
    throw e;
  }
}

const SYMBOL: Record<Oordeel, string> = { voldoet: '√', verbeterpunt: 'X', onduidelijk: '?' };

/** Checks that two copies of one factsheet agree on every oordeel; throws naming both places. */
function compareCopies(a: Parsed, b: Parsed): void {
  const names = (p: Parsed) => new Map(p.aanpakken.map((x) => [squash(x.parsed.naam), x]));
  const an = names(a);
  const bn = names(b);
  for (const [key, xa] of an) {
    const xb = bn.get(key);
    if (!xb) {
      throw new IngestError(
        b.bestand,
        null,
        `zelfde factsheet als ${a.bestand} (${a.doc.gemeente}), maar aanpak "${xa.parsed.naam}" ontbreekt`,
      );
    }
    for (const oa of xa.oordelen) {
      const ob = xb.oordelen.find((o) => o.indicator === oa.indicator) as OordeelRecord;
      if (oa.oordeel !== ob.oordeel) {
        throw new IngestError(
          b.bestand,
          ob.van,
          `de twee bronnen van ${a.doc.gemeente} spreken elkaar tegen: ${xa.parsed.naam} ${oa.indicator} is ${SYMBOL[oa.oordeel]} in ${a.bestand}:${oa.van} en ${SYMBOL[ob.oordeel]} hier`,
        );
      }
    }
  }
  for (const [key, xb] of bn) {
    if (!an.has(key)) {
      throw new IngestError(
        b.bestand,
        xb.parsed.line,
        `aanpak "${xb.parsed.naam}" staat niet in de andere bron van ${a.doc.gemeente} (${a.bestand})`,
      );
    }
  }
}

/** The cleanest layout first: its copy is the primary source of a merged factsheet. */
const LAYOUT_RANK: Record<Layout, number> = { tab: 0, markdown: 1, raw: 2 };
const preferTab = (list: Parsed[]) =>
  [...list].sort((x, y) => LAYOUT_RANK[x.doc.layout] - LAYOUT_RANK[y.doc.layout]);

/** The 30 indicators of the toetsingskader as rows of the indicatoren table. */
export function indicatorRows(): IndicatorRow[] {
  return INDICATOREN.map((i, idx) => {
    const c = criteriumOf(i.code);
    const t = themaOf(i.code);
    return {
      code: i.code,
      volgorde: idx + 1,
      thema_code: t.code,
      thema: t.naam,
      criterium_code: c.code,
      criterium: c.tekst,
      tekst: i.tekst,
      label: i.label,
    };
  });
}

/**
 * Parses every file, merges copies of one factsheet, and returns the tables. Throws an IngestError
 * naming the first bad file; nothing is returned for a partly bad set.
 */
export function buildDataset(files: readonly SourceFile[]): Dataset {
  const parsed = files.map(parseOne);
  const byGemeente = new Map<string, Parsed[]>();
  for (const p of parsed) {
    const key = slug(p.doc.gemeente);
    byGemeente.set(key, [...(byGemeente.get(key) ?? []), p]);
  }
  const documenten: DocumentRow[] = [];
  const gemeenten: GemeenteRow[] = [];
  const aanpakken: AanpakRow[] = [];
  const oordelen: OordeelRow[] = [];
  const conclusies: ConclusieRow[] = [];
  const report: ReportLine[] = [];
  const merges: string[] = [];
  const gaten: GatMelding[] = [];

  const gemeenteKeys = [...byGemeente.keys()].sort();
  for (const gemeenteId of gemeenteKeys) {
    const copies = byGemeente.get(gemeenteId) as Parsed[];
    for (const other of copies.slice(1)) compareCopies(copies[0] as Parsed, other);
    if (copies.length > 1)
      merges.push(`${copies[0]?.doc.gemeente}: ${copies.map((c) => c.bestand).join(' + ')}`);
    const ordered = preferTab(copies);
    const primary = ordered[0] as Parsed;
    const pick = <T>(f: (d: ParsedDocument) => T | null): T | null => {
      for (const c of ordered) {
        const v = f(c.doc);
        if (v !== null) return v;
      }
      return null;
    };
    for (const c of copies) {
      documenten.push({
        bestand: c.bestand,
        gemeente_id: gemeenteId,
        layout: c.doc.layout,
        codering: c.doc.encoding,
        regels: c.doc.lineCount,
        sha256: c.sha256,
        maand_in_document: c.doc.maandInDocument,
      });
    }
    gemeenten.push({
      gemeente_id: gemeenteId,
      naam: primary.doc.gemeente,
      inwoners: pick((d) => d.inwoners),
      inwoners_tekst: pick((d) => d.inwonersTekst),
      huishoudens: pick((d) => d.huishoudens),
      huishoudens_tekst: pick((d) => d.huishoudensTekst),
      ggsr_geschat: pick((d) => d.ggsrGeschat),
      ggsr_tekst: pick((d) => d.ggsrTekst),
      context: primary.doc.context,
      bronnen: copies.map((c) => c.bestand).join(', '),
    });
    primary.aanpakken.forEach((a, volgorde) => {
      const key = squash(a.parsed.naam);
      const aanpakId = `${gemeenteId}.${slug(a.parsed.naam)}`;
      const all = ordered.map((c) => ({
        c,
        a: c.aanpakken.find((x) => squash(x.parsed.naam) === key) as AssembledAanpak,
      }));
      aanpakken.push({
        aanpak_id: aanpakId,
        gemeente_id: gemeenteId,
        naam: a.parsed.naam,
        volgorde,
        beschrijving: a.parsed.beschrijving,
        netwerkpartners: a.parsed.netwerkpartners.join('\n'),
        aantal_gezinnen: a.parsed.aantalGezinnen,
        aantal_gezinnen_tekst: a.parsed.aantalGezinnenTekst,
        bron: all
          .map(({ c, a: x }) => bronText({ bestand: c.bestand, van: x.parsed.from, tot: x.parsed.to }))
          .join('; '),
      });
      for (const o of a.oordelen) {
        const sources = all.map(({ c, a: x }) => {
          const r = x.oordelen.find((y) => y.indicator === o.indicator) as OordeelRecord;
          return { bestand: c.bestand, van: r.van, tot: r.tot };
        });
        oordelen.push({
          aanpak_id: aanpakId,
          gemeente_id: gemeenteId,
          indicator: o.indicator,
          volgorde: INDICATOREN.findIndex((i) => i.code === o.indicator) + 1,
          oordeel: o.oordeel,
          reden: o.reden,
          bevinding: o.bevinding,
          let_op: o.letOp,
          gedeeld: o.gedeeld,
          blok: o.blok.join(','),
          toelichting: o.toelichting,
          mogelijk_onvolledig: o.mogelijkOnvolledig,
          bron_bestand: primary.bestand,
          bron_van: o.van,
          bron_tot: o.tot,
          teken_regel: o.tekenRegel,
          bronnen: sources.map(bronText).join('; '),
          gaten: gatenJson(gatenVanOordeel(o.bevinding, o.letOp)),
        });
      }
      for (const t of THEMAS) {
        const c = a.parsed.conclusies.find((x) => x.thema === t.naam);
        const teksten = {
          goed: conclusieTekst(c?.goed),
          beter: conclusieTekst(c?.beter),
          onbepaald: conclusieTekst(c?.onbepaald),
        };
        conclusies.push({
          aanpak_id: aanpakId,
          gemeente_id: gemeenteId,
          thema_code: t.code,
          ...teksten,
          bron: c ? bronText({ bestand: primary.bestand, van: c.from, tot: c.to }) : '',
          gaten: gatenJson(gatenVanConclusie(teksten)),
        });
      }
    });
    for (const c of copies) {
      for (const a of c.aanpakken) {
        const count = (o: Oordeel) => a.oordelen.filter((x) => x.oordeel === o).length;
        report.push({
          bestand: c.bestand,
          gemeente: c.doc.gemeente,
          aanpak: a.parsed.naam,
          tekensGevonden: a.marksFound,
          tekensGebruikt: a.marksUsed,
          oordelen: a.oordelen.length,
          voldoet: count('voldoet'),
          verbeterpunt: count('verbeterpunt'),
          onduidelijk: count('onduidelijk'),
          gedeeld: a.oordelen.filter((x) => x.gedeeld).length,
          mogelijkOnvolledig: a.oordelen.filter((x) => x.mogelijkOnvolledig).length,
          tekstBuitenTabel: a.parsed.unplacedText.length,
        });
        gaten.push(...gatMeldingen(c.bestand, c.doc.gemeente, a));
      }
    }
  }
  const indicatoren = indicatorRows();
  documenten.sort((a, b) => a.bestand.localeCompare(b.bestand));
  const warnings = parsed.flatMap((p) => [
    ...p.warnings,
    ...p.aanpakken.flatMap((a) =>
      a.parsed.unplacedText.map(
        (l) =>
          `${p.bestand}:${l.n}: tekst in de tabel van "${a.parsed.naam}" die bij geen indicator hoort: "${l.text.trim().slice(0, 80)}"`,
      ),
    ),
  ]);
  return {
    documenten,
    gemeenten,
    aanpakken,
    oordelen,
    conclusies,
    indicatoren,
    report,
    merges,
    gaten,
    warnings,
    opmaak: parsed.map((p) => ({ bestand: p.bestand, layout: p.doc.layout, reden: p.doc.layoutReden })),
  };
}
