import { describe, expect, it } from 'vitest';
import {
  fragment,
  gatenIn,
  gatenJson,
  gatenVanConclusie,
  gatenVanOordeel,
} from '../../../scripts/ingest/gaten';

/** The offset of the text that follows `voor` in `tekst`: where a gap right after `voor` sits. */
const na = (tekst: string, voor: string) => {
  const i = tekst.indexOf(voor);
  if (i < 0) throw new Error(`"${voor}" not in "${tekst}"`);
  return i + voor.length;
};

/** Asserts that gatenIn finds no gap in any of the texts. */
const geenGaten = (teksten: readonly string[]) => {
  for (const t of teksten) expect(gatenIn(t), t).toEqual([]);
};

describe('gatenIn: a sentence that restarts in lower case', () => {
  it('gatenIn flags lower case after a full stop, at the first letter of the orphaned sentence', () => {
    const t = 'Er zijn afspraken gemaakt. netwerkpartners geven aan dat dit werkt.';
    expect(gatenIn(t)).toEqual([{ offset: na(t, 'gemaakt. '), reden: 'kleine-letter-na-punt' }]);
    expect(t.slice(na(t, 'gemaakt. '))).toMatch(/^netwerkpartners/);
  });

  it('gatenIn flags lower case after a question or exclamation mark, and after a full stop and a quote', () => {
    expect(gatenIn('Wie doet wat? niemand weet het.')).toEqual([
      { offset: 14, reden: 'kleine-letter-na-punt' },
    ]);
    expect(gatenIn('Dit staat in ‘het plan.’ de rest ontbreekt.')).toEqual([
      { offset: 25, reden: 'kleine-letter-na-punt' },
    ]);
  });

  it('gatenIn does not flag lower case after abbreviations, initials or numbered items', () => {
    geenGaten([
      'Principes zijn o.a. het versterken van de eigen kracht.',
      'Er zijn wachtlijsten (bijv. bij BJZ) en vertraging (bv. door de indicatie).',
      'Afspraken m.b.t. de caseload en i.s.m. de GGD, e.d. worden gemaakt.',
      'De mate van zelfredzaamheid c.q. eigen kracht is een punt van aandacht.',
      'Huisarts, politie, woningbouw etc. zijn betrokken.',
      'Het convenant loopt van 2011 t/m 2015 en geldt voor alle partners.',
      'De stappen zijn: 1. het signaal onderzoeken, 2. contact leggen en ii. afsluiten.',
      'Volgens J. de Vries en dhr. van Dam is dit geregeld.',
      'De stuurgroep (zie p. drie) besluit. Het plan volgt.',
      'Er is een wachtlijst van ca. twee maanden... daarna volgt zorg.',
    ]);
  });

  it("gatenIn does not flag a sentence that starts with 's, a web address or a name such as eHealth", () => {
    geenGaten([
      "Het overleg is overdag. 's Avonds is er een noodnummer.",
      'Meer staat op de website. www.toezichtggsr.nl geeft de details.',
      'Het plan is digitaal. eHealth wordt ingezet in alle gezinnen.',
      'Informatie komt van de jGGZ. De eisen zijn streng.',
    ]);
  });

  it('gatenIn flags a text or paragraph that starts in lower case, but not a LET OP or a list item after a colon', () => {
    expect(gatenIn('op gang is gekomen. Dit is niet gebonden aan een termijn.')).toEqual([
      { offset: 0, reden: 'begint-midden-in-zin' },
    ]);
    const t = 'De aanpak loopt goed.\n\nwaardoor de zorg doorgaat.';
    expect(gatenIn(t)).toEqual([{ offset: na(t, '\n\n'), reden: 'begint-midden-in-zin' }]);
    expect(gatenIn('er zijn geen afspraken over de caseload.', { letOp: true })).toEqual([]);
    expect(gatenIn('De principes zijn:\n\ngericht op de vraag\n\ngebaseerd op eigen kracht.')).toEqual([]);
    const t2 = 'De principes zijn:\n\ngericht op de vraag.\n\nwaardoor de zorg doorgaat.';
    expect(gatenIn(t2)).toEqual([{ offset: na(t2, 'vraag.\n\n'), reden: 'begint-midden-in-zin' }]);
  });
});

