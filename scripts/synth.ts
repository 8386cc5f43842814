/**
 * `npm run synth -- [--gemeenten 342] [--jaren 5] [--seed 1] [--out data/synth] [--deel-bytes N]`: a SYNTHETIC dataset
 * in exactly the layout of the ingest (same SCHEMA, same writer: scripts/ingest/write.ts), to test and
 * measure the app at national scale. Nothing in it is real: gemeenten are "Synthetische gemeente 001",
 * texts start with "[Synthetisch]" and are built from a neutral word list and made-up words (see
 * `synthWoorden`), documenten name no file, and manifest.json says `"synthetisch": true`. Mark rates per indicator come from the real data (with noise),
 * bevinding lengths are drawn from the real bevindingen. Same arguments, same bytes.
 *
 * Refuses to write into public/data (the published data is only ever written by `npm run ingest`).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { THEMAS } from '../src/model/toetsingskader';
import { indicatorRows } from './ingest/dataset';
import { writeTabellen, type Tabellen, type WrittenFile } from './ingest/write';
import { zoekWoorden } from './ingest/zoekindex';
import { maakVocabulaire, type Vocabulaire } from './synth/woorden';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL = path.join(root, 'public', 'data');

/** The 12 provinces with their number of gemeenten (CBS, 2023: 342 in total). */
export const PROVINCIES: readonly (readonly [string, number])[] = [
  ['Groningen', 10],
  ['Fryslân', 18],
  ['Drenthe', 12],
  ['Overijssel', 25],
  ['Flevoland', 6],
  ['Gelderland', 51],
  ['Utrecht', 26],
  ['Noord-Holland', 44],
  ['Zuid-Holland', 50],
  ['Zeeland', 13],
  ['Noord-Brabant', 56],
  ['Limburg', 31],
];

const EERSTE_JAAR = 2013;

export interface SynthOpties {
  readonly gemeenten: number;
  readonly jaren: number;
  readonly seed: number;
}

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the synthetic data borrows from the real data: X and onduidelijk rates, LET OP rate, text lengths. */
export interface Kalibratie {
  readonly xKans: ReadonlyMap<string, number>;
  readonly letOpKans: number;
  readonly bevindingLengtes: readonly number[];
}

/** Reads the rates and lengths from the real data in public/data. */
export function kalibratieUitEchteData(dir = REAL): Kalibratie {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    bestanden: { name: string; tabel: string }[];
  };
  const rows = (tabel: string) =>
    manifest.bestanden
      .filter((b) => b.tabel === tabel)
      .flatMap((b) =>
        tableFromIPC(readFileSync(path.join(dir, b.name)))
          .toArray()
          .map((r) => (r as { toJSON(): Record<string, unknown> }).toJSON()),
      );
  const oordelen = rows('oordelen');
  const xKans = new Map<string, number>();
  for (const code of new Set(oordelen.map((o) => String(o.indicator)))) {
    const van = oordelen.filter((o) => o.indicator === code);
    xKans.set(code, van.filter((o) => o.oordeel === 'verbeterpunt').length / van.length);
  }
  const teksten = rows('teksten');
  return {
    xKans,
    letOpKans: oordelen.filter((o) => o.heeft_let_op).length / oordelen.length,
    bevindingLengtes: teksten.map((t) => String(t.bevinding ?? '').length).sort((a, b) => a - b),
  };
}

