import { INDICATOR_CODES, THEMAS } from '../../src/model/toetsingskader';
import { IngestError } from './errors';
import { isPieceOfIndicator } from './labels';
import type { Block, Mark, Oordeel, Para, ParsedAanpak, ParsedDocument } from './types';

/** One aanpak x indicator, as the ingest decided it, with the lines it came from. */
export interface OordeelRecord {
  readonly indicator: string;
  readonly oordeel: Oordeel;
  /** Why the oordeel is `onduidelijk`; null otherwise. */
  readonly reden: string | null;
  readonly bevinding: string;
  readonly letOp: string | null;
  /** True when one mark covers several indicators of a merged block. */
  readonly gedeeld: boolean;
  /** The indicator codes of the merged block this oordeel stands in. */
  readonly blok: readonly string[];
  /** How the mark was placed, when that took more than reading one row. */
  readonly toelichting: string | null;
  /** The bevinding starts mid-sentence: extraction probably lost a line. */
  readonly mogelijkOnvolledig: boolean;
  readonly van: number;
  readonly tot: number;
  /** Line of the mark this oordeel rests on; null when onduidelijk. */
  readonly tekenRegel: number | null;
}

export interface AssembledAanpak {
  readonly parsed: ParsedAanpak;
  readonly oordelen: readonly OordeelRecord[];
  readonly marksFound: number;
  readonly marksUsed: number;
}

const KEYWORDS: Record<string, RegExp> = {
  A1: /\b(beleid|nota)\b/i,
  A2: /\bvisie\b/i,
  A3: /\bdoel(en)?\b/i,
  A4: /\bbijgehouden\b/i,
  A7: /\b(bijgesteld|bijstelling(en)?|voortgezet|voort te zetten|gecontinueerd)\b/i,
  G1: /\beigen kracht|zelfredzaamheid/i,
  G2: /\bsociale netwerk|steunsysteem/i,
  G3: /\bbehoeften?\b/i,
};

const SYMBOL: Record<string, string> = { voldoet: '√', verbeterpunt: 'X' };

function hits(para: Para, codes: readonly string[]): string[] {
  const text = `${para.bevinding} ${para.letOp ?? ''}`;
  return codes.filter((c) => KEYWORDS[c]?.test(text));
}

function mergeParas(paras: readonly Para[]): Para {
  const first = paras[0] as Para;
  const last = paras[paras.length - 1] as Para;
  const letOps = paras.map((p) => p.letOp).filter((x): x is string => x !== null);
  return {
    mark: first.mark,
    bevinding: paras
      .map((p) => p.bevinding)
      .filter((b) => b !== '')
      .join('\n\n'),
    letOp: letOps.length > 0 ? letOps.join('\n\n') : null,
    from: first.from,
    to: last.to,
  };
}

/**
 * Groups the body text of a block into `k` paragraphs, one per mark, when the source shows the
 * boundaries or exactly one grouping of the line chunks agrees with what each chunk is about.
 */
function alignParas(block: Block, codes: readonly string[], k: number): Para[] | null {
  if (block.explicitParas && block.paras.length === k) return [...block.paras];
  const chunks = block.chunks;
  if (chunks.length < k || k < 1) return null;
  if (chunks.length === k) return [...chunks];
  if (codes.length !== k) return null;
  const consistent: Para[][] = [];
  const walk = (start: number, groups: Para[][]) => {
    if (consistent.length > 1) return;
    if (groups.length === k - 1) {
      const all = [...groups, chunks.slice(start) as Para[]];
      const ok = all.every((g, i) => {
        const h = hits(mergeParas(g), codes);
        return h.every((c) => c === codes[i]);
      });
      if (ok) consistent.push(all.map((g) => mergeParas(g)));
      return;
    }
    for (let end = start + 1; end <= chunks.length - (k - 1 - groups.length); end++) {
      walk(end, [...groups, chunks.slice(start, end) as Para[]]);
    }
  };
  walk(0, []);
  return consistent.length === 1 ? (consistent[0] ?? null) : null;
}

function startsMidSentence(text: string): boolean {
  return /^\p{Ll}/u.test(text.trim());
}

