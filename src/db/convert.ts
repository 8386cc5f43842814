const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = BigInt(Number.MIN_SAFE_INTEGER);

/**
 * Turns a value read from Arrow (or @duckdb/node-api) into plain JS: bigint -> number when it fits
 * (else a decimal string), Arrow vectors -> arrays, struct rows -> objects.
 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return v <= MAX && v >= MIN ? Number(v) : v.toString();
  if (typeof v !== 'object') return v;
  if (v instanceof Uint8Array || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>, toPlain);
  // Arrow struct rows -> object, Arrow vectors -> array.
  const withToJSON = v as { toJSON?: () => unknown };
  if (typeof withToJSON.toJSON === 'function') return toPlain(withToJSON.toJSON());
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
}

/** Rows of an Arrow table (anything with `toArray()` of struct rows) as plain objects. */
export function tableToObjects(table: { toArray(): ArrayLike<unknown> }): Record<string, unknown>[] {
  return Array.from(table.toArray(), (row) => toPlain(row) as Record<string, unknown>);
}
