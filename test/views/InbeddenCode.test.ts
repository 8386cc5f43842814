import { describe, expect, it } from 'vitest';
import { iframeCode } from '../../src/views/InbeddenCode';
import { DEFAULT_URL_STATE } from '../../src/store/types';
import '../../src/store/inbedden';

describe('iframeCode', () => {
  it('iframeCode(state, view) embeds the view with the current filters, a title, lazy loading', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      view: 'open-data' as const,
      filters: { ...DEFAULT_URL_STATE.filters, gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true },
      cel: { aanpak: 'emmen.oggz', indicator: 'A9' },
    };
    expect(iframeCode(state, 'heatmap', 'https://ggsr.example/sub/', 'Heatmap (GGSR-toezicht 2013)')).toBe(
      '<iframe src="https://ggsr.example/sub/?weergave=heatmap&amp;gemeente=emmen,gouda&amp;alleen=verbeterpunten&amp;inbedden=1" ' +
        'title="Heatmap (GGSR-toezicht 2013)" width="100%" height="1000" loading="lazy"></iframe>',
    );
  });

  it('iframeCode(state, view) escapes the title and keeps the language', () => {
    const code = iframeCode(
      { ...DEFAULT_URL_STATE, taal: 'en' },
      'ranking',
      'https://a.example/',
      'A "b" <c>',
    );
    expect(code).toContain('src="https://a.example/?weergave=ranking&amp;inbedden=1&amp;taal=en"');
    expect(code).toContain('title="A &quot;b&quot; &lt;c>"');
  });
});