/** Gemeenten per province for `n` gemeenten: the real shares, largest remainder. */
export function verdeelProvincies(n: number): string[] {
  const totaal = PROVINCIES.reduce((s, [, k]) => s + k, 0);
  const exact = PROVINCIES.map(([p, k]) => ({ p, q: (n * k) / totaal }));
  const aantal = exact.map((e) => Math.floor(e.q));
  let rest = n - aantal.reduce((s, k) => s + k, 0);
  const volgorde = exact
    .map((e, i) => ({ i, r: e.q - Math.floor(e.q) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest-- <= 0) break;
    aantal[i] = (aantal[i] ?? 0) + 1;
  }
  return PROVINCIES.flatMap(([p], i) => Array.from({ length: aantal[i] ?? 0 }, () => p));
}

/** The synthetic tables. Pure and deterministic for the same options and calibration. */
export function synthTabellen(o: SynthOpties, k: Kalibratie): Tabellen {
  const r = rng(o.seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const vocabulaire: Vocabulaire = maakVocabulaire();
  let lokaal: readonly string[] = [];
  const tekst = (lengte: number, begin = '[Synthetisch]') => {
    let s = begin;
    while (s.length < lengte) s += ` ${vocabulaire.woord(r(), r(), lokaal)}`;
    return `${s}.`;
  };
  const ruis = () => (r() + r() + r() - 1.5) * 0.15;
  const indicatoren = indicatorRows();
  const provincies = verdeelProvincies(o.gemeenten);
  const breedte = String(o.gemeenten).length < 3 ? 3 : String(o.gemeenten).length;

  const gemeenten: object[] = [];
  const documenten: object[] = [];
  const aanpakken: object[] = [];
  const oordelen: object[] = [];
  const teksten: object[] = [];
  const conclusies: object[] = [];
  const beschrijvingen: object[] = [];

  for (let g = 1; g <= o.gemeenten; g++) {
    const nr = String(g).padStart(breedte, '0');
    const gid = `synthetisch-${nr}`;
    lokaal = vocabulaire.lokaal(g);
    const inwoners = Math.round(Math.exp(9 + r() * 4) / 100) * 100;
    const huishoudens = Math.round(inwoners / 2.2 / 10) * 10;
    const ggsr = Math.round(inwoners * 0.003);
    const neiging = ruis();
    const bestanden: string[] = [];
    for (let j = 0; j < o.jaren; j++) {
      const jaar = EERSTE_JAAR + j;
      const bestand = `SYNTHETISCH-${nr}-${jaar}`;
      bestanden.push(bestand);
      documenten.push({
        bestand,
        gemeente_id: gid,
        layout: 'synthetisch',
        codering: 'geen (synthetisch)',
        regels: 0,
        sha256: createHash('sha256').update(`synthetisch:${bestand}`).digest('hex'),
        maand_in_document: null,
      });
      const u = r();
      const n = u < 0.3 ? 1 : u < 0.75 ? 2 : 3;
      for (let a = 1; a <= n; a++) {
        const aid = `${gid}.${jaar}-${a}`;
        let regel = 10;
        aanpakken.push({
          aanpak_id: aid,
          gemeente_id: gid,
          jaar,
          naam: `Synthetische aanpak ${a}`,
          volgorde: a - 1,
          netwerkpartners: ['Partner A', 'Partner B', 'Partner C']
            .slice(0, 1 + Math.floor(r() * 3))
            .join('\n'),
          aantal_gezinnen: 10 + Math.floor(r() * 200),
          aantal_gezinnen_tekst: '[Synthetisch] aantal gezinnen',
          bron: `${bestand}:1-9`,
        });
        beschrijvingen.push({ gemeente_id: gid, aanpak_id: aid, tekst: tekst(800 + Math.floor(r() * 1100)) });
        for (const ind of indicatoren) {
          const p = Math.min(0.95, Math.max(0.02, (k.xKans.get(ind.code) ?? 0.2) + neiging + ruis() / 2));
          const v = r();
          const oordeel = v < 0.01 ? 'onduidelijk' : v < 0.01 + p ? 'verbeterpunt' : 'voldoet';
          const letOp = r() < k.letOpKans ? tekst(40 + Math.floor(r() * 120)) : null;
          const lengte = k.bevindingLengtes.length ? kies(k.bevindingLengtes) : 250;
          const van = regel;
          const tot = regel + 1 + Math.floor(lengte / 90);
          regel = tot + 1;
          oordelen.push({
            aanpak_id: aid,
            gemeente_id: gid,
            indicator: ind.code,
            volgorde: ind.volgorde,
            oordeel,
            reden: oordeel === 'onduidelijk' ? '[Synthetisch] het teken kan niet worden geplaatst' : null,
            heeft_let_op: letOp !== null,
            gedeeld: false,
            blok: ind.code,
            mogelijk_onvolledig: r() < 0.02,
            bron_bestand: bestand,
            bron_van: van,
            bron_tot: tot,
            teken_regel: oordeel === 'onduidelijk' ? null : van,
          });
          teksten.push({
            aanpak_id: aid,
            gemeente_id: gid,
            indicator: ind.code,
            bevinding: tekst(Math.max(lengte, 20)),
            let_op: letOp,
            toelichting: null,
            bronnen: `${bestand}:${van}-${tot}`,
          });
        }
        for (const t of THEMAS) {
          conclusies.push({
            aanpak_id: aid,
            gemeente_id: gid,
            thema_code: t.code,
            goed: r() < 0.8 ? tekst(60 + Math.floor(r() * 240)) : null,
            beter: r() < 0.8 ? tekst(60 + Math.floor(r() * 240)) : null,
            onbepaald: null,
            bron: `${bestand}:${regel}-${regel + 3}`,
          });
          regel += 4;
        }
      }
    }
    gemeenten.push({
      gemeente_id: gid,
      naam: `Synthetische gemeente ${nr}`,
      provincie: provincies[g - 1] ?? null,
      inwoners,
      inwoners_tekst: `[Synthetisch] ${inwoners.toLocaleString('nl-NL')} inwoners`,
      huishoudens,
      huishoudens_tekst: `[Synthetisch] ${huishoudens.toLocaleString('nl-NL')} huishoudens`,
      ggsr_geschat: ggsr,
      ggsr_tekst: `[Synthetisch] naar schatting ${ggsr} gezinnen`,
      bronnen: bestanden.join(', '),
    });
    beschrijvingen.push({ gemeente_id: gid, aanpak_id: null, tekst: tekst(1200 + Math.floor(r() * 1400)) });
  }
  return { indicatoren, documenten, gemeenten, aanpakken, oordelen, teksten, conclusies, beschrijvingen };
}

/** Writes the synthetic dataset into `outDir` (never public/data), with the search index. */
export async function writeSynth(
  o: SynthOpties,
  outDir: string,
  k = kalibratieUitEchteData(),
  doel?: number,
): Promise<WrittenFile[]> {
  if (path.resolve(outDir) === REAL)
    throw new Error('synth: schrijft nooit naar public/data (gebruik --out MAP)');
  const t = synthTabellen(o, k);
  const woorden = await zoekWoorden(t.teksten);
  return writeTabellen(
    t,
    path.resolve(outDir),
    {
      dataset: `SYNTHETISCH — testgegevens, geen echte gemeenten of oordelen (${o.gemeenten} gemeenten, ${o.jaren} jaren, seed ${o.seed})`,
      synthetisch: true,
      bronnen: [],
    },
    { doel, zoekWoorden: woorden },
  );
}

function getal(argv: string[], naam: string, standaard: number): number {
  const i = argv.indexOf(naam);
  if (i < 0) return standaard;
  const v = Number(argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 1)
    throw new Error(`synth: ${naam} moet een positief geheel getal zijn`);
  return v;
}

async function main(argv: string[]): Promise<void> {
  const t0 = performance.now();
  const o: SynthOpties = {
    gemeenten: getal(argv, '--gemeenten', 342),
    jaren: getal(argv, '--jaren', 5),
    seed: getal(argv, '--seed', 1),
  };
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : path.join(root, 'data', 'synth');
  if (!out) throw new Error('synth: --out zonder map');
  // --deel-bytes: target size of a text part (default DEEL_DOEL_BYTES, 512 KiB); smaller gives more parts, for tests.
  const doel = argv.includes('--deel-bytes') ? getal(argv, '--deel-bytes', 0) : undefined;
  const written = await writeSynth(o, out, undefined, doel);
  const kern = written.find((w) => w.name === 'oordelen.arrow');
  const delen = written.filter((w) => w.gemeente_ids);
  const index = written.filter((w) => w.tekens);
  const aantal = (name: string) => written.find((w) => w.name === name)?.rows ?? 0;
  console.log(
    `synth: ${aantal('gemeenten.arrow')} gemeenten, ${aantal('aanpakken.arrow')} aanpakken, ` +
      `${kern?.rows ?? 0} oordelen, ${new Set(delen.map((d) => d.name.replace(/^.*-/, ''))).size} delen; ` +
      `oordelen.arrow ${kern?.bytes ?? 0} bytes, tekstdelen ${delen.reduce((s, d) => s + d.bytes, 0)} bytes, ` +
      `zoekindex ${index.length} delen ${index.reduce((s, d) => s + d.bytes, 0)} bytes; ` +
      `naar ${path.relative(root, path.resolve(out)) || out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('scripts/synth.ts')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
