import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../../helpers/expect-pure.ts';
import { userShares } from '../../../src/charts/user-shares/index.ts';
import { layout as layoutIn } from '../../../src/charts/user-shares/layout.ts';
import { words } from '../../../src/charts/user-shares/words.ts';
import { inEnglish } from '../../helpers/english-layout.ts';
import { stateSchema } from '../../../src/charts/user-shares/state-schema.ts';
import type { Frame, Mark } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';

/** The layout in English, as the site draws it. */
const layout = inEnglish(layoutIn, words);

const data = userShares.select(datasets);
const { narrow, wide } = userShares.sizes;

const mark = (frame: Frame, key: string): Mark => {
  const found = frame.marks.find((m) => m.key === key);
  if (!found) throw new Error(`no mark "${key}" in ${frame.marks.map((m) => m.key).join(', ')}`);
  return found;
};
const num = (m: Mark, attr: string) => Number(m.attrs[attr]);
const bars = (frame: Frame) => frame.marks.filter((m) => m.key.startsWith('bar:'));

describe('user-shares layout', () => {
  describe.each([
    ['narrow', narrow],
    ['wide', wide],
  ] as const)('at the %s size', (_name, size) => {
    const frame = layout(data, { period: '2025-07' }, size);

    it('draws one bar per platform with a July 2025 figure, longest first', () => {
      expect(bars(frame).map((b) => b.key)).toEqual(['bar:whatsapp', 'bar:telegram', 'bar:vk-messenger']);
      const tops = bars(frame).map((b) => num(b, 'y'));
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
    });

    it('makes bar lengths proportional to reach, from a common baseline', () => {
      const [wa, tg, vk] = bars(frame);
      expect(new Set(bars(frame).map((b) => num(b, 'x'))).size).toBe(1);
      expect(num(tg!, 'width') / num(wa!, 'width')).toBeCloseTo(90.8 / 97.3, 6);
      expect(num(vk!, 'width') / num(wa!, 'width')).toBeCloseTo(17.9 / 97.3, 6);
    });

    it('labels each bar with its name and its figure exactly as reported', () => {
      expect(['whatsapp', 'telegram', 'vk-messenger'].map((id) => mark(frame, `name:${id}`).text)).toEqual([
        'WhatsApp',
        'Telegram',
        'VK Messenger',
      ]);
      expect(['whatsapp', 'telegram', 'vk-messenger'].map((id) => mark(frame, `value:${id}`).text)).toEqual(['97.3 M', '90.8 M', '17.9 M']);
    });

    it('names the period and the source of the figures', () => {
      expect(mark(frame, 'period').text).toBe('Monthly reach, July 2025');
      expect(mark(frame, 'note:0').text).toBe('Source: Mediascope, via Reuters');
    });

    it('keeps every mark inside the drawing', () => {
      for (const m of frame.marks) {
        for (const attr of ['x', 'x1', 'x2']) if (attr in m.attrs) expect(num(m, attr)).toBeLessThanOrEqual(size.width);
        for (const attr of ['y', 'y1', 'y2']) if (attr in m.attrs) expect(num(m, attr)).toBeLessThanOrEqual(size.height);
      }
    });
  });

  it.each([
    { state: { period: '2025-07', show: ['whatsapp'] }, drawn: ['bar:whatsapp'] },
    { state: { period: '2025-07', show: ['whatsapp', 'telegram'] }, drawn: ['bar:whatsapp', 'bar:telegram'] },
    { state: { period: '2025-07', show: ['vk-messenger'] }, drawn: ['bar:vk-messenger'] },
  ])('reveals only the bars in `show` ($state.show), each in its rank slot', ({ state, drawn }) => {
    const all = layout(data, { period: '2025-07' }, wide);
    const some = layout(data, state, wide);
    expect(bars(some).map((b) => b.key)).toEqual(drawn);
    for (const key of drawn) expect(mark(some, key).attrs).toEqual(mark(all, key).attrs);
  });

  const notes = (frame: Frame) =>
    frame.marks
      .filter((m) => m.key.startsWith('note:'))
      .map((m) => m.text)
      .join(' ');

  it.each([
    ['2025-06', ['whatsapp'], ['97 M'], 'Source: Mediascope, via RBC', 'for Telegram, VK Messenger and MAX.'],
    ['2025-07', ['whatsapp', 'telegram', 'vk-messenger'], ['97.3 M', '90.8 M', '17.9 M'], 'Source: Mediascope, via Reuters', 'for MAX.'],
    [
      '2025-08',
      ['whatsapp', 'telegram', 'max'],
      ['over 97 M', '91 M', '32.2 M'],
      'Source: Mediascope data analysed by Group4Media, via The Moscow Times',
      'for VK Messenger.',
    ],
    [
      '2025-09',
      ['whatsapp', 'telegram', 'max'],
      ['96.5 M', '90.97 M', 'about 42 M'],
      'Source: Mediascope, via CyberInsider (WhatsApp, Telegram) and TASS (MAX)',
      'for VK Messenger.',
    ],
    ['2025-11', ['whatsapp'], ['95 M'], 'Source: Mediascope, via RBC', 'for Telegram, VK Messenger and MAX.'],
    ['2025-12', ['whatsapp', 'telegram', 'max'], ['94.4 M', '93.6 M', '70 M'], 'Source: Mediascope, via RBC', 'for VK Messenger.'],
    [
      '2026-01',
      ['telegram', 'whatsapp', 'max'],
      ['95.9 M', '89.4 M', '73 M'],
      'Source: Mediascope, via Forbes (as reported by Championat)',
      'for VK Messenger.',
    ],
    [
      '2026-02',
      ['telegram', 'whatsapp'],
      ['95.6 M', '80.3 M'],
      'Source: Mediascope, via Forbes (as reported by Championat)',
      'for VK Messenger and MAX.',
    ],
  ])('in %s ranks %j with figures %j, names its source and the platforms with no figure', (period, order, values, source, missing) => {
    const frame = layout(data, { period }, wide);
    expect(bars(frame).map((b) => b.key)).toEqual(order.map((id) => `bar:${id}`));
    expect(order.map((id) => mark(frame, `value:${id}`).text)).toEqual(values);
    expect(notes(frame)).toContain(source);
    expect(notes(frame)).toContain(`No figure in our sources this month ${missing}`);
  });

  it.each([...new Set(data.audience.map((r) => r.period))])('can draw %s, the month of a figure in the data, at both sizes', (period) => {
    for (const size of [narrow, wide]) expect(bars(layout(data, { period }, size)).length).toBeGreaterThan(0);
  });

  it('keeps bars keyed by platform, so Telegram moves to the top when it overtakes WhatsApp in January 2026', () => {
    const dec = layout(data, { period: '2025-12' }, wide);
    const jan = layout(data, { period: '2026-01' }, wide);
    expect(num(mark(dec, 'bar:telegram'), 'y')).toBeGreaterThan(num(mark(dec, 'bar:whatsapp'), 'y'));
    expect(num(mark(jan, 'bar:telegram'), 'y')).toBeLessThan(num(mark(jan, 'bar:whatsapp'), 'y'));
    expect(num(mark(jan, 'bar:telegram'), 'height')).toBe(num(mark(dec, 'bar:telegram'), 'height'));
  });

  it("never plots a second series beside Reuters' July 2025 figures", () => {
    expect(data.audience.filter((r) => r.period === '2025-07').map((r) => r.reach)).toEqual([97.3, 90.8, 17.9]);
    expect(data.audience.some((r) => r.reach === 96 || r.reach === 89)).toBe(false);
  });

  it('greys every bar but the highlighted one', () => {
    const frame = layout(data, { period: '2025-07', highlight: 'telegram' }, wide);
    expect(bars(frame).map((b) => b.attrs.class)).toEqual(['bar tone-muted', 'bar tone-telegram', 'bar tone-muted']);
  });

  it.each([
    [{ period: '2031-01' }, 'period: no figures for "2031-01"'],
    [{ period: '2025-07', highlight: 'icq' }, 'highlight: unknown platform "icq"'],
    [{ period: '2025-07', show: ['whatsapp', 'icq'] }, 'show.1: unknown platform "icq"'],
  ])('refuses a state it cannot draw: %o', (state, message) => {
    expect(() => layout(data, state, wide)).toThrow(message);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(layout, data, { period: '2025-07', show: ['telegram', 'whatsapp'] }, narrow);
  });
});

describe('user-shares state schema', () => {
  it.each([
    [{ period: '2025-07' }, true],
    [{ period: '2025-07', highlight: 'telegram', show: ['telegram'] }, true],
    [{}, false],
    [{ period: 'July 2025' }, false],
    [{ period: '2025-13' }, false],
    [{ period: '2025-07', show: [] }, false],
    [{ period: '2025-07', colour: 'red' }, false],
  ])('%o is valid: %s', (state, valid) => {
    expect(stateSchema.safeParse(state).success).toBe(valid);
  });
});
