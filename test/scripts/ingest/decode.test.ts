import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../scripts/ingest/decode';

describe('decodeSource', () => {
  it('decodeSource drops trailing spaces but keeps trailing tabs, the empty last cell of a tab row', () => {
    const text = 'Kop  \nHet gezin staat centraal.\t\n\tEr is geen beleid. \t \r\nSlot\u00a0';
    expect(decodeSource('a.txt', new TextEncoder().encode(text)).lines.map((l) => l.text)).toEqual([
      'Kop',
      'Het gezin staat centraal.\t',
      '\tEr is geen beleid. \t',
      'Slot',
    ]);
  });
});
