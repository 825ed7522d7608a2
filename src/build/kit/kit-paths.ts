import { defaultLocale, localePath, type Locale } from '../../core/locale.ts';

/** Site paths of the kit's files (before the deploy base; pass them through `url` or `absoluteUrl`). */
export const embedPath = (stepId: string) => `/embed/${stepId}/`;

/** What the kit offers to download for a step: its graphic three ways, and its chart's data three ways. */
export type DownloadKind = 'svg' | 'png' | 'slide' | 'csv' | 'json' | 'zip';

/**
 * The step's graphic (SVG; PNG at twice its size; a 1920×1080 PNG slide) and its chart's data (CSV; JSON; a zip of
 * the CSV with a README that explains every column, code and the licence), as downloads in the words of `locale`'s
 * edition. A chart's data alone: `downloadPaths('', chart, locale)`.
 */
export function downloadPaths(stepId: string, chartName: string, locale: Locale = defaultLocale): Record<DownloadKind, string> {
  return {
    svg: localePath(locale, `/downloads/${stepId}.svg`),
    png: localePath(locale, `/downloads/${stepId}.png`),
    slide: localePath(locale, `/downloads/${stepId}.slide.png`),
    csv: localePath(locale, `/downloads/data/${chartName}.csv`),
    json: localePath(locale, `/downloads/data/${chartName}.json`),
    zip: localePath(locale, `/downloads/data/${chartName}.zip`),
  };
}
