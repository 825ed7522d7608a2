import { palettes } from '../../core/tokens.ts';
import { layerOrder } from '../styles/design-css.ts';

/**
 * The embed page's colour schemes on demand: with `data-theme="light"` or `"dark"` on `<html>` (set from `?theme=`
 * by embed-frame-script.ts) the page takes that palette whatever the reader's system prefers. The same tokens as
 * the design stylesheet's, in its `tokens` layer, where `:root[data-theme]` outranks its `:root` under
 * `prefers-color-scheme`.
 */
export function embedThemeCss(): string {
  const scheme = (name: 'light' | 'dark') =>
    `:root[data-theme="${name}"]{color-scheme:${name};${Object.entries(palettes[name])
      .map(([token, value]) => `--${token}:${value}`)
      .join(';')}}`;
  return `${layerOrder}@layer tokens{${scheme('light')}${scheme('dark')}}`;
}
