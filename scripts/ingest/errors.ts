/** An ingest failure that a person can act on: names the file and, where known, the line. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${reason}`);
    this.name = 'IngestError';
  }
}
