import { describe, expect, it } from 'vitest';
import { Resultaten } from '../../src/hooks/resultaten';

const opgelost = () => new Promise((r) => setTimeout(r, 0));

describe('Resultaten', () => {
  it('start(key, run) is loading, then holds the rows and tells every reader once', async () => {
    const c = new Resultaten<number>();
    let gelezen = 0;
    c.subscribe(() => gelezen++);
    c.start('a', () => Promise.resolve([1, 2]));
    expect(c.get('a')).toEqual({ status: 'loading' });
    await opgelost();
    expect(c.get('a')).toEqual({ status: 'success', data: [1, 2] });
    expect(gelezen).toBe(1);
  });

  it('start on a key that has a state runs nothing', async () => {
    const c = new Resultaten<number>();
    let runs = 0;
    const run = () => (runs++, Promise.resolve([runs]));
    c.start('a', run);
    c.start('a', run);
    await opgelost();
    c.start('a', run);
    expect(runs).toBe(1);
    c.delete('a');
    c.start('a', run);
    await opgelost();
    expect(c.get('a')).toEqual({ status: 'success', data: [2] });
  });

  it('start keeps a failed run as its error and gives it to fout', async () => {
    const c = new Resultaten<number>();
    const fout = new Error('kapot');
    const gezien: unknown[] = [];
    c.start('a', () => Promise.reject(fout), { fout: (e) => gezien.push(e) });
    await opgelost();
    expect(c.get('a')).toEqual({ status: 'error', error: fout });
    expect(gezien).toEqual([fout]);
  });

  it('start with toon holds the rows back until toon calls on', async () => {
    const c = new Resultaten<number>();
    let later: (() => void) | null = null;
    c.start('a', () => Promise.resolve([7]), { toon: (f) => (later = f) });
    await opgelost();
    expect(c.get('a')).toEqual({ status: 'loading' });
    (later as (() => void) | null)?.();
    expect(c.get('a')).toEqual({ status: 'success', data: [7] });
  });

  it('subscribe returns a function that stops the telling', async () => {
    const c = new Resultaten<number>();
    let gelezen = 0;
    const stop = c.subscribe(() => gelezen++);
    stop();
    c.start('a', () => Promise.resolve([1]));
    await opgelost();
    expect(gelezen).toBe(0);
  });
});