describe('gatenIn: a text that breaks off', () => {
  it('gatenIn flags a word hyphenated at a line end whose continuation is missing, at the text end', () => {
    const t = 'Er zijn geen afspraken gemaakt om te voor-';
    expect(gatenIn(t)).toEqual([{ offset: t.length, reden: 'afgebroken-woord' }]);
  });

  it('gatenIn flags a hyphenated word followed by a new sentence, not a shared or mistyped compound', () => {
    const t = 'De gemeente regelt de zorg en onder- De netwerkpartners zijn betrokken.';
    expect(gatenIn(t)).toEqual([{ offset: na(t, 'onder- '), reden: 'afgebroken-woord' }]);
    geenGaten([
      'Jeugd- en volwassenenzorg is vertegenwoordigd.',
      'Dwang- of drangmaatregelen worden niet ingezet.',
      'Uit de documentatie voor de OGGz- aanpak blijkt dit niet.',
      'De regio Midden- Holland werkt samen.',
    ]);
  });

  it('gatenIn flags a text that stops mid-sentence, on a function word or without a full stop at its end', () => {
    const t = 'De netwerkpartners geven aan dat zij hierbij';
    expect(gatenIn(t)).toEqual([{ offset: t.length, reden: 'eindigt-midden-in-zin' }]);
    const u = 'Er zijn geen afspraken over wachten op zorg en ondersteuning';
    expect(gatenIn(u)).toEqual([{ offset: u.length, reden: 'eindigt-midden-in-zin' }]);
    const v = 'De vijf thema’s zijn:';
    expect(gatenIn(v)).toEqual([{ offset: v.length, reden: 'eindigt-midden-in-zin' }]);
  });

  it('gatenIn lets a missing full stop right before the LET OP pass, unless the text ends on a function word', () => {
    const t = 'Er is een centrale persoon die de zorg en ondersteuning op elkaar afstemt';
    expect(gatenIn(t, { eindeVoorLetOp: true })).toEqual([]);
    expect(gatenIn(t)).toEqual([{ offset: t.length, reden: 'eindigt-midden-in-zin' }]);
    const u = 'Er is een centrale persoon die de zorg en';
    expect(gatenIn(u, { eindeVoorLetOp: true })).toEqual([
      { offset: u.length, reden: 'eindigt-midden-in-zin' },
    ]);
  });

  it('gatenIn accepts texts that end with a closing bracket or quote, and a list that closes a paragraph', () => {
    geenGaten([
      'Het staat in het ‘Regionaal Convenant OGGz’',
      'Het plan is besproken (met de ouders)',
      'Betrokken zijn:\n\nhet onderwijs;\n\nde politie.',
      'Beoordeeld worden:\n\nAanpak Gezinsmanagement\n\nAanpak Bemoeizorg',
    ]);
  });

  it('gatenIn flags "de" directly before a conjunction or article, not "de een" (the one)', () => {
    const t = 'Hij beschikt over mogelijkheden om de en opbouwen van kennis.';
    expect(gatenIn(t)).toEqual([{ offset: na(t, 'om de '), reden: 'los-lidwoord' }]);
    expect(gatenIn('De een stelt dat er geen afspraken zijn. De ander zegt van wel.')).toEqual([]);
  });
});

describe('gatenIn: a cut LET OP', () => {
  it('gatenIn flags "LET OP:" with nothing after it, and a LET OP that is only a fragment', () => {
    expect(gatenIn('', { letOp: true })).toEqual([{ offset: 0, reden: 'let-op-afgebroken' }]);
    const t = 'Eén netwerkpartner omschrijft de doelgroep';
    expect(gatenIn(t, { letOp: true })).toEqual([{ offset: t.length, reden: 'let-op-afgebroken' }]);
    expect(gatenIn('Alleen onderwijs komt niet voor.', { letOp: true })).toEqual([]);
  });

  it('gatenIn flags a bevinding that ends in "LET OP" without its colon and text', () => {
    const t = 'De regisseur is voldoende toegerust. LET OP';
    expect(gatenIn(t)).toEqual([{ offset: t.length, reden: 'let-op-afgebroken' }]);
  });

  it('gatenIn calls an empty bevinding geen-tekst', () => {
    expect(gatenIn('')).toEqual([{ offset: 0, reden: 'geen-tekst' }]);
  });
});

describe('gaten per field and as a column', () => {
  it('gatenVanOordeel reports the bevinding, then the LET OP, each with offsets into its own text', () => {
    const bevinding = 'Er wordt gewerkt met één plan. netwerkpartners volgen het';
    const letOp = 'Het plan is niet altijd';
    expect(gatenVanOordeel(bevinding, letOp)).toEqual([
      { veld: 'bevinding', offset: na(bevinding, 'plan. '), reden: 'kleine-letter-na-punt' },
      { veld: 'bevinding', offset: bevinding.length, reden: 'eindigt-midden-in-zin' },
      { veld: 'let_op', offset: letOp.length, reden: 'let-op-afgebroken' },
    ]);
    expect(gatenVanOordeel('Alles is geregeld.', null)).toEqual([]);
  });

  it('gatenVanConclusie checks goed, beter and onbepaald and skips an empty column', () => {
    const beter = 'Er zijn geen afspraken gemaakt. waardoor de continuïteit onder druk staat.';
    expect(gatenVanConclusie({ goed: 'Het meldpunt werkt.', beter, onbepaald: null })).toEqual([
      { veld: 'beter', offset: na(beter, 'gemaakt. '), reden: 'kleine-letter-na-punt' },
    ]);
  });

  it('gatenJson writes null without gaps and the same compact JSON array for the same gaps', () => {
    expect(gatenJson([])).toBeNull();
    const g = [{ veld: 'let_op', offset: 0, reden: 'let-op-afgebroken' }] as const;
    expect(gatenJson(g)).toBe('[{"veld":"let_op","offset":0,"reden":"let-op-afgebroken"}]');
  });

  it('fragment marks the gap with […] and keeps whole words on one line', () => {
    const t =
      'Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat gezinnen moeten wachten.\n\nnetwerkpartners geven aan dat de hulp niet altijd op tijd kan worden geboden.';
    const f = fragment(t, na(t, '\n\n'));
    expect(f).toBe('…voorkomen dat gezinnen moeten wachten. ¶ […] netwerkpartners geven aan dat de hulp…');
    expect(fragment('de zorg', 0)).toBe('[…] de zorg');
  });
});
