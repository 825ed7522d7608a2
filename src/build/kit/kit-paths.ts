/** Site paths of the kit's files (before the deploy base; pass them through `url` or `absoluteUrl`). */
export const embedPath = (stepId: string) => `/embed/${stepId}/`;

/** The step's graphic and its chart's data, as downloads. */
export function downloadPaths(stepId: string, chartName: string): Record<'svg' | 'png' | 'csv' | 'json', string> {
  return {
    svg: `/downloads/${stepId}.svg`,
    png: `/downloads/${stepId}.png`,
    csv: `/downloads/data/${chartName}.csv`,
    json: `/downloads/data/${chartName}.json`,
  };
}
