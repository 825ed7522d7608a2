import { describe, expect, it } from 'vitest';
import { cardBars } from '../../../src/build/og/card-bars.ts';
import { socialCardSvg } from '../../../src/build/og/social-card.ts';
import { datasetsIn } from '../../../src/data/datasets-in.ts';
import { datasets } from '../../helpers/datasets.ts';

describe('the figures on a social card', () => {
  it('label each bar and name the month and outlets in the card’s language', () => {
    const english = cardBars(datasets, '2025-07');
    const russian = cardBars(datasetsIn(datasets, 'ru'), '2025-07', 'ru');
    expect(english.bars.map((b) => b.label)).toContain('WhatsApp 97.3 M');
    expect(russian.bars.map((b) => b.label)).toContain('WhatsApp 97,3\u00a0млн');
    expect(russian.bars.map((b) => b.value)).toEqual(english.bars.map((b) => b.value));
    expect(english.barsCaption).toMatch(/^Monthly reach, July 2025\. /);
    expect(russian.barsCaption).toMatch(/^Месячный охват, июль\u00a02025\. /);
    expect(socialCardSvg({ kicker: 'Глава 2', title: 'Кто в каком мессенджере', summary: 'Сводка.', ...russian })).toContain(
      '>WhatsApp 97,3\u00a0млн</text>',
    );
  });
});

describe('a social card', () => {
  it('ends its summary with an ellipsis where it leaves words out, and prints a short one whole', () => {
    const long = 'Слово '.repeat(120).trim();
    const card = socialCardSvg({ kicker: 'K', title: 'T', summary: long });
    const lines = [...card.matchAll(/font-family="serif"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/Слово…$/);
    expect(socialCardSvg({ kicker: 'K', title: 'T', summary: 'A short summary.' })).toContain('>A short summary.</text>');
  });
});
