/**
 * One query run over the text parts in turn (#18, the CSV export at national scale): each part is
 * fetched, queried and dropped before the next, so the result never needs every part at once. Pure
 * orchestration; the engine (engine.ts) and the Node loaders of the tests supply a `DeelMotor`.
 */
import type { DataBestand, DataManifest } from './manifest';
import type { Query } from './query';

/** A table that holds the texts of one part while its query runs: the shared `teksten` or a part alone. */
export type DeelTabel = 'teksten' | `deel_teksten_${number}`;

const DEEL_TABEL = /^(teksten|deel_teksten_\d+)$/;

/** Whether `t` is a `DeelTabel` (query builders check the name before it goes into SQL). */
export function isDeelTabel(t: string): t is DeelTabel {
  return DEEL_TABEL.test(t);
}

/** A gemeente with its place in the result order; equal `rang` means the order does not tell them apart. */
export interface GemeenteRang {
  gemeente_id: string;
  rang: number;
}

/** One step: a teksten part and the gemeenten of the result it holds, in result order. */
export interface DeelStap {
  readonly bestand: DataBestand;
  readonly gemeenten: readonly string[];
}

/** Where a part-by-part run is: `deel` of `van` being read (`gedaan` finished). */
export interface DeelVoortgang {
  readonly deel: number;
  readonly van: number;
  readonly gedaan: number;
  readonly bestand: string;
}

/** What a part-by-part run needs from an engine. */
export interface DeelMotor {
  readonly manifest: DataManifest;
  /** Runs a query as `runQuery` does (loading the parts it declares). */
  run<Row>(q: Query<Row>): Promise<Row[]>;
  /**
   * Runs `bouw(tabel)` with the teksten of part `b` in `tabel`: the shared `teksten` when the part is
   * already loaded there, otherwise a table of its own that is dropped afterwards (also on failure).
   * Fetching stops when `signal` aborts.
   */
  metDeel<Row>(b: DataBestand, bouw: (tabel: DeelTabel) => Query<Row>, signal?: AbortSignal): Promise<Row[]>;
}

/**
 * The steps that give the rows of `volgorde` (every gemeente of the result, sorted by `rang`) part by
 * part in that order: each run of gemeenten that lie in the same teksten part is one step. Null when the
 * order cannot be kept that way: a gemeente in no part or in two, gemeenten that tie on `rang` in
 * different parts, or a part needed twice with another part in between (the parts are cut by
 * gemeente_id, the result is ordered by name).
 */
export function deelPlan(m: DataManifest, volgorde: readonly GemeenteRang[]): DeelStap[] | null {
  const deelVan = new Map<string, DataBestand>();
  for (const b of m.bestanden) {
    if (b.tabel !== 'teksten' || !b.gemeente_ids) continue;
    for (const g of b.gemeente_ids) {
      if (deelVan.has(g)) return null;
      deelVan.set(g, b);
    }
  }
  const stappen: { bestand: DataBestand; gemeenten: string[] }[] = [];
  const gezien = new Set<string>();
  const rangDeel = new Map<number, string>();
  for (const { gemeente_id, rang } of volgorde) {
    const b = deelVan.get(gemeente_id);
    if (!b) return null;
    if ((rangDeel.get(rang) ?? b.name) !== b.name) return null;
    rangDeel.set(rang, b.name);
    const laatste = stappen.at(-1);
    if (laatste?.bestand.name === b.name) {
      laatste.gemeenten.push(gemeente_id);
      continue;
    }
    if (gezien.has(b.name)) return null;
    gezien.add(b.name);
    stappen.push({ bestand: b, gemeenten: [gemeente_id] });
  }
  return stappen;
}

/** A query over the text parts in turn, for `voerPerDeelUit`. */
export interface PerDeelOpdracht<Row> {
  /** Every gemeente of the result in result order (core tables only); null: an order that is not by gemeente. */
  readonly volgorde: Query<GemeenteRang> | null;
  /** The result's rows of these gemeenten, with the teksten in `tabel`. */
  readonly deel: (gemeenten: readonly string[], tabel: DeelTabel) => Query<Row>;
  readonly opDeel: (rijen: Row[]) => void | Promise<void>;
  readonly voortgang?: (v: DeelVoortgang) => void;
  readonly signal?: AbortSignal;
}

/**
 * How `voerPerDeelUit` went: `per-deel` ran it; otherwise no part was read and the caller runs its
 * one-shot query: `een-deel` when the result needs at most one part (the real data: one part, so no
 * request and no byte differs from before), `volgorde` when the order cannot be kept part by part.
 */
export type PerDeelUitkomst = 'per-deel' | 'een-deel' | 'volgorde';

/** Runs `opdracht` part by part when that pays and keeps the order (see `PerDeelUitkomst`). */
export async function voerPerDeelUit<Row>(
  motor: DeelMotor,
  opdracht: PerDeelOpdracht<Row>,
): Promise<PerDeelUitkomst> {
  const delen = motor.manifest.bestanden.filter((b) => b.tabel === 'teksten' && b.gemeente_ids);
  if (delen.length <= 1) return 'een-deel';
  if (opdracht.volgorde === null) return 'volgorde';
  const stappen = deelPlan(motor.manifest, await motor.run(opdracht.volgorde));
  if (stappen === null) return 'volgorde';
  if (stappen.length <= 1) return 'een-deel';
  await perDeel(motor, stappen, opdracht.deel, opdracht.opDeel, opdracht.voortgang, opdracht.signal);
  return 'per-deel';
}

/** The error a cancelled run rejects with (`name` is `AbortError`, as `fetch` gives). */
export function afgebroken(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('aborted', 'AbortError');
}

/**
 * Runs `bouw(stap.gemeenten, tabel)` for each step in turn and hands each part's rows to `opDeel`
 * before the next part is fetched. `voortgang` hears of each part before it is read and once at the
 * end. Stops (rejects with the abort reason) as soon as `signal` aborts.
 */
export async function perDeel<Row>(
  motor: DeelMotor,
  stappen: readonly DeelStap[],
  bouw: (gemeenten: readonly string[], tabel: DeelTabel) => Query<Row>,
  opDeel: (rijen: Row[]) => void | Promise<void>,
  voortgang: (v: DeelVoortgang) => void = () => {},
  signal?: AbortSignal,
): Promise<void> {
  const van = stappen.length;
  for (const [i, stap] of stappen.entries()) {
    if (signal?.aborted) throw afgebroken(signal);
    voortgang({ deel: i + 1, van, gedaan: i, bestand: stap.bestand.name });
    const rijen = await motor.metDeel(stap.bestand, (tabel) => bouw(stap.gemeenten, tabel), signal);
    if (signal?.aborted) throw afgebroken(signal);
    await opDeel(rijen);
  }
  voortgang({ deel: van, van, gedaan: van, bestand: stappen.at(-1)?.bestand.name ?? '' });
}