function placeBlock(
  file: string,
  block: Block,
  codes: readonly string[],
): { records: OordeelRecord[]; used: number } {
  const n = codes.length;
  const marks = block.marks;
  const k = marks.length;
  const whole =
    block.paras.length > 0
      ? mergeParas(block.paras)
      : block.chunks.length > 0
        ? mergeParas(block.chunks)
        : { mark: null, bevinding: '', letOp: null, from: block.from, to: block.to };
  const base = (code: string, para: Para, mark: Mark | null) => ({
    indicator: code,
    bevinding: para.bevinding,
    letOp: para.letOp,
    blok: codes,
    mogelijkOnvolledig: para.bevinding === '' || startsMidSentence(para.bevinding),
    van: block.from,
    tot: block.to,
    tekenRegel: mark?.line ?? null,
  });
  const label = codes.join(', ');
  /** Every indicator of the block: the whole text and one mark for all of them. */
  const eenTeken = (mark: Mark, toelichting: string, used: number) => ({
    records: codes.map((code) => ({
      ...base(code, whole, mark),
      oordeel: mark.teken,
      reden: null,
      gedeeld: true,
      toelichting,
    })),
    used,
  });
  /** Every indicator of the block onduidelijk, with the whole text and the reason. */
  const onduidelijk = (reden: string, gedeeld: boolean) => ({
    records: codes.map((code) => ({
      ...base(code, whole, null),
      oordeel: 'onduidelijk' as const,
      reden,
      gedeeld,
      toelichting: null,
    })),
    used: k,
  });
  if (k === 0) {
    const hint = block.paras.length + block.chunks.length === 0 ? ' en geen bevinding (regel verloren?)' : '';
    throw new IngestError(file, block.from, `geen teken (√ of X)${hint} bij indicator ${label}`);
  }
  if (k > n) {
    const extra = marks[n] as Mark;
    throw new IngestError(
      file,
      extra.line,
      `teken "${extra.symbol}" kan niet worden geplaatst: ${k} tekens voor ${n} indicator(en) (${label})`,
    );
  }
  if (n === 1) {
    const mark = marks[0] as Mark;
    return {
      records: [
        {
          ...base(codes[0] as string, whole, mark),
          oordeel: mark.teken,
          reden: null,
          gedeeld: false,
          toelichting: null,
        },
      ],
      used: 1,
    };
  }
  if (k === 1) {
    const mark = marks[0] as Mark;
    return eenTeken(
      mark,
      `Eén teken (${SYMBOL[mark.teken]}) geldt voor het hele blok van ${n} indicatoren (${label}).`,
      1,
    );
  }
  const aligned = alignParas(block, codes, k);
  if (k === n) {
    let order = codes.map((_, i) => i);
    let toelichting = `Blok van ${n} indicatoren met ${k} tekens, in volgorde toegewezen.`;
    if (aligned) {
      const meaning = aligned.map((p) => hits(p, codes));
      const single = meaning.map((h) => (h.length === 1 ? codes.indexOf(h[0] as string) : -1));
      const isPermutation = single.every((x) => x >= 0) && new Set(single).size === n;
      if (isPermutation && single.some((x, i) => x !== i)) {
        order = single;
        toelichting = `Blok van ${n} indicatoren met ${k} tekens, toegewezen naar de inhoud van elke alinea.`;
      } else {
        const conflict = single.some((x, i) => x >= 0 && x !== i && marks[x]?.teken !== marks[i]?.teken);
        if (conflict) {
          return onduidelijk(
            `De volgorde van de tekens en de inhoud van de alinea's spreken elkaar tegen in het blok ${label}.`,
            false,
          );
        }
      }
    } else {
      toelichting += ' De tekst van het blok is niet per indicator te scheiden en staat bij elke indicator.';
    }
    const records = codes.map((code, i) => {
      const paraIndex = order.indexOf(i);
      const mark = marks[paraIndex] as Mark;
      const para = aligned ? (aligned[paraIndex] as Para) : whole;
      return { ...base(code, para, mark), oordeel: mark.teken, reden: null, gedeeld: false, toelichting };
    });
    return { records, used: k };
  }
  // 1 < k < n: several marks, fewer than indicators.
  const symbols = marks.map((m) => SYMBOL[m.teken]).join(' ');
  if (marks.every((m) => m.teken === (marks[0] as Mark).teken)) {
    const mark = marks[0] as Mark;
    // Each mark opens a paragraph. When more paragraphs than marks each speak of one indicator, a mark
    // is probably missing, and the missing one could be the X.
    const separate = new Set(
      block.chunks.map((c) => hits(c, codes)).flatMap((h) => (h.length === 1 ? h : [])),
    );
    if (separate.size > k) {
      return onduidelijk(
        `Het blok ${label} heeft ${k} tekens (${symbols}) voor ${n} indicatoren, maar de tekst bespreekt ${separate.size} indicatoren in aparte alinea's; mogelijk ontbreekt een teken.`,
        true,
      );
    }
    return eenTeken(
      mark,
      `Blok van ${n} indicatoren (${label}) met ${k} gelijke tekens (${symbols}); het oordeel geldt voor het hele blok.`,
      k,
    );
  }
  if (aligned) {
    const byIndicator = codes.map((code) =>
      aligned
        .map((p, i) => (KEYWORDS[code]?.test(`${p.bevinding} ${p.letOp ?? ''}`) ? i : -1))
        .filter((i) => i >= 0),
    );
    if (byIndicator.every((list) => list.length === 1)) {
      return {
        records: codes.map((code, ci) => {
          const pi = (byIndicator[ci] as number[])[0] as number;
          const mark = marks[pi] as Mark;
          return {
            ...base(code, aligned[pi] as Para, mark),
            oordeel: mark.teken,
            reden: null,
            gedeeld: true,
            toelichting: `Blok van ${n} indicatoren met ${k} tekens (${symbols}), toegewezen naar de inhoud van de alinea's.`,
          };
        }),
        used: k,
      };
    }
  }
  return onduidelijk(
    `Het blok ${label} heeft ${k} verschillende tekens (${symbols}) voor ${n} indicatoren; de tekst zegt niet welk teken bij welke indicator hoort.`,
    true,
  );
}

