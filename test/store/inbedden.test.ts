import { describe, expect, it } from 'vitest';
import { INBEDDEN_PARAM, isIngebed, metInbedden, zonderInbedden } from '../../src/store/inbedden';
import { DEFAULT_URL_STATE, type KnownIds } from '../../src/store/types';
import { formatUrl, parseUrl } from '../../src/store/url';

const KNOWN: KnownIds = { gemeenten: ['emmen', 'gouda'], aanpakken: ['emmen.oggz', 'gouda.mpg-overleg'] };

describe('inbedden (embed mode) in the URL', () => {
  it('parseUrl reads inbedden=1 and formatUrl writes it back, on every view', () => {
    const { state, problems } = parseUrl('?weergave=ranking&inbedden=1', KNOWN, [INBEDDEN_PARAM]);
    expect(problems).toEqual([]);
    expect(isIngebed(state.extra)).toBe(true);
    expect(formatUrl({ ...state, view: 'indicator', indicator: 'A9' }, [INBEDDEN_PARAM])).toBe(
      '?weergave=indicator&indicator=A9&inbedden=1',
    );
  });

  it('parseUrl drops any other value with a message, and embed mode stays off', () => {
    const { state, problems } = parseUrl('?weergave=heatmap&inbedden=ja', KNOWN, [INBEDDEN_PARAM]);
    expect(isIngebed(state.extra)).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('inbedden');
  });

  it('zonderInbedden / metInbedden give the link to the full view and back', () => {
    const extra = { inbedden: '1', provincie: 'Drenthe' };
    expect(zonderInbedden(extra)).toEqual({ provincie: 'Drenthe' });
    expect(metInbedden({ provincie: 'Drenthe' })).toEqual(extra);
    const state = { ...DEFAULT_URL_STATE, extra: zonderInbedden({ inbedden: '1' }) };
    expect(formatUrl(state, [INBEDDEN_PARAM])).toBe('?weergave=heatmap');
  });
});
