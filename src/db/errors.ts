import { vertaal, vul, type Taal, type Tekst, type Waarden } from '../i18n/core';
import { fout } from '../i18n/berichten';
import type { Query, SqlParam } from './query';

function messageOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

/** A query failed in DuckDB. Holds the statement and parameters so it can be reproduced. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  readonly sql: string;
  readonly params: readonly SqlParam[];

  constructor(q: Query<unknown>, cause: unknown) {
    const sqlHead = q.sql.replace(/\s+/g, ' ').trim().slice(0, 300);
    super(
      `Query failed: ${messageOf(cause)}\n` +
        `SQL: ${sqlHead}\n` +
        `Params (${q.params.length}): ${JSON.stringify(q.params).slice(0, 300)}\n` +
        'Check the statement and the number/types of parameters; run it with the same params in DuckDB to reproduce.',
      { cause },
    );
    this.sql = q.sql;
    this.params = q.params;
  }
}

/** A message in both languages with its placeholders filled (for `DataLoadError`). */
export function bericht(m: Tekst, waarden?: Waarden): Tekst {
  return { nl: vul('nl', m.nl, waarden), en: vul('en', m.en, waarden) };
}

/**
 * Loading DuckDB or the data files failed. `tekst` can be shown to the user in either language
 * (`message` is the Dutch form); a plain string is used for both.
 */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  readonly tekst: Tekst;
  constructor(message: string | Tekst, cause?: unknown) {
    const tekst = typeof message === 'string' ? { nl: message, en: message } : message;
    super(tekst.nl, cause === undefined ? undefined : { cause });
    this.tekst = tekst;
  }
}

/** Text for any error thrown by the data seam, suitable to show on the page (Dutch by default). */
export function userMessage(err: unknown, taal: Taal = 'nl'): string {
  if (err instanceof DataLoadError) return err.tekst[taal];
  if (err instanceof QueryError) return vertaal(taal, fout.queryMislukt);
  return vertaal(taal, fout.onbekend);
}

/** Technical details for a `<details>` block (English, for whoever reports the problem). */
export function technicalMessage(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `\nCause: ${err.cause.message}` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
