/**
 * Issue #6, hostile URL parameters: markup, SQL, very long and NUL-containing values for every param.
 * Each gives a friendly Dutch message (English with taal=en) (that does not repeat the value), nothing throws, and no value ends
 * up in SQL text: what reaches DuckDB is a bound parameter, and it runs.
 */
/* eslint-disable no-control-regex -- the tests look for control characters on purpose */
import { afterAll, describe, expect, it } from 'vitest';
import { bevindingen, bevindingenAantal, zoekPatroon } from '../../src/model/queries-bevindingen';
import { formatUrl, parseUrl, RESERVED } from '../../src/store/url';
import { AANPAKKEN, GEMEENTEN } from '../scripts/ingest/fixtures';
import { DEFAULT_URL_STATE, type KnownIds } from '../../src/store/types';
import { bronConclusies, bronOordelen } from '../../src/model/queries-bron';
import { BRON_PARAMS } from '../../src/views/bronStaat';
import { heatmapQueries } from '../../src/views/heatmapQueries';
import { filterVan, leesTabelStaat, TABEL_PARAMS } from '../../src/views/bevindingen/staat';
import { useDb } from '../helpers/db';

const KNOWN: KnownIds = { gemeenten: GEMEENTEN, aanpakken: AANPAKKEN };

const HOSTILE: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
  "' OR 1=1 --",
  "emmen'; DROP TABLE oordelen; --",
  "x') UNION SELECT bevinding FROM oordelen --",
  "1; SELECT * FROM read_csv('https://example.org/x.csv')",
  "emmen.oggz~A9' OR '1'='1",
  'A9;ATTACH',
  'a'.repeat(10_000),
  '<b>'.repeat(3_334),
  'emmen\u0000',
  '\u0000',
  'A\u0000B',
  'emmen\r\nSet-Cookie: x=1',
  '\u202eemmen',
  '../../../etc/passwd',
  '%00%3Cscript%3E',
  'emmen,'.repeat(2_000),
];

const PARAMS: readonly string[] = [
  ...RESERVED,
  ...TABEL_PARAMS.map((p) => p.name),
  ...BRON_PARAMS.map((p) => p.name),
];
const EXTRAS = [...TABEL_PARAMS, ...BRON_PARAMS];

/** Whether a query's SQL text contains (a recognisable piece of) the hostile value. */
function inSql(sql: string, v: string): boolean {
  const piece = v.replace(/\u0000/g, '').slice(0, 20);
  return piece.length >= 4 && !/^[a-z.]+$/.test(piece) && sql.includes(piece);
}

const db = useDb();

let tried = 0;
afterAll(() => console.log(`url-hostile: ${tried} hostile inputs tried`));

describe.each(PARAMS)('hostile values for "%s"', (name) => {
  it('give a friendly message, no crash, no SQL from the value', async () => {
    for (const v of HOSTILE) {
      tried += 1;
      const search = `?${name}=${encodeURIComponent(v)}`;
      const { state, problems } = parseUrl(search, KNOWN, EXTRAS);

      // Nothing of the value is kept, except a free-text search that is safe text.
      const kept = name === 'zoek' && state.extra.zoek !== undefined;
      if (!kept) {
        expect(state.view, `${name}=${v.slice(0, 40)}`).toBe(DEFAULT_URL_STATE.view);
        expect(state.filters).toEqual(DEFAULT_URL_STATE.filters);
        expect(state.cel).toBeNull();
        expect(state.indicator).toBeNull();
        expect(state.extra).toEqual({});
        expect(state.taal).toBe('nl');
        expect(problems.length, `${name}=${v.slice(0, 40)}`).toBeGreaterThan(0);
      } else {
        expect(v).not.toMatch(/[<>\u0000-\u001f]/);
        expect(v.length).toBeLessThanOrEqual(200);
      }
      // Messages are short Dutch sentences that never repeat markup, SQL or control characters.
      for (const p of problems) {
        expect(p.length).toBeLessThan(200);
        expect(p).not.toMatch(/[<>\u0000-\u001f]|DROP|SELECT|alert/);
        expect(p).toMatch(/^(De|Het|Een|Bij)\b/);
      }
      // The canonical URL the app would write back holds nothing hostile besides a kept search.
      const url = formatUrl(state, EXTRAS);
      if (!kept) expect(url).toBe('?weergave=heatmap');

      // The queries the views would run: the value is never in the SQL text, only a bound parameter.
      const tabel = leesTabelStaat(state.extra);
      const qs = [
        ...Object.values(heatmapQueries(state.filters)),
        bevindingen(filterVan(tabel), tabel.sortering, tabel.pagina),
        bevindingenAantal(filterVan(tabel)),
        bronOordelen(v, v),
        bronConclusies(v, v),
      ];
      for (const q of qs) expect(inSql(q.sql, v), `${name}=${v.slice(0, 40)} in SQL`).toBe(false);
      if (kept) {
        const q = bevindingen(filterVan(tabel), tabel.sortering, tabel.pagina);
        expect(q.params).toContain(zoekPatroon(tabel.zoek));
        await expect(db.run(q)).resolves.toBeInstanceOf(Array);
      }
    }
  });
});

describe('every param hostile at once', () => {
  it('one friendly message per param, default state', () => {
    for (const v of HOSTILE.filter((x) => x.length < 100)) {
      tried += 1;
      const search = `?${PARAMS.map((n) => `${n}=${encodeURIComponent(v)}`).join('&')}`;
      const { state, problems } = parseUrl(search, KNOWN, EXTRAS);
      expect(state.filters).toEqual(DEFAULT_URL_STATE.filters);
      expect(state.cel).toBeNull();
      expect(state.taal).toBe('nl');
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  it('with taal=en, hostile values give English messages that never repeat the value', () => {
    for (const v of HOSTILE.filter((x) => x.length < 100)) {
      tried += 1;
      const search = `?taal=en&${PARAMS.filter((n) => n !== 'taal')
        .map((n) => `${n}=${encodeURIComponent(v)}`)
        .join('&')}`;
      const { state, problems } = parseUrl(search, KNOWN, EXTRAS);
      expect(state.taal).toBe('en');
      expect(state.filters).toEqual(DEFAULT_URL_STATE.filters);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p).not.toMatch(/[<>\u0000-\u001f]|DROP|SELECT|alert/);
        expect(p).toMatch(/^(The|An?|There)\b/);
      }
    }
  });

  it('a 10k-character search string is refused as a whole with one message', () => {
    tried += 1;
    const { state, problems } = parseUrl(`?zoek=${'a'.repeat(10_000)}`, KNOWN, TABEL_PARAMS);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems).toEqual(['De link is te lang en is daarom niet gebruikt.']);
  });
});
