/** Download progress of the DuckDB wasm, for the loading message. No DuckDB import here. */
export interface LoadProgress {
  readonly bytesLoaded: number;
  /** 0 when the server does not say. */
  readonly bytesTotal: number;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportLoadProgress(p: LoadProgress | null): void {
  current = p;
  for (const l of listeners) l();
}

export function getLoadProgress(): LoadProgress | null {
  return current;
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
