import { describe, expect, it } from 'vitest';
import { parseConclusies } from '../../../../scripts/ingest/conclusies';
import { decodeSource } from '../../../../scripts/ingest/decode';
import { TAB_COLUMNS } from '../../../../scripts/ingest/layouts/tab';

const conclusiesOf = (text: string) =>
  parseConclusies(decodeSource('c.txt', new TextEncoder().encode(text)).lines, TAB_COLUMNS);

describe('TAB_COLUMNS', () => {
  it('parseConclusies with TAB_COLUMNS keeps a goed cell whose beter cell is empty (a trailing tab)', () => {
    const text = [
      'Gezin centraal\t',
      'Wat gaat goed?\tWat kan beter?',
      'Het gezin staat centraal.\t',
      'Aanpak\t',
      'Wat gaat goed?\tWat kan beter?',
      '\tEr is geen beleid.',
      'Samenwerking\t',
      'Wat gaat goed?\tWat kan beter?',
      // Spaces after the tab and a CRLF line end: still a row with an empty beter cell.
      'Er zijn afspraken gemaakt.\t  \r',
      'Continu\t',
      'Wat gaat goed?\tWat kan beter?',
      '<p>De nazorg is belegd.</p>\t<p>Er zijn geen afspraken.</p>',
      '',
    ].join('\n');
    expect(
      conclusiesOf(text).map(({ thema, goed, beter, onbepaald }) => ({ thema, goed, beter, onbepaald })),
    ).toEqual([
      { thema: 'Gezin centraal', goed: ['Het gezin staat centraal.'], beter: [], onbepaald: [] },
      { thema: 'Aanpak', goed: [], beter: ['Er is geen beleid.'], onbepaald: [] },
      { thema: 'Samenwerking', goed: ['Er zijn afspraken gemaakt.'], beter: [], onbepaald: [] },
      { thema: 'Continu', goed: ['De nazorg is belegd.'], beter: ['Er zijn geen afspraken.'], onbepaald: [] },
    ]);
  });

  it('parseConclusies with TAB_COLUMNS keeps a row of three cells whole, as onbepaald text', () => {
    const text = [
      'Gezin centraal\t',
      'Wat gaat goed?\tWat kan beter?',
      'Het gezin staat centraal.\tEr is geen plan.\tDe nazorg ontbreekt.',
      '',
    ].join('\n');
    const [c] = conclusiesOf(text);
    expect(c?.goed).toEqual([]);
    expect(c?.beter).toEqual([]);
    const tekst = (c?.onbepaald ?? []).join(' ');
    for (const deel of ['Het gezin staat centraal.', 'Er is geen plan.', 'De nazorg ontbreekt.'])
      expect(tekst).toContain(deel);
  });
});
