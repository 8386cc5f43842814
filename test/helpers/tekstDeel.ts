import type { DataBestand } from '../../src/db/manifest';

/** A made-up teksten part `teksten-00<nr>.arrow` of a manifest, holding these gemeenten. */
export const tekstDeel = (nr: number, ...gemeente_ids: string[]): DataBestand => ({
  name: `teksten-00${nr}.arrow`,
  tabel: 'teksten',
  bytes: 1,
  rows: 1,
  sha256: 'a'.repeat(64),
  gemeente_ids,
});
