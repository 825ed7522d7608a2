/** What a key does in a presentation: move to a slide (by index), toggle the chart-only view, or nothing. */
export type DeckAction = { readonly go: number } | { readonly toggle: 'chart-only' } | undefined;

const forward = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n']);
const back = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']);
/** C, in the Latin layout and in the Russian one (the same key types "с"), either case. */
const chartOnly = new Set(['c', 'C', 'с', 'С']);

/**
 * The action for `key` on slide `index` of `count`, as presenters' clickers and keyboards send them: forward and back
 * (arrows, Page Up/Down, Space, Enter), Home and End, and C for the chart-only view: the key marked C, which types "с"
 * in the Russian layout, as a teacher with a Russian keyboard presses it. Past either end it stays put.
 */
export function deckKey(key: string, index: number, count: number): DeckAction {
  const last = count - 1;
  const to = (target: number): DeckAction => ({ go: Math.min(Math.max(target, 0), last) });
  if (forward.has(key)) return to(index + 1);
  if (back.has(key)) return to(index - 1);
  if (key === 'Home') return to(0);
  if (key === 'End') return to(last);
  if (chartOnly.has(key)) return { toggle: 'chart-only' };
  return undefined;
}