/** Resolves which indicators each block names, places the marks and checks the accounting. */
export function assembleAanpak(doc: ParsedDocument, aanpak: ParsedAanpak): AssembledAanpak {
  const { file } = doc;
  const where = new Map<string, number>();
  for (const block of aanpak.blocks) {
    for (const slot of block.slots) {
      if (slot.length !== 1) continue;
      const code = slot[0] as string;
      const seen = where.get(code);
      if (seen !== undefined && seen !== block.from) {
        throw new IngestError(
          file,
          block.from,
          `indicator ${code} staat twee keer in de tabel van "${aanpak.naam}" (ook op regel ${seen})`,
        );
      }
      where.set(code, block.from);
    }
  }
  const resolved = aanpak.blocks.map((block) =>
    block.slots.map((slot) => {
      if (slot.length === 1) return slot[0] as string;
      const open = slot.filter((c) => !where.has(c));
      if (open.length !== 1) {
        throw new IngestError(
          file,
          block.from,
          `indicator niet eenduidig te bepalen uit de afgekapte tekst "${block.labelLines.map((l) => l.text.trim()).join(' ')}" (${slot.join(' of ')})`,
        );
      }
      const code = open[0] as string;
      where.set(code, block.from);
      return code;
    }),
  );
  const missing = INDICATOR_CODES.filter((c) => !where.has(c));
  if (missing.length > 0) {
    // Point at the row whose label is there but was not read as a row: its mark is missing.
    const labelled = new Set(aanpak.blocks.flatMap((b) => b.labelLines.map((l) => l.n)));
    for (const code of missing) {
      const line = aanpak.tableLines.find((l) => !labelled.has(l.n) && isPieceOfIndicator(l.text, code));
      if (!line) continue;
      throw new IngestError(
        file,
        line.n,
        `aanpak "${aanpak.naam}" is onvolledig: indicator ${missing.join(', ')} ontbreekt; de tekst "${line.text.trim().slice(0, 60)}" van ${code} staat er wel, maar niet als rij met een eigen teken (√ of X): teken of regel verloren?`,
      );
    }
    throw new IngestError(
      file,
      aanpak.to,
      `aanpak "${aanpak.naam}" is onvolledig: indicator ${missing.join(', ')} ontbreekt (afgebroken of beschadigde tabel?)`,
    );
  }
  const oordelen: OordeelRecord[] = [];
  let used = 0;
  aanpak.blocks.forEach((block, i) => {
    const placed = placeBlock(file, block, resolved[i] as string[]);
    used += placed.used;
    oordelen.push(...placed.records);
  });
  const found = aanpak.marksFound.length;
  if (found !== used) {
    // The first mark found that no block used (counting per line and symbol: a doubled mark shares both).
    const unused = new Map<string, number>();
    for (const b of aanpak.blocks) {
      for (const m of b.marks)
        unused.set(`${m.line}:${m.symbol}`, (unused.get(`${m.line}:${m.symbol}`) ?? 0) + 1);
    }
    const stray =
      aanpak.marksFound.find((m) => {
        const key = `${m.line}:${m.symbol}`;
        const left = unused.get(key) ?? 0;
        unused.set(key, left - 1);
        return left <= 0;
      }) ?? aanpak.marksFound[0];
    throw new IngestError(
      file,
      stray?.line ?? aanpak.from,
      `teken "${stray?.symbol ?? '?'}" kan niet worden geplaatst: ${found} tekens gevonden, ${used} gebruikt in "${aanpak.naam}"`,
    );
  }
  const themas = new Set(aanpak.conclusies.map((c) => c.thema));
  const missingThemas = THEMAS.filter((t) => !themas.has(t.naam)).map((t) => t.naam);
  if (missingThemas.length > 0) {
    throw new IngestError(
      file,
      aanpak.to,
      `aanpak "${aanpak.naam}": conclusie onvolledig, thema ${missingThemas.join(', ')} ontbreekt`,
    );
  }
  for (const c of aanpak.conclusies) {
    if (c.goed.length + c.beter.length + c.onbepaald.length === 0) {
      throw new IngestError(
        file,
        c.from,
        `aanpak "${aanpak.naam}": conclusie onvolledig, thema ${c.thema} heeft geen tekst (afgebroken bestand?)`,
      );
    }
  }
  const order = new Map(INDICATOR_CODES.map((c, i) => [c, i]));
  oordelen.sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0));
  return { parsed: aanpak, oordelen, marksFound: found, marksUsed: used };
}
