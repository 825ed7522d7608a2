import { describe, expect, it } from 'vitest';
import { userShares } from '../../../src/charts/user-shares/index.ts';
import { layout, type UserSharesData } from '../../../src/charts/user-shares/layout.ts';
import { stateSchema } from '../../../src/charts/user-shares/state-schema.ts';
import type { Frame, Mark } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';

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
      expect(['whatsapp', 'telegram', 'vk-messenger'].map((id) => mark(frame, `value:${id}`).text)).toEqual([
        '97.3 M',
        '90.8 M',
        '17.9 M',
      ]);
    });

    it('names the period and the source of the figures', () => {
      expect(mark(frame, 'period').text).toBe('Monthly reach, July 2025');
      expect(mark(frame, 'source').text).toBe('Source: Mediascope, via Reuters');
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
    const copy: UserSharesData = structuredClone(data);
    const state = { period: '2025-07', show: ['telegram', 'whatsapp'] };
    const stateCopy = structuredClone(state);
    layout(data, state, narrow);
    expect(data).toEqual(copy);
    expect(state).toEqual(stateCopy);
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
