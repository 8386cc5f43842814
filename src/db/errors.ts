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

/** Loading DuckDB or the data files failed; `message` is Dutch and can be shown to the user. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** Dutch text for any error thrown by the data seam, suitable to show on the page. */
export function userMessage(err: unknown): string {
  if (err instanceof DataLoadError) return err.message;
  if (err instanceof QueryError) {
    return 'De gegevens voor dit onderdeel konden niet worden opgehaald. Laad de pagina opnieuw.';
  }
  return 'Er ging iets mis. Laad de pagina opnieuw.';
}

/** Technical details for a `<details>` block (English, for whoever reports the problem). */
export function technicalMessage(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `\nCause: ${err.cause.message}` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
