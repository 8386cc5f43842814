import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableToObjects, toPlain } from '../../src/db/convert';
import { DataLoadError, QueryError, userMessage } from '../../src/db/errors';
import { queryKey } from '../../src/db/query';

describe('toPlain / tableToObjects', () => {
  it('turns safe bigints into numbers and unsafe ones into strings', () => {
    expect(toPlain(42n)).toBe(42);
    expect(toPlain(2n ** 60n)).toBe('1152921504606846976');
    expect(toPlain({ a: [1n, null, undefined], b: { c: 'x' } })).toEqual({
      a: [1, null, null],
      b: { c: 'x' },
    });
  });

  it('reads Arrow struct rows and list vectors as plain objects and arrays', () => {
    const t = tableFromArrays({ n: BigInt64Array.from([1n, 2n]), s: ['a', 'b'] });
    expect(tableToObjects(t)).toEqual([
      { n: 1, s: 'a' },
      { n: 2, s: 'b' },
    ]);
  });
});

describe('errors', () => {
  it('QueryError keeps sql and params and says how to reproduce', () => {
    const e = new QueryError(
      { sql: 'SELECT *\n FROM nope WHERE x = $1', params: ['emmen'] },
      new Error('Table nope does not exist'),
    );
    expect(e).toBeInstanceOf(Error);
    expect(e.sql).toContain('FROM nope');
    expect(e.params).toEqual(['emmen']);
    expect(e.message).toContain('Table nope does not exist');
    expect(e.message).toContain('SELECT * FROM nope WHERE x = $1');
    expect(e.message).toContain('["emmen"]');
    expect(userMessage(e)).toMatch(/^De gegevens/);
  });

  it('DataLoadError messages are shown as they are', () => {
    expect(userMessage(new DataLoadError('Het bestand x.arrow is beschadigd.'))).toBe(
      'Het bestand x.arrow is beschadigd.',
    );
    expect(userMessage(new Error('boom'))).toMatch(/Er ging iets mis/);
  });

  it('queryKey separates sql and params', () => {
    expect(queryKey({ sql: 'a', params: ['b'] })).not.toBe(queryKey({ sql: 'a', params: ['c'] }));
  });
});
