import type { Key } from './index';

export interface DriverOptions {
  viewport: { width: number; height: number };
  recordRequests: boolean;
}

/** What each engine implements; `EnginePage` (./index.ts) builds the rest on it. */
export interface Driver {
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page and awaits its value. */
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  url(): Promise<string>;
  /** The requests the driver saw (may be empty when it cannot see them). */
  requests(): string[];
  close(): Promise<void>;
}
