/** Dutch interface text where the interface is English (used by the language tests). */
import type { Page } from 'playwright-core';

/** Dutch words that do not occur in English text (whole words, case-insensitive). */
export const NL_WOORDEN = [
  'de',
  'het',
  'een',
  'van',
  'niet',
  'voor',
  'zijn',
  'wordt',
  'worden',
  'deze',
  'naar',
  'bij',
  'ook',
  'geen',
  'alle',
  'wat',
  'uit',
  'kan',
  'en',
  'gemeente',
  'gemeenten',
  'bevinding',
  'bevindingen',
  'aanpak',
  'aanpakken',
  'voldoet',
  'verbeterpunt',
  'verbeterpunten',
  'onduidelijk',
  'indicatoren',
  'toetsingskader',
  'thema',
  'kies',
  'laden',
];

/**
 * Visible text nodes of the page outside any `[lang="nl"]` element that contain a Dutch word, each
 * with the word and a little context. Runs in the page.
 */
export function dutchOutsideNl(page: Page): Promise<string[]> {
  return page.evaluate((woorden) => {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_-])(${woorden.join('|')})(?=$|[^\\p{L}\\p{N}_-])`, 'giu');
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      if (!el || !text.trim()) continue;
      // A textarea holds a value (e.g. the embed code to copy, #19), not interface text.
      if (el.closest('script, style, noscript, textarea, [lang="nl"], [hidden], [aria-hidden="true"]'))
        continue;
      if (!el.checkVisibility()) continue;
      // "EN 301 549" is a standard, not the Dutch "en": that one is only matched in lower case.
      const m = [...text.matchAll(re)].find((x) => x[2] !== 'EN');
      if (m)
        hits.push(
          `"${m[2]}" in <${el.tagName.toLowerCase()} class="${el.className}">: ${text.trim().slice(0, 80)}`,
        );
    }
    return hits;
  }, NL_WOORDEN);
}
