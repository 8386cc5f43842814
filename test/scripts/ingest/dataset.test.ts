import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset, type OordeelRow } from '../../../scripts/ingest/dataset';
import { AANTAL_GEZINNEN, EXPECTED_X, SEEDS, expectedMarks, seed } from './fixtures';

const all = buildDataset(Object.values(SEEDS).map(seed));
const only = (name: string) => buildDataset([seed(name)]);

function oordeel(ds: Dataset, aanpakId: string, code: string): OordeelRow {
  const row = ds.oordelen.find((o) => o.aanpak_id === aanpakId && o.indicator === code);
  if (!row) throw new Error(`no oordeel ${aanpakId} ${code}`);
  return row;
}

const marksOf = (ds: Dataset, aanpakId: string) =>
  Object.fromEntries(
    ds.oordelen.filter((o) => o.aanpak_id === aanpakId).map((o) => [o.indicator, o.oordeel]),
  );

describe('buildDataset on the five seed factsheets', () => {
  it('finds 4 gemeenten and the 7 aanpakken named in the factsheets', () => {
    expect(all.gemeenten.map((g) => g.naam)).toEqual(['Dordrecht', 'Emmen', 'Gouda', 'Oosterhout']);
    expect(all.aanpakken.map((a) => a.aanpak_id).sort()).toEqual(Object.keys(EXPECTED_X).sort());
  });

  it('gives every aanpak exactly its 30 oordelen', () => {
    for (const id of Object.keys(EXPECTED_X)) {
      const codes = all.oordelen.filter((o) => o.aanpak_id === id).map((o) => o.indicator);
      expect(new Set(codes).size, id).toBe(30);
      expect(codes.length, id).toBe(30);
    }
    expect(all.oordelen).toHaveLength(210);
  });

  it.each(Object.entries(EXPECTED_X))('reads every √ and X of %s as printed', (id, xs) => {
    expect(marksOf(all, id)).toEqual(expectedMarks(xs));
  });

  it('accounts for every mark in every table: found equals used', () => {
    expect(all.report).toHaveLength(9);
    for (const line of all.report) {
      expect(line.tekensGebruikt, `${line.bestand} ${line.aanpak}`).toBe(line.tekensGevonden);
      expect(line.oordelen).toBe(30);
    }
    const gouda = all.report.find((r) => r.aanpak === 'MPG-overleg');
    // Gouda: 22 single rows + visie/beleid/doelen (2 marks) + 4 evaluation rows (2 marks) + S3/S4 (1 mark) = 27? No:
    // 30 indicators - 3 - 4 - 2 = 21 single marks, plus 2 + 2 + 1 = 26 marks in the tables.
    expect(gouda?.tekensGevonden).toBe(26);
  });

  it('shares one mark over a merged block and says so', () => {
    const g = ['G1', 'G2', 'G3'].map((c) => oordeel(all, 'emmen.oggz', c));
    for (const row of g) {
      expect(row.oordeel).toBe('verbeterpunt');
      expect(row.gedeeld).toBe(true);
      expect(row.blok).toBe('G1,G2,G3');
      expect(row.bevinding).toMatch(/^Het OGGz beleid maakt onderdeel uit van het prestatieveld/);
      expect(row.teken_regel).toBe(733);
    }
  });

  it('places stacked marks by paragraph, with the LET OP on the paragraph it follows (Oosterhout, raw layout)', () => {
    const ds = only(SEEDS.oosterhoutRaw);
    const a1 = oordeel(ds, 'oosterhout.gezinsmanager', 'A1');
    const a2 = oordeel(ds, 'oosterhout.gezinsmanager', 'A2');
    const a3 = oordeel(ds, 'oosterhout.gezinsmanager', 'A3');
    expect([a1.oordeel, a2.oordeel, a3.oordeel]).toEqual(['voldoet', 'verbeterpunt', 'voldoet']);
    expect(a1.let_op).toBe('Dit beleid is niet specifiek voor de groep GGSR.');
    expect(a2.let_op).toBeNull();
    expect(a2.bevinding).toBe(
      'De gemeente geeft aan dat er nog geen sprake is van een gezamenlijke visie op de aanpak voor GGSR.',
    );
    expect(a3.bevinding).toMatch(/^De ondervraagden geven allemaal aan dat afname van criminaliteit/);
    expect([a1.teken_regel, a2.teken_regel, a3.teken_regel]).toEqual([382, 384, 386]);
    expect(a2.gedeeld).toBe(false);
  });

  it('recognises indicators whose label lost a line in extraction (Gouda A8, A9)', () => {
    const a8 = oordeel(all, 'gouda.mpg-overleg', 'A8');
    const a9 = oordeel(all, 'gouda.mpg-overleg', 'A9');
    expect(a8.bevinding).toMatch(/^Het Meldpunt Zorg en Overlast wijst een procesregisseur aan/);
    expect(a9.oordeel).toBe('voldoet');
    expect(a9.bevinding).toMatch(/^De procesregisseur kan zelfstandig beslissingen nemen/);
    expect(a9.teken_regel).toBe(424);
  });

  it('maps a block printed out of framework order by its text (Gouda: visie before beleid)', () => {
    for (const c of ['A1', 'A2', 'A3']) {
      const row = oordeel(all, 'gouda.mpg-overleg', c);
      expect(row.oordeel).toBe('voldoet');
      expect(row.blok).toBe('A2,A1,A3');
    }
  });

  it('does not trust a misplaced thema header (Dordrecht prints "Samenwerking" above Vasthoudend)', () => {
    expect(oordeel(all, 'dordrecht.reset-thuisbegeleiding', 'A13').bevinding).toMatch(
      /^De ondervraagden beschrijven allen een outreachende werkwijze/,
    );
    expect(oordeel(all, 'dordrecht.reset-thuisbegeleiding', 'A14').oordeel).toBe('verbeterpunt');
  });

  it('splits a stacked block into paragraphs by meaning when line breaks do not (Dordrecht Reset A1-A3)', () => {
    const a2 = oordeel(all, 'dordrecht.reset-thuisbegeleiding', 'A2');
    expect(a2.bevinding).toBe(
      'De gemeente zegt niet te weten of er een gezamenlijke visie is ontwikkeld op de aanpak voor GGSR.',
    );
    expect(oordeel(all, 'dordrecht.reset-thuisbegeleiding', 'A3').bevinding).toMatch(
      /^De doelen zijn erop gericht.*Dat er weer rust, ruimte en regelmaat/s,
    );
  });

  it('flags a bevinding that starts mid-sentence because extraction lost its first line (Gouda T1)', () => {
    const t1 = oordeel(all, 'gouda.mpg-overleg', 'T1');
    expect(t1.oordeel).toBe('voldoet');
    expect(t1.mogelijk_onvolledig).toBe(true);
    expect(t1.let_op).toMatch(/^Eén netwerkpartner omschrijft de doelgroep veel breder/);
  });

  it('reads the context figures of each gemeente', () => {
    const g = Object.fromEntries(all.gemeenten.map((x) => [x.gemeente_id, x]));
    expect([g.oosterhout?.inwoners, g.oosterhout?.huishoudens, g.oosterhout?.ggsr_geschat]).toEqual([
      54000,
      8400,
      null,
    ]);
    expect([g.gouda?.inwoners, g.gouda?.huishoudens, g.gouda?.ggsr_geschat]).toEqual([71000, 11000, null]);
    expect([g.emmen?.inwoners, g.emmen?.huishoudens, g.emmen?.ggsr_geschat]).toEqual([109000, 16849, 1000]);
    expect([g.dordrecht?.inwoners, g.dordrecht?.huishoudens, g.dordrecht?.ggsr_geschat]).toEqual([
      120000, 19000, 80,
    ]);
    expect(g.oosterhout?.inwoners_tekst).toBe('ruim 54.000 inwoners');
    expect(g.emmen?.context).not.toMatch(/In deze factsheet leest u/);
    expect(g.emmen?.context).toMatch(/experiment ‘De Toegang’/);
  });

  it('reads netwerkpartners and the number of gezinnen per aanpak', () => {
    const a = Object.fromEntries(all.aanpakken.map((x) => [x.aanpak_id, x]));
    expect(a['oosterhout.gezinsmanager']?.netwerkpartners.split('\n')).toEqual([
      'Multivision',
      'GGD West-Brabant',
      'Surplus Welzijn',
    ]);
    expect(a['emmen.cjg-aanpak']?.netwerkpartners.split('\n')).toEqual(['CJG', 'Icare']);
    expect(Object.fromEntries(all.aanpakken.map((x) => [x.aanpak_id, x.aantal_gezinnen]))).toEqual(
      AANTAL_GEZINNEN,
    );
  });

  it('keeps conclusion columns where the source shows them, and marks them undetermined where it does not', () => {
    const tab = only(SEEDS.oosterhoutTab).conclusies.find(
      (c) => c.aanpak_id === 'oosterhout.bemoeizorg' && c.thema_code === 'T',
    );
    expect(tab?.goed).toBeNull();
    expect(tab?.beter?.split('\n\n')).toHaveLength(2);
    expect(tab?.beter).toMatch(/^De gemeente en de netwerkpartners beschrijven de doelgroep niet/);
    const raw = only(SEEDS.oosterhoutRaw).conclusies.find(
      (c) => c.aanpak_id === 'oosterhout.bemoeizorg' && c.thema_code === 'T',
    );
    expect(raw?.goed).toBeNull();
    expect(raw?.beter).toBeNull();
    expect(raw?.onbepaald).toMatch(/^De gemeente en de netwerkpartners beschrijven de doelgroep niet/);
    expect(all.conclusies).toHaveLength(35);
  });

  it('keeps a goed cell whose beter cell is empty (Oosterhout Bemoeizorg, Gezin centraal; a trailing tab)', () => {
    // Line 277 of 001 (tab layout), under "Wat gaat goed?⇥Wat kan beter?": the text, a tab, nothing after it.
    const goed =
      'Het uitgangspunt van de aanpak is het gezin en zijn sociale netwerk centraal te stellen. De behoefte van het gezin is daarbij het uitgangspunt.';
    const gezin = (ds: Dataset) =>
      ds.conclusies.find((c) => c.aanpak_id === 'oosterhout.bemoeizorg' && c.thema_code === 'G');
    expect(gezin(only(SEEDS.oosterhoutTab))).toMatchObject({
      goed,
      beter: null,
      onbepaald: null,
      bron: `${SEEDS.oosterhoutTab}:275-277`,
    });
    // The merged gemeente takes its conclusies from the tab copy, which shows the column.
    expect(gezin(all)).toMatchObject({ goed, beter: null, onbepaald: null });
  });

  it('reads the same oordelen from both layouts of the Oosterhout factsheet', () => {
    const raw = only(SEEDS.oosterhoutRaw).oordelen;
    const tab = only(SEEDS.oosterhoutTab).oordelen;
    expect(raw.map((o) => [o.aanpak_id, o.indicator, o.oordeel])).toEqual(
      tab.map((o) => [o.aanpak_id, o.indicator, o.oordeel]),
    );
    expect(raw.map((o) => o.let_op !== null)).toEqual(tab.map((o) => o.let_op !== null));
  });

  it('merges the two Oosterhout copies into one gemeente that keeps both sources', () => {
    const oosterhout = all.gemeenten.find((g) => g.gemeente_id === 'oosterhout');
    expect(oosterhout?.bronnen).toBe(`${SEEDS.oosterhoutRaw}, ${SEEDS.oosterhoutTab}`);
    const a9 = oordeel(all, 'oosterhout.gezinsmanager', 'A9');
    expect(a9.bronnen).toBe(`${SEEDS.oosterhoutTab}:107-107; ${SEEDS.oosterhoutRaw}:462-468`);
    expect(all.merges).toHaveLength(1);
  });
});
