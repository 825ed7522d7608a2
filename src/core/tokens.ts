/**
 * The design tokens: the one place for the site's type, space and colour. The page gets them as CSS custom properties
 * (src/build/styles/design-css.ts writes `--name: value` for each), and the downloaded graphics, social cards and the
 * PDF editions' text as values (the light palette), so a colour is written once. Colours are checked in
 * test/core/tokens.test.ts: marks reach 3:1 against the page, text 4.5:1, and the platforms stay apart under
 * colour-vision deficiencies.
 */

/** Type, space and shape: the same in both colour schemes. */
export const layoutTokens = {
  'font-body': "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  /**
   * Body type for Russian text: a Russian page's (issue 25), and a Russian source title on an English one. Charter,
   * which leads the body stack, has no Cyrillic in Apple's or Bitstream's cut, so Russian text would set its Latin
   * names (WhatsApp, MAX) in Charter and its Cyrillic in a fallback: two typefaces in one line. This stack starts with
   * faces that hold both, one per system: PT Serif (macOS), Sitka Text and Cambria (Windows), Georgia (macOS, iOS,
   * Windows), Noto Serif (Android, most Linux) and DejaVu Serif (other Linux). The systems' UI faces, which system-ui
   * stands for, all cover Cyrillic already.
   */
  'font-body-ru': "'PT Serif', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  /**
   * The system's own UI face. Every browser that applies the site's CSS (cascade layers: Chrome 99, Firefox 97, Safari
   * 15.4) knows `system-ui` (Chrome 56, Firefox 92, Safari 11), so the page names no system's face by name. Named,
   * every face the system lacked was looked up in the first layout, before the first paint, for each glyph system-ui's
   * face lacks: in Chromium on Linux, a fontconfig query for every size and weight. Measured on 6 December in
   * Chromium's traces of "Who talks on what" on Linux (median of eight loads), its first layout took about 25 ms less
   * without them. Files read outside a browser name them (fileFonts).
   */
  'font-ui': 'system-ui, sans-serif',
  'text-s': '0.875rem',
  'text-m': '1.125rem',
  'text-l': '1.5rem',
  'text-xl': 'clamp(2rem, 1.4rem + 3vw, 3.25rem)',
  leading: '1.6',
  measure: '38rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '1rem',
  'space-4': '1.5rem',
  'space-5': '2.5rem',
  'space-6': '4rem',
  radius: '6px',
} as const;

/**
 * The UI face of the graphics made as files (src/build/kit/): a downloaded SVG, opened in Illustrator, Inkscape,
 * PowerPoint or Keynote, and in the e-books and PDFs that embed it; its PNG; a step's slide. Such programs may not know
 * `system-ui`, so the stack names the face it stands for on each system.
 */
export const fileFonts = { 'font-ui': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" } as const;

/** The light palette: the page, its text, and the charts' marks. */
const light = {
  bg: '#fdfcfa',
  'bg-raised': '#ffffff',
  ink: '#1b1b1f',
  'ink-soft': '#4a4a52',
  rule: '#d9d6cf',
  link: '#0b57a4',
  focus: '#c2410c',

  // Platform colours: each keeps its brand's hue family, reaches 3:1 on the page, and stays at least 20 CIEDE2000
  // apart from the others under protanopia, deuteranopia and tritanopia.
  'c-whatsapp': '#2a6242',
  'c-telegram': '#6196bc',
  'c-vk-messenger': '#bf8100',
  'c-max': '#793480',
  'c-muted': '#8a8780',
  'c-grid': '#e4e1da',
  'c-population': '#5b5a57',

  // Event categories on the timeline: each also has its own lane, so colour is never the only cue.
  'c-law': '#3b5bab',
  'c-block': '#c94f0a',
  'c-throttle': '#a5478f',
  'c-restriction': '#936500',
  'c-fine': '#00806a',
  'c-launch': '#1f7fbf',
  'c-statement': '#5b5a57',
} as const;

/** A colour's name, as CSS knows it (`var(--c-max)`) and as a chart's styles name it. */
export type ColourToken = keyof typeof light;

/** Both colour schemes; the dark one is used when the reader's system asks for it. */
export const palettes: Readonly<Record<'light' | 'dark', Readonly<Record<ColourToken, string>>>> = {
  light,
  dark: {
    bg: '#151518',
    'bg-raised': '#1e1e23',
    ink: '#ecebe8',
    'ink-soft': '#b9b7b1',
    rule: '#3b3a40',
    link: '#8cc4ff',
    focus: '#fb923c',

    'c-whatsapp': '#93e7b3',
    'c-telegram': '#497cfd',
    'c-vk-messenger': '#ba7145',
    'c-max': '#ecc0ef',
    'c-muted': '#85837d',
    'c-grid': '#2c2b30',
    'c-population': '#a8a6a0',

    'c-law': '#8fa8f0',
    'c-block': '#f5894a',
    'c-throttle': '#e08ad0',
    'c-restriction': '#d9a84a',
    'c-fine': '#4cc9a8',
    'c-launch': '#62b8f0',
    'c-statement': '#b9b7b1',
  },
};

/** The platforms with a colour of their own (`c-<id>`); any other is drawn muted. */
export const platformTones = ['whatsapp', 'telegram', 'vk-messenger', 'max'] as const;

/** A platform's colour token, or the muted one for a platform without its own. */
export function platformColour(id: string): ColourToken {
  return (platformTones as readonly string[]).includes(id) ? (`c-${id}` as ColourToken) : 'c-muted';
}
