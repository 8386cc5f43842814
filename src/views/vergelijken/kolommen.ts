/** Number of data columns, for the table width in Vergelijken.css (`.kolommen-N` sets `--kolommen`). */
export const kolommenKlasse = (n: number) => `kolommen-${Math.min(Math.max(n, 1), 4)}`;
