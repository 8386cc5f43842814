/** Plain-JS reference for the search: the text case-, accent- and whitespace-insensitive. */
export const zoekNorm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
