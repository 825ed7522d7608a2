import { describe, expect, it } from 'vitest';
import { deckKey } from '../../src/scrolly/deck-key.ts';

describe('deckKey', () => {
  it('moves forward and back with arrows, Page Up/Down, Space and Enter, as clickers send them', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(deckKey(key, 2, 5), key).toEqual({ go: 3 });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(deckKey(key, 2, 5), key).toEqual({ go: 1 });
  });

  it('goes to the first and last slide with Home and End, and stays put past either end', () => {
    expect(deckKey('Home', 3, 5)).toEqual({ go: 0 });
    expect(deckKey('End', 0, 5)).toEqual({ go: 4 });
    expect(deckKey('ArrowRight', 4, 5)).toEqual({ go: 4 });
    expect(deckKey('ArrowLeft', 0, 5)).toEqual({ go: 0 });
  });

  it('toggles the charts-only view with C, and leaves other keys to the browser', () => {
    expect(deckKey('c', 1, 5)).toEqual({ toggle: 'chart-only' });
    expect(deckKey('C', 1, 5)).toEqual({ toggle: 'chart-only' });
    // The same key in the Russian layout types a Cyrillic "с".
    expect(deckKey('с', 1, 5)).toEqual({ toggle: 'chart-only' });
    expect(deckKey('С', 1, 5)).toEqual({ toggle: 'chart-only' });
    for (const key of ['Tab', 'a', 'F5', 'Escape']) expect(deckKey(key, 1, 5), key).toBeUndefined();
  });
});
