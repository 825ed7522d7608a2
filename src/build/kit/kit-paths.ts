import type { Chart } from '../../charts/chart.ts';

/** Site paths of the kit's files (before the deploy base; pass them through `url` or `absoluteUrl`). */
export const embedPath = (stepId: string) => `/embed/${stepId}/`;

/** What the kit offers to download for a step: its graphic three ways, and its chart's data three ways. */
export type DownloadKind = 'svg' | 'png' | 'slide' | 'csv' | 'json' | 'zip';

/**
 * The step's graphic (SVG; PNG at twice its size; a 1920×1080 PNG slide) and its chart's data (CSV; JSON; a zip of
 * the CSV with a README that explains every column, code and the licence), as downloads.
 */
export function downloadPaths(stepId: string, chartName: string): Record<DownloadKind, string> {
  return {
    svg: `/downloads/${stepId}.svg`,
    png: `/downloads/${stepId}.png`,
    slide: slidePath(stepId),
    csv: `/downloads/data/${chartName}.csv`,
    json: `/downloads/data/${chartName}.json`,
    zip: dataZipPath(chartName),
  };
}

/** A step's graphic as a 1920×1080 PNG for slides. */
export const slidePath = (stepId: string) => `/downloads/${stepId}.slide.png`;

/** A chart's data as a zip: the CSV and a README with its data dictionary, codes, citation and licence. */
export const dataZipPath = (chartName: string) => `/downloads/data/${chartName}.zip`;

/** An embed's intrinsic size: the wide layout plus room for the title, caption and credits. */
export interface EmbedSize {
  readonly width: number;
  readonly height: number;
  /** The least height that still shows the narrow layout with its text, for narrow columns. */
  readonly minHeight: number;
}

/** Fixed per chart, so the host page needs no script: the iframe keeps this aspect ratio at any width. */
export function embedSize(chart: Pick<Chart<unknown, unknown>, 'sizes'>): EmbedSize {
  const { wide, narrow } = chart.sizes;
  return { width: wide.width + 48, height: wide.height + 240, minHeight: narrow.height + 300 };
}

/** The `<iframe>` a host pastes: full width of its column, this chart's aspect ratio, no border, loaded lazily. */
export function embedSnippet(src: string, title: string, size: EmbedSize): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="${size.width}" height="${size.height}" loading="lazy" ` +
    `style="width:100%;height:auto;aspect-ratio:${size.width}/${size.height};min-height:${size.minHeight}px;border:0"></iframe>`
  );
}
