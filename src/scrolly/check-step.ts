import { charts } from '../charts/registry.ts';
import type { Chart } from '../charts/chart.ts';
import type { Datasets } from '../data/load-datasets.ts';
import { kebabId } from '../data/schemas.ts';
import type { Frame, SizeName } from '../frame/frame.ts';
import { finalizeFrame } from '../frame/frame.ts';

/** A step as an author writes it in MDX, before validation. */
export interface StepInput {
  readonly id?: unknown;
  readonly alt?: unknown;
  readonly state?: unknown;
}

/** A step that passed every check, with its frames at both sizes. */
export interface CheckedStep {
  readonly id: string;
  readonly alt: string;
  readonly frames: Readonly<Record<SizeName, Frame>>;
}

/** Looks up a chart by the name an author wrote, or throws with the list of charts. */
export function chartNamed(name: unknown): Chart<unknown, unknown> {
  const chart = typeof name === 'string' ? charts[name] : undefined;
  if (!chart) {
    throw new Error(`chart ${JSON.stringify(name)} is not a chart; the charts are: ${Object.keys(charts).join(', ')}`);
  }
  return chart;
}

/**
 * Validates one step of a chart and computes its frames. Throws an Error whose message starts with the step id (when
 * there is one) and names the field at fault: the id, the alt, or the state key the chart rejects.
 */
export function checkStep(chartName: unknown, step: StepInput, datasets: Datasets): CheckedStep {
  const idResult = kebabId.safeParse(step.id);
  if (!idResult.success) {
    const shown = typeof step.id === 'string' ? `step "${step.id}"` : 'a step';
    throw new Error(`${shown}: id ${step.id === undefined ? 'is missing' : idResult.error.issues[0]!.message}`);
  }
  const id = idResult.data;
  const fail = (message: string): never => {
    throw new Error(`step "${id}": ${message}`);
  };
  if (typeof step.alt !== 'string' || step.alt.trim() === '') {
    fail('alt is missing: describe what the graphic shows at this step');
  }
  const chart = chartNamed(chartName);
  const parsed = chart.stateSchema.safeParse(step.state ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['state', ...issue.path].join('.');
    const hint = issue.code === 'unrecognized_keys' ? ` (not a key of ${chart.name}'s state)` : '';
    fail(`${path}: ${issue.message}${hint}`);
  }
  const data = chart.select(datasets);
  const frame = (size: SizeName) => {
    try {
      return finalizeFrame(chart.layout(data, parsed.data, chart.sizes[size]));
    } catch (error) {
      return fail(`state.${(error as Error).message}`);
    }
  };
  return { id, alt: (step.alt as string).trim(), frames: { narrow: frame('narrow'), wide: frame('wide') } };
}
