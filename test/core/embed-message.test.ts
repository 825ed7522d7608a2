import { describe, expect, it } from 'vitest';
import { embedHeightFrom, embedHeightRange, embedHeightType } from '../../src/core/embed-message.ts';

const site = 'https://example.org';
const trusted = [site];
const message = { type: embedHeightType, id: 'reach-july-2025', height: 712.4 };

describe('the host script’s check of a message (embedHeightFrom)', () => {
  it('takes an embed’s height from the site’s origin, rounded up to whole pixels', () => {
    expect(embedHeightFrom(message, site, trusted)).toBe(713);
  });

  it('ignores the same message from any other origin', () => {
    for (const origin of ['https://evil.example', 'https://example.org.evil.example', 'null', 'http://example.org', ''])
      expect(embedHeightFrom(message, origin, trusted), origin).toBeUndefined();
  });

  it.each([
    ['a string', 'digital-sovereignty:height'],
    ['null', null],
    ['an array', [embedHeightType, 'a', 700]],
    ['another type', { ...message, type: 'datawrapper-height' }],
    ['no id', { type: embedHeightType, height: 700 }],
    ['an id with markup', { ...message, id: '<img src=x>' }],
    ['a height as text', { ...message, height: '700' }],
    ['a height that is not a number', { ...message, height: Number.NaN }],
    ['an endless height', { ...message, height: Number.POSITIVE_INFINITY }],
    ['a negative height', { ...message, height: -700 }],
    ['a height below the range', { ...message, height: embedHeightRange.min - 1 }],
    ['a height above the range', { ...message, height: embedHeightRange.max + 1 }],
  ])('ignores %s', (_what, data) => {
    expect(embedHeightFrom(data, site, trusted)).toBeUndefined();
  });

  it('accepts the ends of its range, as the constants say, and any of several trusted origins', () => {
    expect(embedHeightFrom({ ...message, height: embedHeightRange.min }, site, trusted)).toBe(embedHeightRange.min);
    expect(embedHeightFrom({ ...message, height: embedHeightRange.max }, 'http://127.0.0.1:4321', [site, 'http://127.0.0.1:4321'])).toBe(
      embedHeightRange.max,
    );
  });
});
