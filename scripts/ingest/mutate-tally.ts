/** The counts of a mutation run (mutate.ts, mutate-judge.ts) per kind, and their report. */
import { knownLimit, type Verdict } from './mutate-judge';
import { MUTATION_KINDS, type Mutation, type MutationKind } from './mutate';

export interface KindCount {
  total: number;
  equal: number;
  onduidelijk: number;
  rejected: number;
  rejectedWithoutLine: number;
  violations: number;
  /** Violations listed in KNOWN_LIMITS. */
  known: number;
}

export interface Finding {
  readonly mutation: Mutation;
  readonly verdict: Verdict;
}

export interface Tally {
  readonly perKind: Record<MutationKind, KindCount>;
  /** Violations not listed in KNOWN_LIMITS: bugs. */
  readonly violations: Finding[];
  /** Violations listed in KNOWN_LIMITS. */
  readonly known: Finding[];
  readonly onduidelijk: Finding[];
  readonly rejectedWithoutLine: Finding[];
}

export function emptyTally(): Tally {
  const perKind = Object.fromEntries(
    MUTATION_KINDS.map((k) => [
      k,
      { total: 0, equal: 0, onduidelijk: 0, rejected: 0, rejectedWithoutLine: 0, violations: 0, known: 0 },
    ]),
  ) as Record<MutationKind, KindCount>;
  return { perKind, violations: [], known: [], onduidelijk: [], rejectedWithoutLine: [] };
}

export function record(tally: Tally, mutation: Mutation, verdict: Verdict): void {
  const c = tally.perKind[mutation.kind];
  c.total++;
  if (verdict.status === 'equal') c.equal++;
  else if (verdict.status === 'onduidelijk') {
    c.onduidelijk++;
    tally.onduidelijk.push({ mutation, verdict });
  } else if (verdict.status === 'rejected') {
    c.rejected++;
    if (verdict.line === null) {
      c.rejectedWithoutLine++;
      tally.rejectedWithoutLine.push({ mutation, verdict });
    }
  } else {
    c.violations++;
    if (knownLimit(mutation)) {
      c.known++;
      tally.known.push({ mutation, verdict });
    } else {
      tally.violations.push({ mutation, verdict });
    }
  }
}

export function formatTally(tally: Tally): string {
  const rows = MUTATION_KINDS.map((k) => {
    const c = tally.perKind[k];
    return `| ${k} | ${c.total} | ${c.equal} | ${c.onduidelijk} | ${c.rejected} | ${c.rejectedWithoutLine} | ${c.violations} | ${c.known} |`;
  });
  const sum = (f: keyof KindCount) => MUTATION_KINDS.reduce((s, k) => s + tally.perKind[k][f], 0);
  return [
    '| soort | totaal | aanvaard, gelijk | aanvaard, met onduidelijk | afgewezen | waarvan zonder regel | schendingen | waarvan bekende beperking |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    `| totaal | ${sum('total')} | ${sum('equal')} | ${sum('onduidelijk')} | ${sum('rejected')} | ${sum('rejectedWithoutLine')} | ${sum('violations')} | ${sum('known')} |`,
  ].join('\n');
}

/** One line for a log: "accepted a + o (onduidelijk), rejected r, violations v (k known)". */
export function summaryLine(tally: Tally): string {
  const sum = (f: keyof KindCount) => MUTATION_KINDS.reduce((s, k) => s + tally.perKind[k][f], 0);
  return `${sum('total')} mutaties: ${sum('equal') + sum('onduidelijk')} aanvaard (${sum('equal')} gelijk, ${sum('onduidelijk')} met onduidelijk), ${sum('rejected')} afgewezen (${sum('rejectedWithoutLine')} zonder regelnummer), ${sum('violations')} schendingen (${sum('known')} bekende beperking)`;
}

export function formatFinding(f: Finding): string {
  const v = f.verdict;
  const detail =
    v.status === 'violation'
      ? v.detail
      : v.status === 'rejected'
        ? v.message
        : v.status === 'onduidelijk'
          ? `${v.count} onduidelijk`
          : 'gelijk';
  return `${f.mutation.seed} [${f.mutation.kind}] ${f.mutation.what}: ${detail}`;
}
