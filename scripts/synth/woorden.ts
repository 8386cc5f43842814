/**
 * The words of the synthetic texts: a Zipf-like vocabulary (a few Dutch function and domain words
 * first, then made-up words of two and three syllables, frequency falling as 1/rank) and two made-up
 * local names per gemeente (a wijk and a partner), so that a rare word, like a real place name, is in
 * few text parts. Clearly synthetic: the made-up words mean nothing. Deterministic.
 */

const GEWOON = (
  'de het een en van in met voor bij op te is zijn wordt niet ook nog door naar over tussen binnen volgens ' +
  'aanpak zorg gezin overleg netwerk plan regie signaal casus partner team wijk afspraak werkwijze ' +
  'evaluatie overdracht registratie beleid uitvoering afstemming termijn verslag doel melding besluit ' +
  'één cliënt coördinatie financiële geïnformeerd ideeën categorieën privé'
).split(' ');

const LETTERGREPEN =
  'ka lo ven dri mo ster pa lin ga ber tro ne wi sa dor mu ke ra vel ti bo gen la fe rin do zu ma rië dé'.split(
    ' ',
  );

const PLAATS = ['veld', 'hoven', 'dijk', 'dam', 'burg', 'wijk'];

/** Chance that a word of a text is one of its gemeente's local names. */
export const LOKAAL_KANS = 0.03;

/** Made-up words of two and three syllables (the base-30 digits of `i`). */
function grepen(i: number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) {
    s = (LETTERGREPEN[i % LETTERGREPEN.length] ?? '') + s;
    i = Math.floor(i / LETTERGREPEN.length);
  }
  return s;
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface Vocabulaire {
  /** The words by rank. */
  readonly woorden: readonly string[];
  /** A word: with `u` < LOKAAL_KANS one of `lokaal`, else drawn by rank with `v` (both uniform in [0, 1)). */
  woord(u: number, v: number, lokaal: readonly string[]): string;
  /** The local names of gemeente `g` (1, 2, …), different for every gemeente. */
  lokaal(g: number): readonly string[];
}

/** The vocabulary: `GEWOON`, then made-up words, `aantal` in all. */
export function maakVocabulaire(aantal = 15_000): Vocabulaire {
  const n = LETTERGREPEN.length;
  const woorden = [...GEWOON];
  const gezien = new Set(woorden);
  for (let i = 0; woorden.length < aantal && i < n * n + n * n * n; i++) {
    const w = i < n * n ? grepen(i, 2) : grepen(i - n * n, 3);
    if (!gezien.has(w)) {
      gezien.add(w);
      woorden.push(w);
    }
  }
  const cumulatief = new Float64Array(woorden.length);
  let som = 0;
  woorden.forEach((_, i) => {
    som += 1 / (i + 1);
    cumulatief[i] = som;
  });
  const opRang = (v: number) => {
    const doel = v * som;
    let lo = 0;
    let hi = woorden.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulatief[mid] ?? 0) < doel) lo = mid + 1;
      else hi = mid;
    }
    return woorden[lo] ?? '';
  };
  return {
    woorden,
    woord: (u, v, lokaal) =>
      u < LOKAAL_KANS && lokaal.length
        ? (lokaal[Math.floor((u / LOKAAL_KANS) * lokaal.length)] ?? '')
        : opRang(v),
    lokaal: (g) => [
      hoofdletter(grepen((g * 7919) % n ** 4, 4)) + (PLAATS[g % PLAATS.length] ?? ''),
      `${hoofdletter(grepen((g * 7919 + 12345) % n ** 3, 3))}zorg`,
    ],
  };
}
