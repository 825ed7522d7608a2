import { absoluteUrl } from '../../core/url.ts';
import { embedContent, embedLines } from './embed-content.ts';
import { embedHeight } from './embed-height.ts';
import type { KitStep } from './kit-steps.ts';

/** The site path of the optional host script that fits each embed's frame to its content (src/pages/embed.js.ts). */
export const embedScriptPath = '/embed.js';

/** An embed's colour scheme: fixed light or dark, or (the default) the reader's own. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** What a step's embed code is made of. */
export interface EmbedCode {
  /** The embed page's absolute address. */
  readonly src: string;
  /** The iframe's accessible name: the step's heading. */
  readonly title: string;
  /** The iframe's fixed height in CSS px, enough for its content at any width (`embedHeight`). */
  readonly height: number;
  /** The host script's absolute address. */
  readonly script: string;
}

export interface EmbedSnippetOptions {
  /** `light` or `dark` fixes the embed's colour scheme (`?theme=` on its address); `auto`, the default, follows the reader. */
  readonly theme?: EmbedTheme;
  /** Whether to add the host script's line (default true). Without it the frame keeps its fixed height. */
  readonly script?: boolean;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a host pastes: an `<iframe>` the full width of its column, at a fixed height that shows the whole embed,
 * credit and licence included, at any width from 320 px, with no script; then, optionally, the site's small host
 * script, which fits each frame to its content as the page's width changes. Pure.
 */
export function embedSnippet(code: EmbedCode, options: EmbedSnippetOptions = {}): string {
  const src = options.theme && options.theme !== 'auto' ? `${code.src}?theme=${options.theme}` : code.src;
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(code.title)}" width="100%" height="${code.height}" loading="lazy" ` +
    `style="width:100%;height:${code.height}px;border:0"></iframe>`;
  return options.script === false ? iframe : `${iframe}<script async src="${attr(code.script)}"></script>`;
}

/** A step's embed code: its embed page, heading, measured height and the host script. */
export function stepEmbedCode(step: KitStep): EmbedCode {
  const content = embedContent(step);
  return {
    src: step.embedAbsolute,
    title: content.heading,
    height: embedHeight({ caption: content.caption, ...embedLines(content) }, content.frames),
    script: absoluteUrl(embedScriptPath),
  };
}
